import { describe, expect, it } from 'vitest';
import { telegramShareUrl, whatsappShareUrl } from '../../../src/site/share-urls';

const page = {
  title: 'কেন হঠাৎ বন্ধ? PhonePe & Paytm #UPI',
  url: 'https://news.example.org/bn/news/phonepe-outage/?utm=a&b=c',
};

describe('share links', () => {
  it('gives WhatsApp one text with the title and the canonical URL, fully encoded', () => {
    const link = new URL(whatsappShareUrl(page));
    expect(link.origin + link.pathname).toBe('https://wa.me/');
    expect([...link.searchParams.keys()]).toEqual(['text']);
    const text = link.searchParams.get('text')!;
    expect(text).toContain(page.title);
    expect(text).toContain(page.url);
  });

  it('gives Telegram the URL and the title as separate parameters', () => {
    const link = new URL(telegramShareUrl(page));
    expect(link.origin + link.pathname).toBe('https://t.me/share/url');
    expect(link.searchParams.get('url')).toBe(page.url);
    expect(link.searchParams.get('text')).toBe(page.title);
  });

  it('leaves no raw reserved characters that would cut the message short', () => {
    for (const link of [whatsappShareUrl(page), telegramShareUrl(page)]) {
      const query = link.slice(link.indexOf('?') + 1);
      expect(query).not.toMatch(/[ #]|&(?!(text|url)=)/);
    }
  });
});
