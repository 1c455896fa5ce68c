import { Feed } from 'feed';
import { escapeHtml } from './escape-html';
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
  return withXmlLang(escapeAttributeLessThan(feed.atom1()), channel.language);
}

/**
 * Escapes `<` in attribute values, which XML forbids there. `feed` escapes only
 * `&` and `"` in attributes, so a category named `a <b>` would make the whole
 * feed malformed. Inside the HTML that CDATA sections carry, `&lt;` in an
 * attribute means the same as `<`, so the change is safe everywhere.
 */
export function escapeAttributeLessThan(xml: string): string {
  return xml.replace(/="([^"]*<[^"]*)"/g, (_, value: string) => `="${value.replace(/</g, '&lt;')}"`);
}

/** Adds `xml:lang` to the `<feed>` root element. */
export function withXmlLang(atom: string, language: string): string {
  return atom.replace(/<feed\b/, `<feed xml:lang="${escapeHtml(language)}"`);
}
