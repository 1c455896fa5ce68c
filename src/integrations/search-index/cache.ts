import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeAtomically } from '../shared/write-atomically.ts';
import { filesUnder } from '../shared/files-under.ts';
import type { BundleFiles } from './bundle-files.ts';

/**
 * The search bundle of the last build, kept between builds, part by part (a
 * language's pages). A part's bundle is a function of the pages it reads,
 * Pagefind's version and its options: when none of these changed, the part is
 * taken from the cache instead of indexed again. Only the last bundle of each
 * part is kept, as one file: a bundle is about 2000 files, and copying them one
 * by one into the cache took most of a second at the end of every build that
 * indexed.
 */

/** Bump when what is stored, or how the key is made, changes. */
const cacheVersion = 7;

/** What one stored file holds: a part's bundle, and what it was made of, for the next build to take what still holds. */
export interface StoredBundle {
  /** The number of pages indexed. */
  pages: number;
  /** Every file of the bundle, by its path under the bundle's folder. */
  files: BundleFiles;
  /** Pagefind's version, its options and the part's glob: the bundle's `indexer`. */
  indexer: string;
  /** Each page read, by its path under the site, with its digest (`indexedPages`). */
  digests: Record<string, string>;
  /** The URL of the page each fragment file of the bundle holds (`fragment-reuse.ts`). */
  fragmentUrls: Record<string, string>;
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

/** The folder a glob's pages are all under: its path up to the first part with a wildcard (`bn/` of `bn/news/*.html`). */
export function globFolder(glob: string | undefined): string {
  const fixed = [];
  for (const segment of (glob ?? '').split('/').slice(0, -1)) {
    if (/[*?[\]{}!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

/** A page Pagefind indexes once some page has it: the attribute, in any case, as an attribute (or in text: kept too). */
const searchBody = /[\s"']data-pagefind-body(?=[\s>=/])/i;

/** What the index depends on of a page: a SHA-256 of its indexed part, and whether it has `data-pagefind-body`. */
export interface PageDigest {
  digest: string;
  body: boolean;
}

/** The digest of the page at `path` under `site`, read from the page. */
export function pageDigest(site: string, path: string): PageDigest {
  // Read as Latin-1, a character a byte: what is cut out and looked for is ASCII, and the bytes are hashed as they
  // are, without decoding the Bengali text (a third of the time of reading it as UTF-8).
  const text = indexedPart(readFileSync(join(site, path), 'latin1'));
  return { digest: createHash('sha256').update(text, 'latin1').digest('base64url'), body: searchBody.test(text) };
}

/**
 * The pages of a part that its index reads, under the folder `under` of `site` (the whole site when empty): each by
 * its path under `site`, in path order, with its digest (`pageDigest`, or what `digestOf` knows of it). Once a page
 * has `data-pagefind-body`, Pagefind leaves out every page without it, so only those with it count (a list page that
 * changes, or a translation's fallback, which has none, changes nothing here); when none has it, every page counts.
 */
export function indexedPages(
  site: string,
  under = '',
  digestOf: (path: string) => PageDigest = (path) => pageDigest(site, path),
): Map<string, string> {
  const [withBody, every] = [new Map<string, string>(), new Map<string, string>()];
  const pages = filesUnder(join(site, under))
    .filter((path) => path.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const path = under ? `${under}/${page}` : page;
    const { digest, body } = digestOf(path);
    every.set(path, digest);
    if (body) withBody.set(path, digest);
  }
  return withBody.size > 0 ? withBody : every;
}

/**
 * The key of a part of the bundle: `indexer` (Pagefind's version, its options and the part's glob) and the pages it
 * reads (`indexedPages`), each its path and digest. V8's version is in it too, since it wrote the stored file.
 */
export function searchIndexKey(site: string, indexer: string, under = '', pages = indexedPages(site, under)): string {
  const hash = createHash('sha256').update(`${cacheVersion}\0${process.versions.v8}\0${indexer}\0`);
  for (const [path, digest] of pages) hash.update(`${path}\0${digest}\0`);
  return hash.digest('hex');
}

const storedFile = (cacheDir: string, part: string, key: string) => join(cacheDir, `${part}.${key}.bundle`);

/** The bundle of the part `part` stored under `key`: the number of pages it indexed and its files; undefined when none is. */
export function storedSearchIndex(cacheDir: string, part: string, key: string): StoredBundle | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(storedFile(cacheDir, part, key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return deserialize(bytes) as StoredBundle;
}

/** The last bundle stored of the part `part`, whatever its key (the newest); undefined when none is, or it cannot be read whole. */
export function lastSearchIndex(cacheDir: string, part: string): StoredBundle | undefined {
  if (!existsSync(cacheDir)) return undefined;
  // Only the last is kept once a build ends; one that stopped before could leave two.
  const name = readdirSync(cacheDir)
    .filter((file) => file.startsWith(`${part}.`) && file.endsWith('.bundle'))
    .sort((one, other) => statSync(join(cacheDir, other)).mtimeMs - statSync(join(cacheDir, one)).mtimeMs)[0];
  try {
    return name ? (deserialize(readFileSync(join(cacheDir, name))) as StoredBundle) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `bundle` as the one of the part `part` under `key`. */
export async function storeSearchIndex(
  cacheDir: string,
  part: string,
  key: string,
  bundle: StoredBundle,
): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  // A build that stops midway leaves no half bundle under a key.
  await writeAtomically(storedFile(cacheDir, part, key), serialize({ ...bundle, files: [...bundle.files] }));
}

/**
 * Deletes every finished bundle but those of `kept` (each part under its current key): a part's older bundles, and
 * those of a site indexed in other parts before, or in one piece. Another build may be storing its bundle at the same
 * time: only finished bundles are removed.
 */
export function forgetOtherBundles(cacheDir: string, kept: readonly { part: string; key: string }[]): void {
  if (!existsSync(cacheDir)) return;
  const keep = new Set(kept.map(({ part, key }) => storedFile(cacheDir, part, key)));
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (name.endsWith('.bundle') && !keep.has(file)) rmSync(file, { force: true });
  }
}
