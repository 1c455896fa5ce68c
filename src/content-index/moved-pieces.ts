/**
 * Pieces whose file was renamed: the slugs each was published under before (`previousSlugs` in its frontmatter), so
 * that their addresses, already shared and linked to, lead to the piece's own. Pure: the routes give it the
 * collections' entries, the sitemap and `_redirects` the frontmatter read on a worker (`src/site/tagged-pieces.ts`).
 */
import { langs, type Lang } from '../language/locales.ts';
import { articlePath } from '../language/paths.ts';
import type { ArticleCollection } from '../language/article-kinds.ts';

/** A piece as this module needs it: where it is, its file for messages, the slugs it lists as its earlier ones. */
export interface PieceSlugs {
  collection: ArticleCollection;
  slug: string;
  /** The file, from the project root, for messages. */
  file: string;
  previousSlugs: readonly string[];
}

/** A slug a piece had before: `from`, in `collection`, is now `to`. */
export interface MovedPiece {
  collection: ArticleCollection;
  from: string;
  to: string;
}

/** One old address and the piece's address now, both site-relative, in one language. */
export interface MovedPage extends MovedPiece {
  lang: Lang;
  fromPath: string;
  toPath: string;
}

/**
 * Every earlier slug of every piece, whichever language's file lists it: a piece's files share its slug, so an old
 * slug is the piece's in every language. Fails, naming the file and the field, when an old slug is the piece's own,
 * another piece's slug now, or listed by two pieces: an old address must lead to one piece.
 */
export function movedPieces(pieces: readonly PieceSlugs[]): MovedPiece[] {
  const files = new Map(pieces.map((piece) => [`${piece.collection}/${piece.slug}`, piece.file]));
  const moved = new Map<string, MovedPiece & { file: string }>();
  for (const { collection, slug, file, previousSlugs } of pieces) {
    for (const from of previousSlugs) {
      const where = `${file}: previousSlugs: "${from}"`;
      const key = `${collection}/${from}`;
      if (from === slug) throw new Error(`${where} is the piece's own slug; list only the slugs it had before.`);
      const current = files.get(key);
      if (current) throw new Error(`${where} is the slug of ${current}; an old address can lead to one piece only.`);
      const claimed = moved.get(key);
      if (claimed && claimed.to !== slug) {
        throw new Error(`${where} is also listed by ${claimed.file}; an old address can lead to one piece only.`);
      }
      if (!claimed) moved.set(key, { collection, from, to: slug, file });
    }
  }
  return [...moved.values()]
    .map(({ collection, from, to }) => ({ collection, from, to }))
    .sort((a, b) => a.collection.localeCompare(b.collection) || a.from.localeCompare(b.from));
}

/** Every old address in every language, with the piece's address in that language. */
export function movedPages(pieces: readonly PieceSlugs[]): MovedPage[] {
  return movedPieces(pieces).flatMap((moved) =>
    langs.map((lang) => ({
      ...moved,
      lang,
      fromPath: articlePath(moved.collection, moved.from, lang),
      toPath: articlePath(moved.collection, moved.to, lang),
    })),
  );
}

/** The lines of a `_redirects` file (Netlify, Cloudflare Pages) that send each old address to the piece's: `301`. */
export function redirectsFile(pages: readonly MovedPage[]): string {
  const lines = pages.map(({ fromPath, toPath }) => `${encodeURI(fromPath)} ${encodeURI(toPath)} 301`);
  return lines.length === 0
    ? ''
    : `# Pieces published under another slug before (previousSlugs)\n${lines.join('\n')}\n`;
}
