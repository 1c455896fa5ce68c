/**
 * The search-index worker thread: drives Pagefind (its binary, in its own
 * process) from reading the pages to writing the bundle. Pagefind waits for
 * a call between those two steps; from the main thread, that call waited for
 * whatever the build was doing there, such as the font subsetting reading
 * every page. The site is indexed in parts (a language's pages each), and a
 * part whose pages, Pagefind and options are those of the last build is taken
 * from the last build's bundle instead; the parts are put together into one
 * bundle (`merge-bundles.ts`). A part indexed again over the last build's bundle keeps the fragments of its
 * unchanged pages (`fragment-reuse.ts`). Node runs this file
 * as it is (it strips the types), so it imports only packages and files that
 * do the same, with their `.ts` extensions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { writeBundle } from './bundle-files.ts';
import {
  forgetOtherBundles,
  globFolder,
  indexedPages,
  lastSearchIndex,
  searchIndexKey,
  storedSearchIndex,
  storeSearchIndex,
  type StoredBundle,
} from './cache.ts';
import { bundleWritten, fragmentUrls, keepUnchangedFragments } from './fragment-reuse.ts';
import { PageDigests } from './page-digests.ts';
import { mergeBundles } from './merge-bundles.ts';
import type { PagefindJob, PagefindProgress } from './messages.ts';

const { site, output, exclude, pages, cacheDir } = workerData as PagefindJob;
const report = (progress: PagefindProgress) => parentPort!.postMessage(progress);

/** Pagefind's version, from the package.json above its entry point (the package exports no package.json). */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      if (manifest.name === 'pagefind') return manifest.version;
    } catch {
      // No package.json at this level: look further up.
    }
  }
  throw new Error('Pagefind: its package.json was not found');
}

/** A part of the site indexed on its own: its name, its pages' glob and what they read, and the key of all that. */
interface Part {
  name: string;
  glob: string | undefined;
  indexer: string;
  digests: Map<string, string>;
  key: string;
}

/**
 * The part's bundle from its index: written over the last build's bundle in `output` when that is there, so that
 * Pagefind compresses only what changed (`fragment-reuse.ts`); else as Pagefind gives it whole.
 */
async function partBundle(part: Part, index: pagefind.PagefindIndex, pages: number): Promise<StoredBundle> {
  const made = { pages, indexer: part.indexer, digests: Object.fromEntries(part.digests) };
  const last = lastSearchIndex(cacheDir, part.name);
  const prepared = last?.indexer === part.indexer ? keepUnchangedFragments(output, last, part.digests) : undefined;
  if (prepared) {
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { ...made, ...bundleWritten(output, prepared) };
  }
  const bundle = await index.getFiles();
  if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
  const files = bundle.files.map(({ path, content }) => [path, content] as const);
  return { ...made, files, fragmentUrls: fragmentUrls(files) };
}

/**
 * Indexes the parts with Pagefind, each on its own: reads all their pages first and tells `read` how many, then makes
 * each part's bundle. Returns each part's bundle and the number of pages it read.
 */
async function runPagefind(parts: readonly Part[], read: (pages: number) => void): Promise<Map<string, StoredBundle>> {
  try {
    const indexes = [];
    for (const part of parts) {
      const { glob } = part;
      const { index, errors } = await pagefind.createIndex({ excludeSelectors: exclude });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site, ...(glob ? { glob } : {}) });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      indexes.push({ part, index, pages: added.page_count });
    }
    read(indexes.reduce((sum, { pages }) => sum + pages, 0));
    const bundles = new Map<string, StoredBundle>();
    // One after the other: each writes over the last build's bundle in the output folder.
    for (const { part, index, pages } of indexes) bundles.set(part.name, await partBundle(part, index, pages));
    return bundles;
  } finally {
    await pagefind.close();
  }
}

/** Each part's bundle as the last build stored it, when its key is the same; a stored file that cannot be read is none. */
function storedParts(parts: readonly Part[]): Map<string, StoredBundle> {
  const stored = new Map<string, StoredBundle>();
  for (const { name, key } of parts) {
    try {
      const bundle = storedSearchIndex(cacheDir, name, key);
      if (bundle) stored.set(name, bundle);
    } catch {
      // Not read back whole: this part is indexed afresh.
    }
  }
  return stored;
}

try {
  const indexer = JSON.stringify({ pagefind: pagefindVersion(), exclude });
  const globs = typeof pages === 'string' || pages === undefined ? { site: pages } : pages;
  const noted = new PageDigests(site, cacheDir);
  const parts = Object.entries(globs).map(([name, glob]): Part => {
    const partIndexer = `${indexer}\0${glob ?? ''}`;
    const digests = indexedPages(site, globFolder(glob), (path) => noted.of(path));
    return { name, glob, indexer: partIndexer, digests, key: searchIndexKey(site, partIndexer, '', digests) };
  });
  const stored = storedParts(parts);
  const toIndex = parts.filter(({ name }) => !stored.has(name));
  const storedPages = [...stored.values()].reduce((sum, { pages }) => sum + pages, 0);
  const read = (pages: number) => report({ read: storedPages + pages });
  const indexed = toIndex.length > 0 ? await runPagefind(toIndex, read) : (read(0), new Map<string, StoredBundle>());
  const bundles = new Map(parts.map(({ name }) => [name, (stored.get(name) ?? indexed.get(name))!]));
  writeBundle(output, mergeBundles(new Map([...bundles].map(([name, { files }]) => [name, files]))));
  let kept = true;
  for (const { name, key } of toIndex) {
    try {
      await storeSearchIndex(cacheDir, name, key, indexed.get(name)!);
    } catch {
      // The bundle is written; only the next build loses the copy.
      kept = false;
    }
  }
  forgetOtherBundles(
    cacheDir,
    parts.map(({ name, key }) => ({ part: name, key })),
  );
  report({ written: output, indexed: toIndex.map(({ name }) => name), kept, digests: noted.seen });
} catch (error) {
  report({ failed: error instanceof Error ? error.message : String(error) });
}
