import { describe, expect, it } from 'vitest';
import { readNext, sharedSubjects, type RelatablePiece } from '../../../src/site/read-next';

const piece = (
  collection: string,
  slug: string,
  {
    lang = 'en',
    day = '2026-11-25',
    tags = [],
    organizations = [],
  }: {
    lang?: 'bn' | 'en';
    day?: string;
    tags?: string[];
    organizations?: string[];
  },
): RelatablePiece => ({
  collection,
  lang,
  slug,
  entry: {
    data: {
      pubDate: new Date(`${day}T00:00:00Z`),
      tags,
      organizations: organizations.map((id) => ({ id })),
    },
  },
});

const story = piece('stories', 'outage', { tags: ['UPI', 'PhonePe'], organizations: ['phonepe', 'npci'] });

describe('readNext', () => {
  it('offers other pieces in the same language that share a tag or an organisation, newest first', () => {
    const candidates = [
      story,
      piece('explainers', 'upi', { day: '2026-11-20', tags: ['UPI'] }),
      piece('statements', 'chari', { day: '2026-11-26', organizations: ['phonepe'] }),
      piece('stories', 'weather', { day: '2026-11-27', tags: ['Rain'] }),
      piece('stories', 'outage', { lang: 'bn', tags: ['UPI'] }),
      piece('explainers', 'upi', { lang: 'bn', day: '2026-11-28', tags: ['UPI'] }),
    ];
    expect(readNext(story, candidates).map((p) => `${p.collection}/${p.slug}`)).toEqual([
      'statements/chari',
      'explainers/upi',
    ]);
  });

  it('puts the closer piece first among pieces of the same day, and offers at most three', () => {
    const candidates = [
      piece('statements', 'a', { tags: ['PhonePe'] }),
      piece('statements', 'b', { tags: ['UPI', 'PhonePe'], organizations: ['npci'] }),
      piece('statements', 'c', { organizations: ['phonepe'] }),
      piece('statements', 'd', { tags: ['UPI'], organizations: ['phonepe'] }),
    ];
    expect(readNext(story, candidates).map((p) => p.slug)).toEqual(['b', 'd', 'a']);
    expect(readNext(story, candidates, 1).map((p) => p.slug)).toEqual(['b']);
  });

  it('counts shared tags and organisations', () => {
    expect(sharedSubjects(story, piece('x', 'y', { tags: ['UPI', 'NPCI'], organizations: ['npci'] }))).toBe(2);
    expect(sharedSubjects(story, piece('x', 'y', { tags: ['upi'] }))).toBe(0);
  });

  it('picks from a large newsroom what ranking every candidate would pick', () => {
    const subjects = ['upi', 'npci', 'phonepe', 'paytm', 'outage'];
    const many = Array.from({ length: 400 }, (_, index) =>
      piece(index % 3 === 0 ? 'explainers' : 'stories', `piece-${index}`, {
        lang: index % 5 === 0 ? 'bn' : 'en',
        day: `2026-11-${String(1 + ((index * 7) % 28)).padStart(2, '0')}`,
        tags: subjects.filter((_, subject) => (index >> subject) % 2 === 1),
      }),
    );
    // Every piece of the newsroom in turn, and a piece from outside it, asking for one to ten.
    for (const [at, current] of [piece('stories', 'current', { tags: ['upi', 'outage'] }), ...many].entries()) {
      const limit = 1 + (at % 10);
      const ranked = many
        .filter(
          (candidate) =>
            candidate !== current && candidate.lang === current.lang && sharedSubjects(current, candidate) > 0,
        )
        .sort(
          (a, b) =>
            b.entry.data.pubDate.getTime() - a.entry.data.pubDate.getTime() ||
            sharedSubjects(current, b) - sharedSubjects(current, a) ||
            `${a.collection}/${a.slug}`.localeCompare(`${b.collection}/${b.slug}`),
        );
      expect(readNext(current, many, limit)).toEqual(ranked.slice(0, limit));
    }
  });
});
