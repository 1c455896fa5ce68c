/** What a share link carries: the page's title in its language and its canonical URL. */
export interface Shareable {
  title: string;
  url: string;
}

/** A WhatsApp share link: the message is the title, then the URL, so the chat shows the preview card. */
export function whatsappShareUrl({ title, url }: Shareable): string {
  return `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`;
}

/** A Telegram share link: Telegram takes the URL and the accompanying text separately. */
export function telegramShareUrl({ title, url }: Shareable): string {
  return `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`;
}
