import { describe, expect, it } from 'vitest';
import { jsonFeed } from '../../../../src/integrations/feeds/json-feed';
import { channel, items } from './fixtures';

const feed = JSON.parse(JSON.stringify(jsonFeed(channel, items)));

describe('jsonFeed', () => {
  it('is JSON Feed 1.1, with the language and the feed’s own address', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('bn-IN');
    expect(feed.home_page_url).toBe(channel.homeUrl);
    expect(feed.feed_url).toBe(channel.feedUrl);
    expect(feed.authors).toEqual([{ name: 'ইউপিআই খবর ডেস্ক', url: channel.homeUrl }]);
  });

  it('gives each item every field a reader shows', () => {
    expect(feed.items[0]).toEqual({
      id: items[0]!.url,
      url: items[0]!.url,
      title: items[0]!.title,
      summary: items[0]!.summary,
      content_html: items[0]!.contentHtml,
      date_published: '2026-11-25T00:00:00.000Z',
      date_modified: '2026-11-27T00:00:00.000Z',
      tags: items[0]!.categories,
      language: 'bn-IN',
    });
  });

  it('keeps the items in the order given (newest first)', () => {
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(items.map((item) => item.url));
  });
});
