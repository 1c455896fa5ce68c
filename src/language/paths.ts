/**
 * Every address of the site and every place of a content file, in one
 * module: the language and slug of an entry id or a content file, the
 * language of a URL path, and the site-relative or absolute URL of each page.
 * Pure (no `astro:i18n`), so the Astro config, Markdown plugins, pages,
 * feeds and the CLI build the same URLs. Astro's i18n routing is configured
 * to match: every language prefixed (`/bn/…`), a trailing slash on pages.
 */
import { slug as githubSlug } from 'github-slugger';
import { relative, sep } from 'node:path';
import { articleKinds, type ArticleCollection } from './article-kinds.ts';
import { site } from '../site.config.ts';
import { isLang, langs, type Lang } from './locales.ts';

/** URL sections under `/{lang}/` other than the articles' (`articleKinds`). */
export const sections = {
  topics: 'topics',
  archive: 'archive',
  search: 'search',
  statements: 'statements',
  offline: 'offline',
} as const;

/** The feed files every language publishes, as the routes `src/pages/[lang]/{rss.xml,atom.xml,feed.json}.ts` serve them. */
export const feedFiles = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;

/** The Google News sitemap of the recent news in every language, as `src/pages/news-sitemap.xml.ts` serves it. */
export const newsSitemapPath = '/news-sitemap.xml';

/** A feed format the site publishes. */
export type FeedFormat = keyof typeof feedFiles;

/** Where a mirrored content entry sits: its language and its language-independent slug. */
export interface EntryPlace {
  lang: Lang;
  slug: string;
}

/**
 * Splits a mirrored entry id such as `bn/phonepe-outage` into its locale and slug.
 * Throws an error naming the file when the entry is not inside a locale folder.
 */
export function placeOfEntryId(id: string, filePath = id): EntryPlace {
  const [lang, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLang(lang) || slug === '') {
    throw new Error(
      `${filePath}: content must live in a locale folder (${langs.join(', ')}), ` +
        `but its folder is "${rest.length ? lang : ''}". Move it to content/<collection>/<locale>/<slug>.mdx.`,
    );
  }
  return { lang, slug };
}

/** Where a content file sits: `content/<collection>/<lang>/<slug>.mdx`. */
export interface ContentFilePlace extends EntryPlace {
  collection: string;
}

/**
 * The collection, language and slug of a file under `contentDir`, read from
 * its path; `undefined` for a file elsewhere or outside a locale folder.
 */
export function placeOfContentFile(contentDir: string, filePath: string | undefined): ContentFilePlace | undefined {
  if (!filePath) return undefined;
  const parts = relative(contentDir, filePath).split(sep);
  if (parts.length < 3 || parts[0] === '..') return undefined;
  const [collection, lang, ...rest] = parts;
  if (!collection || !isLang(lang)) return undefined;
  return { collection, lang, slug: rest.join('/').replace(/\.mdx?$/, '') };
}

/**
 * The place of a file given relative to its collection's folder
 * (`bn/phonepe-outage.mdx`): the first folder, the language it names if it is
 * one, and the slug after it without the extension.
 */
export function placeInCollection(relativePath: string): { folder: string; lang: Lang | undefined; slug: string } {
  const [folder = '', ...rest] = relativePath.split('/');
  return { folder, lang: isLang(folder) ? folder : undefined, slug: rest.join('/').replace(/\.mdx?$/, '') };
}

/** The language a site-relative path or URL is in (`/bn/news/x/` → `bn`), or undefined (`/`, `/og/…`). */
export function langOfPath(path: string): Lang | undefined {
  const first = new URL(path, site.url).pathname.split('/').find(Boolean);
  return isLang(first) ? first : undefined;
}

/** Site-relative URL of a page in one language: `/bn/`, `/bn/statements/`. */
export function localePath(lang: Lang, path = ''): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return inner === '' ? `/${lang}/` : `/${lang}/${inner}/`;
}

/** The absolute URL of a site-relative path, on the site's URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** Site-relative URL of an article, e.g. `/en/news/phonepe-outage/`. */
export function articlePath(collection: ArticleCollection, slug: string, lang: Lang): string {
  return localePath(lang, `${articleKinds[collection].section}/${slug}`);
}

