import { describe, expect, it } from 'vitest';
import { globEntryId, impossibleDates, mirroredFileProblems } from '../../../src/content-index/content-checks';

describe('globEntryId', () => {
  it('gives the id Astro’s glob loader gives: slugged segments, no extension', () => {
    expect(globEntryId('en/phonepe-outage.mdx')).toBe('en/phonepe-outage');
    expect(globEntryId('en/PhonePe Outage.md')).toBe('en/phonepe-outage');
  });
});

describe('mirroredFileProblems', () => {
  it('accepts one file per slug and locale', () => {
    expect(mirroredFileProblems('content/stories', ['bn/a.mdx', 'en/a.mdx', 'en/b.md'])).toEqual([]);
  });

  it('names a file in a folder that is not a site locale, and the locales there are', () => {
    const [problem] = mirroredFileProblems('content/stories', ['fr/bonjour.mdx']);
    expect(problem).toMatch(/^content\/stories\/fr\/bonjour\.mdx: locale: .*"fr".*\(bn, en\)/);
  });

  it('names a file outside any locale folder', () => {
    expect(mirroredFileProblems('content/stories', ['loose.mdx'])[0]).toMatch(
      /^content\/stories\/loose\.mdx: locale: the file is not in a locale folder/,
    );
  });

  it('names both files when two are the same entry', () => {
    expect(mirroredFileProblems('content/stories', ['en/x.md', 'en/x.mdx', 'bn/x.mdx'])).toEqual([
      expect.stringMatching(/^content\/stories\/en\/x\.md and content\/stories\/en\/x\.mdx: slug: .*"en\/x"/),
    ]);
    expect(mirroredFileProblems('content/stories', ['en/X.mdx', 'en/x.mdx'])).toHaveLength(1);
  });
});

describe('impossibleDates', () => {
  it('finds a day the month does not have, quoted or not, and names the field', () => {
    expect(impossibleDates('title: x\npubDate: 2026-02-30')).toEqual([
      'pubDate: 2026-02-30 is not a date: February 2026 has 28 days.',
    ]);
    expect(impossibleDates("updatedDate: '2026-04-31T10:00:00Z'")).toEqual([
      'updatedDate: 2026-04-31 is not a date: April 2026 has 30 days.',
    ]);
    expect(impossibleDates('pubDate: 2026-13-01')).toEqual([
      'pubDate: 2026-13-01 is not a date: there is no month 13.',
    ]);
  });

  it('accepts real dates, leap days included, and leaves other values alone', () => {
    expect(impossibleDates('pubDate: 2028-02-29\nupdatedDate: 2026-12-31\ntitle: 2026-02-30 in a title')).toEqual([]);
    expect(impossibleDates('timeline:\n  - when: 2026-02-30')).toEqual([]);
  });
});
