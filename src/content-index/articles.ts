import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLang, langs, type Lang } from '../site.config';
import { articleKinds, type ArticleCollection } from '../language/article-kinds';
import { placeOfEntryId } from '../language/paths';
import { newestFirst } from './newest-first';
import { oncePerBuild } from './once-per-build';

/**
 * Frontmatter fields that refer to other pieces by slug, with the collection
 * each names. A slug carries no language: every page resolves it in its own.
 */
export const pieceReferenceFields = {
  explainers: 'explainers',
  statements: 'statements',
} as const satisfies Record<string, ArticleCollection>;

/** An article entry together with where it sits: its language and slug. */
export interface Article<C extends ArticleCollection = ArticleCollection> {
  collection: C;
  entry: CollectionEntry<C>;
  lang: Lang;
  slug: string;
}

/** Every article of a collection, newest first, each placed in its locale; fails on a reference to nothing. */
export const loadArticles = oncePerBuild(readArticles) as <C extends ArticleCollection>(
  collection: C,
) => Promise<Article<C>[]>;

async function readArticles<C extends ArticleCollection>(collection: C): Promise<Article<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  await Promise.all(entries.map(checkReferences));
  await Promise.all(entries.map(checkPieceReferences));
  return entries
    .map((entry) => ({ collection, entry, ...placeOfEntryId(entry.id, entry.filePath) }))
    .sort((a, b) => b.entry.data.pubDate.getTime() - a.entry.data.pubDate.getTime() || a.slug.localeCompare(b.slug));
}

/** The articles of one language. */
export async function articlesIn<C extends ArticleCollection>(collection: C, lang: Lang): Promise<Article<C>[]> {
  return (await loadArticles(collection)).filter((article) => article.lang === lang);
}

/** A value as `reference()` stores it. */
function isReference(value: unknown): value is { collection: CollectionKey; id: string } {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value;
}

/**
 * Fails, naming the file and the field, when an entry refers to an entry that
 * does not exist: `reference()` checks the shape of an id, not that it is there.
 */
async function checkReferences(entry: CollectionEntry<ArticleCollection>): Promise<void> {
  for (const [field, value] of Object.entries(entry.data)) {
    for (const ref of (Array.isArray(value) ? value : [value]).filter(isReference)) {
      if (!(await getEntry(ref.collection, ref.id))) {
        throw new Error(`${entry.filePath}: ${field}: there is no entry "${ref.id}" in content/${ref.collection}/.`);
      }
    }
  }
}

/**
 * Fails, naming the file and the field, when an entry refers by slug to a
 * piece that exists in no language. A piece that exists in another language
 * only is fine: the page shows its original until it is translated.
 */
async function checkPieceReferences(entry: CollectionEntry<ArticleCollection>): Promise<void> {
  for (const [field, collection] of Object.entries(pieceReferenceFields) as [string, ArticleCollection][]) {
    const slugs = (entry.data as Record<string, unknown>)[field];
    if (!Array.isArray(slugs) || slugs.length === 0) continue;
    const known = new Set(
      (await getCollection(collection)).map((piece) => placeOfEntryId(piece.id, piece.filePath).slug),
    );
    for (const slug of slugs as string[]) {
      if (known.has(slug)) continue;
      const renamed = (await getCollection(collection)).find((piece) => piece.data.previousSlugs.includes(slug));
      const now = renamed && placeOfEntryId(renamed.id, renamed.filePath).slug;
      throw new Error(
        `${entry.filePath}: ${field}: there is no ${collection} piece "${slug}" in any language` +
          (now
            ? `: it was renamed to "${now}" (${renamed.filePath} lists "${slug}" in previousSlugs); name it "${now}".`
            : ` (content/${collection}/<lang>/${slug}.mdx).`),
      );
    }
  }
}

/** Every story, explainer and statement, newest first; pieces of the same day in `articleKinds` order. */
export const allPieces = oncePerBuild(async (): Promise<Article[]> => {
  const collections = Object.keys(articleKinds) as ArticleCollection[];
  const pieces: Article[] = (await Promise.all(collections.map((collection) => loadArticles(collection)))).flat();
  const dated = ({ collection, slug, entry }: Article) => ({ collection, slug, pubDate: entry.data.pubDate });
  return pieces.sort((a, b) => newestFirst(dated(a), dated(b)));
}) as () => Promise<Article[]>;

/** Every story, explainer and statement written in one language, newest first. */
export const piecesIn = oncePerBuild(async (lang: Lang): Promise<Article[]> =>
  (await allPieces()).filter((piece) => piece.lang === lang),
);

/** Props of one article page. */
export interface ArticlePageProps<C extends ArticleCollection> {
  /** The article shown: the page's own language, or the fallback when there is no translation yet. */
  article: Article<C>;
  /** The translations that exist, by language. */
  translations: Partial<Record<Lang, Article<C>>>;
}

/**
 * Static paths for a collection's pages: every slug in every language. Where a
 * translation is missing, the page shows the default-language original (or the
 * first language that has it) under a visible notice, so the language switcher
 * never leads nowhere.
 */
export async function articlePaths<C extends ArticleCollection>(collection: C) {
  const articles = await loadArticles(collection);
  const slugs = [...new Set(articles.map((article) => article.slug))];
  return slugs.flatMap((slug) => {
    const translations: Partial<Record<Lang, Article<C>>> = Object.fromEntries(
      articles.filter((article) => article.slug === slug).map((article) => [article.lang, article]),
    );
    const original = translations[defaultLang] ?? langs.map((lang) => translations[lang]).find(Boolean);
    return langs.map((lang) => {
      const props: ArticlePageProps<C> = { article: translations[lang] ?? original!, translations };
      return { params: { lang, slug }, props };
    });
  });
}

/**
 * The piece with `slug` as a page in `lang` shows it: the translation in
 * `lang`, or the original (default language first) where there is none yet.
 * `undefined` when no language has the piece.
 */
export async function pieceIn<C extends ArticleCollection>(
  collection: C,
  slug: string,
  lang: Lang,
): Promise<Article<C> | undefined> {
  const versions = (await loadArticles(collection)).filter((article) => article.slug === slug);
  const byLang = (code: Lang) => versions.find((article) => article.lang === code);
  return byLang(lang) ?? byLang(defaultLang) ?? langs.map(byLang).find(Boolean);
}

/**
 * The pieces an entry refers to by slug (`explainers: ['upi']`), each as a
 * page in `lang` shows it (see `pieceIn`). `checkPieceReferences` has made
 * sure, when the articles loaded, that every slug exists in some language.
 */
export async function resolvePieces<C extends ArticleCollection>(
  collection: C,
  slugs: readonly string[],
  lang: Lang,
): Promise<Article<C>[]> {
  const pieces = await Promise.all(slugs.map((slug) => pieceIn(collection, slug, lang)));
  return pieces.filter((piece): piece is Article<C> => piece !== undefined);
}

/** The stories, in the statement's language, that report a statement. */
export async function storiesCiting(statement: Article<'statements'>): Promise<Article<'stories'>[]> {
  const stories = await articlesIn('stories', statement.lang);
  return stories.filter((story) => story.entry.data.statements.includes(statement.slug));
}
