import { Feed } from 'feed';
import type { FeedChannel, FeedItem } from './feed-types';

/**
 * An Atom 1.0 document of `items`, written by the `feed` package. The
 * document's `updated` is the newest item's, so an unchanged site builds an
 * unchanged feed. `feed` ignores `language` for Atom, so the root element gets
 * `xml:lang` here.
 */
export function atomFeed(channel: FeedChannel, items: FeedItem[]): string {
  const newest = Math.max(0, ...items.map((item) => item.updated.getTime()));
  const feed = new Feed({
    id: channel.homeUrl,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    feed: channel.feedUrl,
    language: channel.language,
    updated: new Date(newest),
    author: { name: channel.publisher, link: channel.homeUrl },
    generator: false,
  });
  for (const item of items) {
    feed.addItem({
      id: item.url,
      link: item.url,
      // Atom titles and summaries are typed `html`: plain text has to be escaped.
      title: escapeHtml(item.title),
      description: escapeHtml(item.summary),
      content: item.contentHtml,
      date: item.updated,
      published: item.published,
      category: item.categories.map((name) => ({ term: name, name })),
    });
  }
  return withXmlLang(feed.atom1(), channel.language);
}

/** Adds `xml:lang` to the `<feed>` root element. */
export function withXmlLang(atom: string, language: string): string {
  return atom.replace(/<feed\b/, `<feed xml:lang="${escapeHtml(language)}"`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
