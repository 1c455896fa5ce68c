import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n';
import { correctionNotes } from '../../../src/site/correction-comments';
import type { PageMeta } from '../../../src/site/page-meta';
import { liveBlogMeta } from '../../../src/site/live-blog';
import { structuredData } from '../../../src/site/structured-data';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const corrections = [
  { date: day('2026-11-24'), original: 'দিল্লি এনসিএস', corrected: 'দিল্লি এনসিআর', reason: 'এনসিআর।' },
  { date: day('2026-11-26'), original: 'ঘন্টা', corrected: 'ঘণ্টা', reason: 'বানান ভুল।' },
];

function storyPage(lang: 'bn' | 'en', modified: Date): PageMeta {
  return {
    title: 'শিরোনাম',
    description: 'বিবরণ',
    lang,
    canonical: `https://example.org/${lang}/news/x/`,
    image: { url: 'https://example.org/og.png', alt: '', width: 1200, height: 630 },
    breadcrumbs: [],
    article: {
      schemaType: 'NewsArticle',
      published: day('2026-11-24'),
      modified,
      section: 'ডিজিটাল পেমেন্ট',
      tags: [],
      translations: {},
      originalLang: 'bn',
      corrections: correctionNotes(corrections, useTranslations(lang)),
    },
  };
}

const article = (meta: PageMeta) =>
  structuredData(meta, 'https://example.org/logo.png')[0] as unknown as Record<string, unknown>;

describe('structured data of a corrected story', () => {
  it('lists each correction as a CorrectionComment with its date and what changed', () => {
    const comments = article(storyPage('bn', day('2026-11-26'))).correction as Record<string, string>[];
    expect(comments.map((comment) => comment['@type'])).toEqual(['CorrectionComment', 'CorrectionComment']);
    expect(comments.map((comment) => comment.datePublished)).toEqual([
      '2026-11-24T00:00:00.000Z',
      '2026-11-26T00:00:00.000Z',
    ]);
    expect(comments[1]!.text).toContain('ঘন্টা');
    expect(comments[1]!.text).toContain('ঘণ্টা');
    expect(comments[1]!.text).toContain('বানান ভুল।');
  });

  it('words each correction in the page’s language', () => {
    const [bn] = article(storyPage('bn', day('2026-11-26'))).correction as { text: string }[];
    const [en] = article(storyPage('en', day('2026-11-26'))).correction as { text: string }[];
    expect(bn!.text).toMatch(/^ছিল /);
    expect(en!.text).toMatch(/^Was /);
  });

  it('gives dateModified the page’s modified date', () => {
    expect(article(storyPage('bn', day('2026-11-26'))).dateModified).toBe('2026-11-26T00:00:00.000Z');
  });

  it('has no correction property on a piece without corrections', () => {
    const meta = storyPage('en', day('2026-11-24'));
    meta.article!.corrections = [];
    expect(article(meta)).not.toHaveProperty('correction');
  });
});

describe('structured data of a live story', () => {
  const updates = [
    { time: '2026-10-05T11:15+05:30', headline: 'Third', text: 'Third text.' },
    { time: '2026-10-05T10:00+05:30', text: 'Second text.' },
  ];
  const coverage = { start: new Date('2026-10-05T09:00+05:30'), end: new Date('2026-10-05T12:00+05:30') };
  const livePage = (now: string): PageMeta => {
    const page = storyPage('bn', day('2026-10-05'));
    const live = liveBlogMeta({ title: 'শিরোনাম', coverage, liveUpdates: updates }, page.canonical, new Date(now));
    return { ...page, article: { ...page.article!, schemaType: 'LiveBlogPosting', live } };
  };

  it('is a LiveBlogPosting with its coverage start and each update as a BlogPosting, newest first', () => {
    const posting = article(livePage('2026-10-05T06:00:00Z'));
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(posting.coverageStartTime).toBe('2026-10-05T03:30:00.000Z');
    expect(posting).not.toHaveProperty('coverageEndTime');
    expect(posting.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        '@id': 'https://example.org/bn/news/x/#update-2026-10-05t05-45z',
        url: 'https://example.org/bn/news/x/#update-2026-10-05t05-45z',
        headline: 'Third',
        articleBody: 'Third text.',
        datePublished: '2026-10-05T05:45:00.000Z',
      },
      expect.objectContaining({ headline: 'শিরোনাম', articleBody: 'Second text.' }),
    ]);
  });

  it('gives the coverage end once the build’s clock has passed it', () => {
    expect(article(livePage('2026-10-05T06:30:00Z')).coverageEndTime).toBe('2026-10-05T06:30:00.000Z');
  });
});
