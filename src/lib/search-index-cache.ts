import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { directoryDigest } from './directory-digest.ts';

/**
 * The search bundle of the last build, kept between builds. Pagefind's bundle
 * is a function of the pages it reads, its own version and its options: when
 * none of these changed, the bundle is copied instead of built again. Only
 * the last bundle is kept.
 */

/** Bump when what is stored, or how the key is made, changes. */
const cacheVersion = 1;

/** Where the last bundle is kept unless told otherwise: outside every source folder and `dist/`. */
export function searchIndexCacheDir(root = process.cwd()): string {
  return resolve(root, process.env.SEARCH_INDEX_CACHE_DIR ?? 'node_modules/.cache/search-index');
}

/**
 * The key of a bundle: `indexer` (Pagefind's version and options) and every
 * HTML page under `site`, its path and its bytes. Every page, not only those
 * Pagefind reads: a page it reads cannot change without changing the key.
 */
export function searchIndexKey(site: string, indexer: string): string {
  const pages = directoryDigest(site, (path) => path.endsWith('.html'));
  return createHash('sha256').update(`${cacheVersion}\0${indexer}\0${pages}`).digest('hex');
}

/** Copies the stored bundle of `key` to `output`; the number of pages it indexed, or undefined when none is stored. */
export function restoreSearchIndex(cacheDir: string, key: string, output: string): number | undefined {
  const stored = join(cacheDir, key);
  if (!existsSync(join(stored, 'pages'))) return undefined;
  cpSync(join(stored, 'bundle'), output, { recursive: true });
  return Number(readFileSync(join(stored, 'pages'), 'utf8'));
}

/** Keeps the bundle at `output` as the one of `key`, in place of any other. */
export function storeSearchIndex(cacheDir: string, key: string, output: string, pages: number): void {
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name and renamed: a build that stops midway leaves no half bundle under a key.
  const partial = join(cacheDir, `${key}.${process.pid}.partial`);
  cpSync(output, join(partial, 'bundle'), { recursive: true });
  writeFileSync(join(partial, 'pages'), String(pages));
  rmSync(join(cacheDir, key), { recursive: true, force: true });
  renameSync(partial, join(cacheDir, key));
  // Another build may be storing its bundle at the same time; only finished bundles are removed.
  for (const name of readdirSync(cacheDir)) {
    if (name !== key && !name.endsWith('.partial')) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}
