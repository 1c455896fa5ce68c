import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeAtomically } from '../shared/write-atomically.ts';
import { filesUnder } from '../shared/files-under.ts';
import { writeBundle, type BundleFiles } from './bundle-files.ts';

/**
 * The search bundle of the last build, kept between builds. Pagefind's bundle
 * is a function of the pages it reads, its own version and its options: when
 * none of these changed, the bundle is written back instead of built again.
 * Only the last bundle is kept, as one file: a bundle is about 2000 files, and
 * copying them one by one into the cache took most of a second at the end of
 * every build that indexed.
 */

/** Bump when what is stored, or how the key is made, changes. */
const cacheVersion = 3;

/** What one stored file holds: the number of pages indexed, and every file of the bundle by its relative path. */
interface StoredBundle {
  pages: number;
  files: BundleFiles;
}

/** Where the last bundle is kept unless told otherwise: outside every source folder and `dist/`. */
export function searchIndexCacheDir(root = process.cwd()): string {
  return resolve(root, process.env.SEARCH_INDEX_CACHE_DIR ?? 'node_modules/.cache/search-index');
}

/**
 * What of a page its index depends on: all of it but its stylesheets and its security policy. The font subsetter
 * rewrites those (the fonts' names, the styles' hashes) after Pagefind has read the page, so the same page is read
 * before that in one build and after it in the next, when it is kept in `dist/` from the last build
 * (`src/integrations/incremental/kept-pages.ts`). Pagefind indexes neither.
 */
export function indexedPart(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
}

/**
 * The key of a bundle: `indexer` (Pagefind's version and options) and every
 * HTML page under `site`, its path and what of it an index depends on. Every page, not only those
 * Pagefind reads: a page it reads cannot change without changing the key.
 * V8's version is in it too, since it wrote the stored file.
 */
export function searchIndexKey(site: string, indexer: string): string {
  const hash = createHash('sha256').update(`${cacheVersion}\0${process.versions.v8}\0${indexer}\0`);
  const pages = filesUnder(site)
    .filter((path) => path.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const text = indexedPart(readFileSync(join(site, page), 'utf8'));
    hash.update(`${page}\0${text.length}\0`).update(text);
  }
  return hash.digest('hex');
}

const storedFile = (cacheDir: string, key: string) => join(cacheDir, `${key}.bundle`);

/**
 * Writes the stored bundle of `key` to `output` (`writeBundle`: only the files that differ from those there); the
 * number of pages it indexed, or undefined when none is stored.
 */
export function restoreSearchIndex(cacheDir: string, key: string, output: string): number | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(storedFile(cacheDir, key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const { pages, files } = deserialize(bytes) as StoredBundle;
  writeBundle(output, files);
  return pages;
}

/** Keeps `files`, the bundle of `pages` pages, as the one of `key`, in place of any other. */
export async function storeSearchIndex(
  cacheDir: string,
  key: string,
  files: BundleFiles,
  pages: number,
): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  // A build that stops midway leaves no half bundle under a key.
  await writeAtomically(storedFile(cacheDir, key), serialize({ pages, files: [...files] } satisfies StoredBundle));
  // Another build may be storing its bundle at the same time; only finished bundles are removed.
  for (const name of readdirSync(cacheDir)) {
    if (name !== `${key}.bundle` && !name.endsWith('.tmp'))
      rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}
