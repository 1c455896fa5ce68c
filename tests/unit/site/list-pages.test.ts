import type { Page } from 'astro';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n';
import { listPageHead } from '../../../src/site/list-pages';
import { isLaterListPage } from '../../../src/language/paths';

describe('isLaterListPage', () => {
  it('knows the later pages of the archive and of a topic, in any script', () => {
    expect(isLaterListPage('/bn/archive/2/')).toBe(true);
    expect(isLaterListPage('/en/archive/17/')).toBe(true);
    expect(isLaterListPage('/bn/topics/ইউপিআই/3/')).toBe(true);
  });

  it('leaves first pages, articles and other lists alone, even where a slug is a number', () => {
    for (const path of [
      '/bn/archive/',
      '/bn/topics/ইউপিআই/',
      '/bn/topics/2024/',
      '/en/news/2024/',
      '/en/statements/2/',
      '/en/news/story-00002/',
      '/',
    ]) {
      expect(isLaterListPage(path), path).toBe(false);
    }
  });
});

/** One page of a list as Astro's `paginate()` describes it. */
function pageOf(currentPage: number, lastPage: number, current: string): Page {
  return { currentPage, lastPage, url: { current } } as Page;
}

describe('listPageHead', () => {
  const alternates = { bn: '/bn/archive/', en: '/en/archive/' };

  it('gives the first page the list’s title and its translations', () => {
    const head = listPageHead(
      pageOf(1, 3, '/bn/archive/'),
      { lang: 'bn', title: 'সব লেখা', alternates },
      useTranslations('bn'),
    );
    expect(head).toMatchObject({ title: 'সব লেখা', alternates, switchTo: alternates });
    expect(head.cardPath).toBeUndefined();
  });

  it('numbers a later page’s title in its language’s digits and claims no translation for it', () => {
    const head = listPageHead(
      pageOf(12, 30, '/bn/archive/12/'),
      { lang: 'bn', title: 'সব লেখা', alternates },
      useTranslations('bn'),
    );
    expect(head.title).toContain('সব লেখা');
    expect(head.title).toContain(new Intl.NumberFormat('bn-IN').format(12));
    expect(head.title).not.toContain('12');
    expect(head.alternates).toEqual({ bn: '/bn/archive/12/' });
    expect(head.xDefault).toBe('/bn/archive/12/');
    // The switcher leads to the other language's first page; the preview card is the first page's.
    expect(head.switchTo).toEqual({ bn: '/bn/archive/12/', en: '/en/archive/' });
    expect(head.cardPath).toBe('/bn/archive/');
  });

  it('keeps a list’s own switcher targets where it has no translation', () => {
    const head = listPageHead(
      pageOf(2, 2, '/bn/topics/ইউপিআই/2/'),
      { lang: 'bn', title: 'ইউপিআই', alternates: { bn: '/bn/topics/ইউপিআই/' }, switchTo: { en: '/en/topics/' } },
      useTranslations('bn'),
    );
    expect(head.switchTo).toEqual({ en: '/en/topics/', bn: '/bn/topics/ইউপিআই/2/' });
  });
});
