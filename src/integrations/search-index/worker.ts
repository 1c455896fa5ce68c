/**
 * The search-index worker thread: drives Pagefind (its binary, in its own
 * process) from reading the pages to writing the bundle. Pagefind waits for
 * a call between those two steps; from the main thread, that call waited for
 * whatever the build was doing there, such as the font subsetting reading
 * every page. When the pages, Pagefind and its options are those of the last
 * build, the last build's bundle is written back instead. Node runs this file
 * as it is (it strips the types), so it imports only packages and files that
 * do the same, with their `.ts` extensions.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { writeBundle, type BundleFiles } from './bundle-files.ts';
import { restoreSearchIndex, searchIndexKey, storeSearchIndex } from './cache.ts';
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

/** Indexes the pages with Pagefind and writes the bundle (`writeBundle`); the number of pages it read, and the bundle. */
async function runPagefind(): Promise<{ read: number; files: BundleFiles }> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: exclude });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, ...(pages ? { glob: pages } : {}) });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    report({ read: added.page_count });
    // The bundle's files as Pagefind would write them, to write only those that differ from the last build's.
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
    const files = bundle.files.map(({ path, content }) => [path, content] as const);
    writeBundle(output, files);
    return { read: added.page_count, files };
  } finally {
    await pagefind.close();
  }
}

try {
  const key = searchIndexKey(site, JSON.stringify({ pagefind: pagefindVersion(), exclude, pages: pages ?? null }));
  let restored: number | undefined;
  try {
    restored = restoreSearchIndex(cacheDir, key, output);
  } catch {
    // The stored bundle could not be read back whole: index afresh.
    rmSync(output, { recursive: true, force: true });
  }
  if (restored !== undefined) {
    report({ read: restored });
    report({ written: output, restored: true });
  } else {
    const { read, files } = await runPagefind();
    let kept = true;
    try {
      await storeSearchIndex(cacheDir, key, files, read);
    } catch {
      // The bundle is written; only the next build loses the copy.
      kept = false;
    }
    report({ written: output, restored: false, kept });
  }
} catch (error) {
  report({ failed: error instanceof Error ? error.message : String(error) });
}
