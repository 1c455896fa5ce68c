import { describe, expect, it } from 'vitest';
import { feedFormats, feedPaths } from '../../../../src/integrations/feeds/feed-paths';
import { langs } from '../../../../src/site.config';

describe('feedPaths', () => {
  it('puts the three feeds under the language’s prefix', () => {
    expect(feedPaths('bn')).toEqual({ rss: '/bn/rss.xml', atom: '/bn/atom.xml', json: '/bn/feed.json' });
    expect(feedPaths('en')).toEqual({ rss: '/en/rss.xml', atom: '/en/atom.xml', json: '/en/feed.json' });
  });

  it('gives every language its own feeds', () => {
    const all = langs.flatMap((lang) => Object.values(feedPaths(lang)));
    expect(new Set(all).size).toBe(langs.length * Object.keys(feedFormats).length);
  });

  it('announces each format with its registered media type', () => {
    expect(Object.values(feedFormats).map((format) => format.type)).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
    ]);
  });
});
