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

  it('interpolates without HTML-escaping, since Astro escapes on output', () => {
    expect(useTranslations('en')('lang.switchTo', { language: 'Bangla & more' })).toBe('Read this in Bangla & more');
  });
});
