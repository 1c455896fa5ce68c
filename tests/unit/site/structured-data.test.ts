import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n';
import { correctionNotes } from '../../../src/site/correction-comments';
import type { PageMeta } from '../../../src/site/page-meta';
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
