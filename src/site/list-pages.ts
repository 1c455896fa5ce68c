import type { Page } from 'astro';
import type { TFunction } from 'i18next';
import type { Lang } from '../site.config';

/** How one page of a list presents itself in the page head. */
export interface ListPageHead {
  /** The page's title: the list's, with the page number after the first page. */
  title: string;
  /** hreflang alternates: the list in every language on its first page, only itself after. */
  alternates: Partial<Record<Lang, string>>;
  /** Where the language switcher leads: the list's first page in each language, or the page itself. */
  switchTo: Partial<Record<Lang, string>>;
  /** Readers of no particular language: the first page's default, or this page itself after it. */
  xDefault?: string | undefined;
  /** The page whose preview card this one shares: later pages share the first page's. */
  cardPath?: string | undefined;
}

/** What a list's first page is, for `listPageHead`. */
export interface ListFirstPage {
  lang: Lang;
  /** The list's title. */
  title: string;
  /** Where the list's first page is in each language that has the list. */
  alternates: Partial<Record<Lang, string>>;
  /** Where the language switcher leads from the first page, when not to `alternates`. */
  switchTo?: Partial<Record<Lang, string>>;
}

/** The head of one page of a list split over pages. */
export function listPageHead(page: Page, first: ListFirstPage, t: TFunction): ListPageHead {
  const { lang, title, alternates, switchTo = alternates } = first;
  if (page.currentPage === 1) return { title, alternates, switchTo };
  const current = page.url.current;
  return {
    title: t('pagination.title', { title, page: page.currentPage }),
    alternates: { [lang]: current },
    switchTo: { ...switchTo, [lang]: current },
    xDefault: current,
    cardPath: alternates[lang],
  };
}
