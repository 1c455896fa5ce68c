import { describe, expect, it } from 'vitest';
import { defaultLang } from '../../../src/site.config';
import { articleFiles, type ArticleFile } from './content-files';

interface Correction {
  /** As written: `2026-11-24`. */
  date: string;
  original: string;
  corrected: string;
  reason: string;
}

const corrections = (article: ArticleFile) => (article.data.corrections ?? []) as Correction[];
const corrected = articleFiles().filter((article) => corrections(article).length > 0);
const sources = corrected.filter((article) => article.lang === defaultLang);

describe('corrections', () => {
  it('are listed on the flagship story', () => {
    expect(sources.map(({ file }) => file)).toContain('content/stories/bn/phonepe-outage.mdx');
  });

  it.each(sources.map((article) => [article.file, article] as const))(
    '%s prints every correction it lists, and none of the originals',
    (_, article) => {
      const text = `${String(article.data.title)}\n${String(article.data.description)}\n${article.body}`;
      const problems = corrections(article).flatMap(({ original, corrected: fixed }) => [
        ...(text.includes(original) ? [`still prints the original “${original}”`] : []),
        ...(text.includes(fixed) ? [] : [`does not print the correction “${fixed}”`]),
      ]);
      expect(problems).toEqual([]);
    },
  );

  it.each(
    corrected.filter((article) => article.lang !== defaultLang).map((article) => [article.file, article] as const),
  )('%s lists the same corrections, on the same dates, as its source', (_, translation) => {
    const source = sources.find(
      (article) => article.collection === translation.collection && article.slug === translation.slug,
    );
    const pairs = (article: ArticleFile | undefined) =>
      (article ? corrections(article) : []).map(
        ({ date, original, corrected: fixed }) => `${String(date)}: ${original} → ${fixed}`,
      );
    expect(pairs(translation)).toEqual(pairs(source));
  });

  it.each(corrected.map((article) => [article.file, article] as const))(
    '%s dates no correction before the piece was published',
    (_, article) => {
      const published = String(article.data.pubDate);
      const early = corrections(article).filter(({ date }) => String(date) < published);
      expect(early.map(({ date, corrected: fixed }) => `${String(date)}: ${fixed}`)).toEqual([]);
    },
  );
});
