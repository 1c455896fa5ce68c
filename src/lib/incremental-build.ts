/**
 * Where the `content-digest` integration leaves the content folder's digest
 * for the pages' `getStaticPaths()`. A global, not a module: Astro keys each
 * route with a hash of every module its code reaches, and through
 * `astro:i18n` every route reaches every page. A module holding the digest
 * made every route's hash change with any edit, so even a preview card whose
 * headline did not change was drawn and written again.
 */
const digestKey = Symbol.for('upi-news.content-digest');

/** Called by the `content-digest` integration before the build, with a digest of every file in `content/`. */
export function publishContentDigest(digest: string): void {
  (globalThis as Record<symbol, unknown>)[digestKey] = digest;
}

function contentDigest(): string {
  const digest = (globalThis as Record<symbol, unknown>)[digestKey];
  if (typeof digest !== 'string') {
    throw new Error('No content digest: the content-digest integration must be in astro.config.mjs.');
  }
  return digest;
}

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
  const cacheKey = contentDigest();
  return paths.map((path) => ({ ...path, cacheKey }));
}
