import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../site.config';
import { articleKinds, type ArticleCollection } from './article-kinds';
import { archiveSection } from './list-pages';
import { topicSlug, topicsSection } from './topics';

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

/** Site-relative URL of a language's search page, e.g. `/bn/search/`. */
export function searchPath(lang: Lang): string {
  return getRelativeLocaleUrl(lang, 'search');
}

/** Site-relative URL of a language's list of topics, e.g. `/en/topics/`. */
export function topicsIndexPath(lang: Lang): string {
  return getRelativeLocaleUrl(lang, topicsSection);
}

/** Site-relative URL of a topic page, e.g. `/bn/topics/ডিজিটাল-পেমেন্ট/`. */
export function topicPath(lang: Lang, tag: string): string {
  return getRelativeLocaleUrl(lang, `${topicsSection}/${topicSlug(tag)}`);
}

/** Site-relative URL of the first page of a language's archive, e.g. `/bn/archive/`. */
export function archivePath(lang: Lang): string {
  return getRelativeLocaleUrl(lang, archiveSection);
}
