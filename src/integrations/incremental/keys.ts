import { publishedContentDigest } from '../../patches/astro-route-digest';

/**
 * `paths` from a `getStaticPaths()`, each with the content folder's digest
 * as its `cacheKey`. With Astro's incremental build on, a path whose route
 * code and key are unchanged since the last build is copied from it instead
 * of rendered again. Every page of a news site shows other pieces (read-next,
 * lists, statement cards, the language switcher, the glossary), so the key
 * is all of the content, not the page's own piece: any edit renders every
 * page again, and a build with nothing changed renders none.
 */
export function keyedByContent<Path extends object>(paths: Path[]): (Path & { cacheKey: string })[] {
  const cacheKey = publishedContentDigest();
  return paths.map((path) => ({ ...path, cacheKey }));
}
