import { describe, expect, it } from 'vitest';
import { atomFeed, escapeAttributeLessThan, withXmlLang } from '../../../../src/integrations/feeds/atom-feed';
import { feedReaders } from '../../../shared/feed-readers';
import { channel, items } from './fixtures';

const xml = atomFeed(channel, items);

describe.each(Object.entries(feedReaders))('atomFeed, read by %s', (_name, read) => {
  it('declares the feed’s language and links to itself and the home page', async () => {
    const feed = await read(xml);
    expect(feed.language).toBe('bn-IN');
    expect(feed.selfUrl).toBe(channel.feedUrl);
    expect(feed.link).toBe(channel.homeUrl);
  });

  it('shows titles with & and < as written, the full HTML, the categories and the first publication', async () => {
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

describe('atomFeed', () => {
  it('puts xml:lang on the root element', () => {
    expect(xml).toMatch(/<feed xml:lang="bn-IN" xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  });

  it('dates each entry’s update and the feed by its newest item, so rebuilding unchanged content changes nothing', () => {
    expect(xml.match(/<updated>([^<]+)<\/updated>/g)).toEqual([
      '<updated>2026-11-27T00:00:00.000Z</updated>',
      '<updated>2026-11-27T00:00:00.000Z</updated>',
      '<updated>2026-11-24T00:00:00.000Z</updated>',
    ]);
    expect(atomFeed(channel, items)).toBe(xml);
  });
});

describe('withXmlLang', () => {
  it('adds xml:lang to the root element only', () => {
    expect(withXmlLang('<feed xmlns="a"><feedback/></feed>', 'en-IN')).toBe(
      '<feed xml:lang="en-IN" xmlns="a"><feedback/></feed>',
    );
  });
});

describe('escapeAttributeLessThan', () => {
  it('keeps the feed well-formed when a category carries markup, as a tag typed by an editor might', () => {
    const tagged = atomFeed(channel, [{ ...items[1]!, categories: ['<script>alert("x")</script> & co'] }]);
    expect(tagged).toContain('term="&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; co"');
    expect(tagged).not.toMatch(/="[^"]*</);
  });

  it('leaves attributes without < as they are', () => {
    const xml = '<a href="https://example.org/?a=1&amp;b=2">x &lt; y</a>';
    expect(escapeAttributeLessThan(xml)).toBe(xml);
  });
});
