import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../../src/i18n';
import { uiStringsSchema } from '../../../src/i18n/schema';
import { langs } from '../../../src/site.config';

describe('UI strings', () => {
  it('has a dictionary for every site locale', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...langs].sort());
  });

  it.each(langs)('%s has exactly the keys of the default locale, none empty', (lang) => {
    const result = uiStringsSchema.safeParse(dictionaries[lang]);
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
  });

  it('formats counts with Bengali digits on Bengali pages and plural forms in English', () => {
    expect(useTranslations('bn')('article.readingTime', { count: 7 })).toContain('৭');
    expect(useTranslations('en')('article.readingTime', { count: 7 })).toBe('7 minute read');
  });

  it('gives each set of options its own text, however often the same key is asked for', () => {
    const t = useTranslations('en');
    for (let round = 0; round < 2; round += 1) {
      expect(t('topics.count', { count: 1 })).toBe('1 piece');
      expect(t('topics.count', { count: 12 })).toBe('12 pieces');
      expect(t('pagination.status', { page: 2, pages: 3 })).toBe('Page 2 of 3');
      expect(t('pagination.status', { pages: 2, page: 3 })).toBe('Page 3 of 2');
      expect(t('topics.title')).toBe('Topics');
    }
  });

  it('interpolates without HTML-escaping, since Astro escapes on output', () => {
    expect(useTranslations('en')('lang.switchTo', { language: 'Bangla & more' })).toBe('Read this in Bangla & more');
  });
});
