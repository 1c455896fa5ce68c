/**
 * The one reader of the `content/` folder outside Astro's collections: the
 * Astro config (sitemap, topics), the Markdown plugins (statement cards,
 * glossary), the collections' loader (file checks) and the CLI
 * (`i18n:status`, `new`) all ask it. It lists the files once per content
 * folder and parses a file's frontmatter the first time it is asked for, so a
 * build walks the folder once. `forgetContentIndex` starts over (the dev server
 * calls it when a content file changes; a build, once its collections are
 * loaded: `index-lifetime.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type Lang } from '../language/locales.ts';
import { placeInCollection } from '../language/paths.ts';
import { articleKinds, type ArticleCollection } from '../language/article-kinds.ts';
import { frontmatterOf, parseYamlOf } from './frontmatter.ts';

export { frontmatterOf, parseYamlOf };

/** One article file in a locale folder: `content/<collection>/<lang>/<slug>.mdx`. */
export interface ContentFile {
  collection: ArticleCollection;
  lang: Lang;
  slug: string;
  /** Absolute path. */
  path: string;
  /** Path from the project root (the content folder's parent), with `/` separators, for messages. */
  file: string;
  /** The file's text, read from disk each time it is asked for. */
  readonly source: string;
  /** The frontmatter, parsed; a YAML error names the file. */
  readonly data: Record<string, unknown>;
}

/** What the content folder holds. */
export interface ContentIndex {
  /** The content folder, absolute. */
  dir: string;
  /** Every article in a locale folder, by collection, language and slug. */
  pieces: ContentFile[];
  /** Every Markdown or MDX file of a mirrored collection, relative to its folder, `/`-separated, sorted: what the loader checks. */
  collectionFiles(collection: ArticleCollection): string[];
  /** The piece in `lang`, or `undefined`. */
  piece(collection: ArticleCollection, slug: string, lang: Lang): ContentFile | undefined;
  /** Whether some language has the piece. */
  hasPiece(collection: ArticleCollection, slug: string): boolean;
  /** The YAML or JSON data files of a data collection (`glossary`, `organizations`), by id, sorted. */
  dataFiles(collection: string): { id: string; path: string; file: string; data: unknown }[];
}

const articleFile = /\.mdx?$/;
const dataFile = /\.(ya?ml|json)$/;

/** The text of a Markdown or MDX file after its frontmatter. */
export function bodyOf(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
}

/** A file's text after its frontmatter, on the lines it has in the file: the frontmatter becomes empty lines. */
export function bodyInPlace(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (frontmatter) => frontmatter.replace(/[^\n]/g, ''));
}

function listFiles(folder: string, pattern: RegExp): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => pattern.test(name))
      .map((name) => name.split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

function readIndex(dir: string): ContentIndex {
  const root = resolve(dir, '..');
  const collections = Object.keys(articleKinds) as ArticleCollection[];
  const files = new Map(collections.map((collection) => [collection, listFiles(join(dir, collection), articleFile)]));
  const pieces = collections.flatMap((collection) =>
    files.get(collection)!.flatMap((name): ContentFile[] => {
      const { lang, slug } = placeInCollection(name);
      if (!lang || slug.includes('/')) return [];
      const path = join(dir, collection, name);
      const file = relative(root, path).split(sep).join('/');
      let data: Record<string, unknown> | undefined;
      return [
        {
          collection,
          lang,
          slug,
          path,
          file,
          // Read when asked, not kept: an archive's index would otherwise hold every file's text in every process.
          get source() {
            return readFileSync(path, 'utf8');
          },
          // A copy of the parsed frontmatter: its strings would be cut from the file's text and keep all of it alive.
          get data() {
            return (data ??= structuredClone(parseYamlOf(file, frontmatterOf(this.source)) ?? {}) as Record<
              string,
              unknown
            >);
          },
        },
      ];
    }),
  );
  const key = (collection: string, slug: string, lang: string) => `${collection}\u0000${slug}\u0000${lang}`;
  const byKey = new Map(pieces.map((piece) => [key(piece.collection, piece.slug, piece.lang), piece]));
  const slugs = new Set(pieces.map((piece) => `${piece.collection}\u0000${piece.slug}`));
  const data = new Map<string, ReturnType<ContentIndex['dataFiles']>>();
  return {
    dir,
    pieces,
    collectionFiles: (collection) => files.get(collection) ?? [],
    piece: (collection, slug, lang) => byKey.get(key(collection, slug, lang)),
    hasPiece: (collection, slug) => slugs.has(`${collection}\u0000${slug}`),
    dataFiles(collection) {
      let entries = data.get(collection);
      if (!entries) {
        entries = listFiles(join(dir, collection), dataFile)
          .filter((name) => !name.includes('/'))
          .map((name) => {
            const path = join(dir, collection, name);
            const file = relative(root, path).split(sep).join('/');
            return { id: name.replace(dataFile, ''), path, file, data: parseYamlOf(file, readFileSync(path, 'utf8')) };
          });
        data.set(collection, entries);
      }
      return entries;
    },
  };
}

/**
 * The indexes read so far, by folder, one set for the whole process: the Astro config and the collections' loader
 * run in module graphs of their own (Astro's config loader, Vite's), and each would otherwise read and keep the whole
 * archive's frontmatter.
 */
const shared = Symbol.for('content-index.indexes');
const indexes: Map<string, ContentIndex> = ((globalThis as { [shared]?: Map<string, ContentIndex> })[shared] ??=
  new Map());

/** The index of the content folder `dir`, read on first use and kept. */
export function contentIndex(dir: string): ContentIndex {
  const absolute = resolve(dir);
  let index = indexes.get(absolute);
  if (!index) {
    index = readIndex(absolute);
    indexes.set(absolute, index);
  }
  return index;
}

/** Forgets every index read so far, so the next `contentIndex` reads the folder again. */
export function forgetContentIndex(): void {
  indexes.clear();
}
