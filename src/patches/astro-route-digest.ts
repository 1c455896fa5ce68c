/**
 * Where the `content-digest` integration leaves the content folder's digest
 * for the pages' `getStaticPaths()`. A global, not a module: Astro 7.3.5 keys
 * each route with a hash of every module its code reaches, and through
 * `astro:i18n` every route reaches every page. A module holding the digest
 * made every route's hash change with any edit, so even a preview card whose
 * headline did not change was drawn and written again.
 * `tests/unit/patches/incremental-build.test.ts` fails when Astro hashes routes another way.
 */
const digestKey = Symbol.for('upi-news.content-digest');

/** Called by the `content-digest` integration before the build, with a digest of every file in `content/`. */
export function publishContentDigest(digest: string): void {
  (globalThis as Record<symbol, unknown>)[digestKey] = digest;
}

/** The digest `publishContentDigest` left; throws when the integration did not run. */
export function publishedContentDigest(): string {
  const digest = (globalThis as Record<symbol, unknown>)[digestKey];
  if (typeof digest !== 'string') {
    throw new Error('No content digest: the content-digest integration must be in astro.config.mjs.');
  }
  return digest;
}
