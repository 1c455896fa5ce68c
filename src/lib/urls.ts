import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../site.config';
import { articleKinds, type ArticleCollection } from './article-kinds';

/** Site-relative URL of a page in one language, e.g. `/bn/statements/`. */
export function localePath(lang: Lang, path = ''): string {
  return getRelativeLocaleUrl(lang, path);
}

/** Site-relative URL of an article, e.g. `/en/news/phonepe-outage/`. */
export function articlePath(collection: ArticleCollection, slug: string, lang: Lang): string {
  return getRelativeLocaleUrl(lang, `${articleKinds[collection].section}/${slug}`);
}

/** Absolute URL of an article, for canonical links and feeds. */
export function articleUrl(collection: ArticleCollection, slug: string, lang: Lang): string {
  return getAbsoluteLocaleUrl(lang, `${articleKinds[collection].section}/${slug}`);
}
