import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { rssOptions } from '../../../../src/integrations/feeds/rss-feed';
import { feedReaders } from '../../../shared/feed-readers';
import { channel, items } from './fixtures';

const xml = await getRssString(rssOptions(channel, items));

describe.each(Object.entries(feedReaders))('rssOptions, read by %s', (_name, read) => {
  it('names the feed’s language and its own address', async () => {
    const feed = await read(xml);
    expect(feed.language).toBe('bn-IN');
    expect(feed.selfUrl).toBe(channel.feedUrl);
  });

  it('titles the channel with the site name and links it to the language’s home page', async () => {
    const feed = await read(xml);
    expect(feed.title).toBe('ইউপিআই খবর');
    expect(feed.link).toBe(channel.homeUrl);
  });

  it('gives each item its absolute link as its id, its full HTML, categories and publication date', async () => {
    const feed = await read(xml);
    expect(feed.items.map((item) => item.link)).toEqual(items.map((item) => item.url));
    expect(feed.items.map((item) => item.id)).toEqual(items.map((item) => item.url));
    expect(feed.items[0]).toMatchObject({
      title: items[0]!.title,
      content: items[0]!.contentHtml,
      categories: items[0]!.categories,
      published: items[0]!.published,
    });
  });
});

describe('rssOptions', () => {
  it('marks guids as permalinks and the self link as RSS', () => {
    expect(xml.match(/<guid isPermaLink="true">/g)).toHaveLength(items.length);
    expect(xml).toContain('<atom:link href="https://news.example.org/bn/feed" rel="self" type="application/rss+xml"/>');
  });

  it('keeps the summary as the description, separate from the full text, escaped as the HTML readers take it for', () => {
    // Once for HTML (&amp;), once for XML (&amp;amp;): a reader shows "&" and the quotes as written.
    expect(xml).toContain(
      '<description>সোমবার সন্ধ্যায় পেমেন্ট আটকে যায় &amp;amp; স্ক্রিনে &amp;quot;Failed to Process&amp;quot;।</description>',
    );
  });
});
