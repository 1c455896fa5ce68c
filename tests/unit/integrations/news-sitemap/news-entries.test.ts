import { describe, expect, it } from 'vitest';
import { newsEntries, type NewsCandidate } from '../../../../src/integrations/news-sitemap/news-entries';

const now = new Date('2026-11-25T12:00:00Z');
const piece = (slug: string, day: string, extra: Partial<NewsCandidate> = {}): NewsCandidate => ({
  collection: 'stories',
  slug,
  lang: 'bn',
  title: slug,
  published: new Date(`${day}T00:00:00Z`),
  ...extra,
});
const listed = (pieces: NewsCandidate[]) => newsEntries(pieces, now).map(({ slug, lang }) => `${lang}/${slug}`);

describe('newsEntries', () => {
  it('lists a story published within two days of the clock, and not one published earlier', () => {
    const pieces = [piece('today', '2026-11-25'), piece('two-days', '2026-11-23'), piece('older', '2026-11-22')];
    // 2026-11-23T00:00Z is 60 hours before the clock; 2026-11-24 is 36.
    expect(listed([...pieces, piece('yesterday', '2026-11-24')])).toEqual(['bn/today', 'bn/yesterday']);
  });

  it('counts the two days to the millisecond', () => {
    const edge = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
    const at = (ms: number) => piece(`at-${ms}`, '2026-11-25', { published: new Date(edge.getTime() + ms) });
    expect(listed([at(0), at(-1)])).toEqual(['bn/at-0']);
  });

  it('lists each language of a story as its own entry, in the site’s language order', () => {
    const pieces = [piece('outage', '2026-11-24', { lang: 'en' }), piece('outage', '2026-11-24', { lang: 'bn' })];
    expect(listed(pieces)).toEqual(['bn/outage', 'en/outage']);
  });

  it('leaves out explainers and statements, however recent', () => {
    const pieces = [
      piece('upi', '2026-11-25', { collection: 'explainers' }),
      piece('paytm', '2026-11-25', { collection: 'statements' }),
      piece('outage', '2026-11-24'),
    ];
    expect(listed(pieces)).toEqual(['bn/outage']);
  });

  it('puts the newest first', () => {
    const pieces = [piece('b-older', '2026-11-24'), piece('a-newer', '2026-11-25'), piece('c-older', '2026-11-24')];
    expect(listed(pieces)).toEqual(['bn/a-newer', 'bn/b-older', 'bn/c-older']);
  });

  it('lists at most 1,000 entries, the newest', () => {
    const pieces = Array.from({ length: 1200 }, (_, index) =>
      piece(`s-${String(index).padStart(4, '0')}`, '2026-11-24', {
        published: new Date(Date.parse('2026-11-24T00:00:00Z') + index * 60_000),
      }),
    );
    const entries = newsEntries(pieces, now);
    expect(entries).toHaveLength(1000);
    expect(entries[0]!.slug).toBe('s-1199');
    expect(entries.at(-1)!.slug).toBe('s-0200');
  });
});
