import { contentIndex } from '../../content-index/content-index.ts';
import { langs } from '../../language/locales.ts';
import { articlePath } from '../../language/paths.ts';

/**
 * Paths of pages that show another language's original because the
 * translation does not exist yet. Such pages are for readers who switch
 * language, not for search engines: the sitemap leaves them out. Runs in
 * `astro.config.mjs`, before collections load.
 */
export function fallbackPagePaths(contentDir: string): string[] {
  const index = contentIndex(contentDir);
  const pieces = new Map(index.pieces.map((piece) => [`${piece.collection}/${piece.slug}`, piece]));
  return [...pieces.values()].flatMap(({ collection, slug }) =>
    langs.filter((lang) => !index.piece(collection, slug, lang)).map((lang) => articlePath(collection, slug, lang)),
  );
}