/** Absolute URL of an article, for canonical links and feeds. */
export function articleUrl(collection: ArticleCollection, slug: string, lang: Lang): string {
  return absoluteUrl(articlePath(collection, slug, lang));
}

/** Site-relative URL of a language's search page, e.g. `/bn/search/`. */
export function searchPath(lang: Lang): string {
  return localePath(lang, sections.search);
}

/** Site-relative URL of a language's offline page, which lists the pieces a browser keeps, e.g. `/bn/offline/`. */
export function offlinePath(lang: Lang): string {
  return localePath(lang, sections.offline);
}

/** Site-relative URL of a language's list of statements, e.g. `/bn/statements/`. */
export function statementsPath(lang: Lang): string {
  return localePath(lang, sections.statements);
}

/**
 * A tag's URL segment, built the way heading ids are (github-slugger, on
 * NFC text), so a tag typed with two Unicode spellings gets one page:
 * lower case, spaces as hyphens, Bengali letters kept (“ডিজিটাল-পেমেন্ট”).
 * Punctuation between words parts them as a space does (“UPI/NPCI” is
 * `upi-npci`, “C++ & Co.” is `c-co`); an apostrophe inside a word does not,
 * nor the joiners Bengali spells some letters with (র‍্যাব).
 */
export function topicSlug(tag: string): string {
  const words = tag
    .normalize('NFC')
    .replace(/(?<=[\p{L}\p{M}\p{N}])['’](?=[\p{L}\p{M}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}\u200C\u200D]+/gu, ' ')
    .trim();
  return githubSlug(words);
}

/** Site-relative URL of a language's list of topics, e.g. `/en/topics/`. */
export function topicsIndexPath(lang: Lang): string {
  return localePath(lang, sections.topics);
}

/** Site-relative URL of a topic page by its slug, unencoded: `/bn/topics/ডিজিটাল-পেমেন্ট/`. */
export function topicSlugPath(lang: Lang, slug: string): string {
  return localePath(lang, `${sections.topics}/${slug}`);
}

/** Site-relative URL of a topic page by its tag, e.g. `/bn/topics/ডিজিটাল-পেমেন্ট/`. */
export function topicPath(lang: Lang, tag: string): string {
  return topicSlugPath(lang, topicSlug(tag));
}

/** Site-relative URL of the first page of a language's archive, e.g. `/bn/archive/`. */
export function archivePath(lang: Lang): string {
  return localePath(lang, sections.archive);
}

/** `/{lang}/archive/{n}/` and `/{lang}/topics/{topic}/{n}/`: the second and later pages of a list. */
const laterListPage = new RegExp(`^/[^/]+/(?:${sections.archive}|${sections.topics}/[^/]+)/\\d+/$`);

/**
 * Whether a site-relative path is the second or later page of a list. Such a
 * page has no translation: page 3 of the Bengali archive holds other pieces
 * than page 3 of the English one.
 */
export function isLaterListPage(path: string): boolean {
  return laterListPage.test(path);
}

/** Site-relative path of one language's feed, e.g. `/bn/rss.xml`. */
export function feedPath(lang: Lang, format: FeedFormat): string {
  return `/${lang}/${feedFiles[format]}`;
}

/** The piece an article page shows, from its site-relative path (`/bn/news/x/` → stories `x`), or undefined. */
export function pieceOfPath(path: string): { collection: ArticleCollection; slug: string } | undefined {
  const [lang, section, slug, ...rest] = path.split('/').filter(Boolean);
  if (!isLang(lang) || !slug || rest.length > 0) return undefined;
  const collection = (Object.keys(articleKinds) as ArticleCollection[]).find(
    (kind) => articleKinds[kind].section === section,
  );
  return collection && { collection, slug };
}

/** The language of a feed from its site-relative path (`/bn/rss.xml` → `bn`), or undefined for any other path. */
export function langOfFeedPath(path: string): Lang | undefined {
  return langs.find((lang) => Object.keys(feedFiles).some((format) => feedPath(lang, format as FeedFormat) === path));
}
