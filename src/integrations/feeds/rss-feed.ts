import type { RSSOptions } from '@astrojs/rss';
import { escapeHtml } from './escape-html';
import type { FeedChannel, FeedItem } from './feed-types';

/**
 * Options for `@astrojs/rss` that make an RSS 2.0 feed of `items`: the
 * channel's `<language>` and `atom:link rel="self"`, and per item the
 * absolute link as a permalink `guid`, the summary as `description` (which
 * readers render as HTML, so the plain-text summary is escaped for HTML first),
 * the full HTML as `content:encoded`, and the categories.
 */
export function rssOptions(channel: FeedChannel, items: FeedItem[]): RSSOptions {
  return {
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${escapeHtml(channel.language)}</language>` +
      `<atom:link href="${escapeHtml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: escapeHtml(item.summary),
      content: item.contentHtml,
      categories: item.categories,
    })),
  };
}
