import type { FeedChannel, FeedItem } from './feed-types';

/** One item of a JSON Feed 1.1. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  language: string;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/**
 * A JSON Feed 1.1 document of `items`, ready for `JSON.stringify`. Written by
 * hand because the `feed` package only writes JSON Feed 1.0, which has no
 * `language` and no `authors`.
 */
export function jsonFeed(channel: FeedChannel, items: FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    language: channel.language,
    authors: [{ name: channel.publisher, url: channel.homeUrl }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      tags: item.categories,
      language: item.language,
    })),
  };
}
