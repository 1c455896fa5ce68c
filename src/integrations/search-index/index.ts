import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { readingBuiltPages } from '../shared/built-page-readers.ts';
import { searchIndexCacheDir, type PageDigest } from './cache.ts';
import { notePageDigests } from './page-digests.ts';
import type { PagefindJob, PagefindProgress } from './messages';

/**
 * Astro integration: after the build, indexes the built pages with Pagefind
 * and writes the search bundle to `dist/pagefind/`. Pagefind reads each
 * page's `<html lang>` and writes one index per language, so the Bengali
 * search page finds only Bengali pages. Only the parts of a page marked
 * `data-pagefind-body` (article bodies) are indexed; lists, menus and pages
 * without such a part are not. Runs the Pagefind binary from npm; no network.
 */
export interface PagefindIndexOptions {
  /** Selectors of parts of article bodies that are not worth finding, such as inline glossary definitions. */
  exclude?: string[];
  /**
   * The pages to read, as a glob under the build folder: those that can have
   * a `data-pagefind-body`. Pagefind parses every page it is given, even one
   * it then leaves out. Every HTML page by default. Or one glob per part of the site, by name, each part holding
   * all the pages of its languages (`{ bn: 'bn/news/*\/index.html', en: … }`): each part is indexed apart and kept
   * between builds apart, so that an edit indexes again only its own language's pages; the parts' bundles are put
   * together into the one Pagefind would write (`merge-bundles.ts`).
   */
  pages?: string | Record<string, string>;
}

/** What the build log says of the bundle. */
function writtenMessage(
  pages: number,
  { written, indexed, kept }: Extract<PagefindProgress, { written: string }>,
): string {
  if (indexed.length === 0)
    return `the same ${pages} pages as the last build: wrote back its search index to ${written}`;
  const notKept = kept ? '' : ' (not kept for the next build: it could not be stored)';
  return `${pages} pages, ${indexed.join(', ')} indexed again: wrote the search index to ${written}${notKept}`;
}

/** What indexing gives: what the build log says of it, and the digest of every page read. */
interface Indexed {
  message: string;
  digests: Record<string, PageDigest>;
}

/**
 * Indexes the built site at `dir` and writes the bundle, in a worker thread,
 * or writes back the last build's when no page changed; says what it did. Until
 * Pagefind has read the pages, they are marked as being read, so that no
 * step rewrites one under it.
 */
function buildIndex(dir: URL, exclude: string[], pages: PagefindIndexOptions['pages']): Promise<Indexed> {
  const job: PagefindJob = {
    site: fileURLToPath(dir),
    output: fileURLToPath(new URL('pagefind/', dir)),
    exclude,
    ...(pages ? { pages } : {}),
    cacheDir: searchIndexCacheDir(),
  };
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: job });
  let pagesRead = 0;
  const read = Promise.withResolvers<void>();
  readingBuiltPages(read.promise);
  const done = new Promise<Indexed>((resolve, reject) => {
    worker.on('message', (progress: PagefindProgress) => {
      if ('read' in progress) {
        pagesRead = progress.read;
        read.resolve();
      } else if ('written' in progress) {
        resolve({ message: writtenMessage(pagesRead, progress), digests: progress.digests });
      } else {
        reject(new Error(progress.failed));
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`Pagefind's worker stopped (exit code ${code}) before it was done`)));
  });
  // A failure before the pages were read ends their reading too.
  done.catch(() => read.resolve());
  return done;
}

/**
 * Indexing starts as soon as the pages are generated and runs in Pagefind's
 * own process, driven from a worker thread, while the other integrations
 * finish the build; the build waits for it at the end. The font subsetter
 * rewrites the pages in place (to point them at renamed files, which changes
 * no text Pagefind reads) once Pagefind has read them.
 */
export default function pagefindIndex({ exclude = [], pages }: PagefindIndexOptions = {}): AstroIntegration {
  let indexing: Promise<{ done: Indexed } | { failed: unknown }> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = buildIndex(dir, exclude, pages).then(
          (done) => ({ done }),
          (failed: unknown) => ({ failed }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await (indexing ?? buildIndex(dir, exclude, pages).then((done) => ({ done })));
        if ('failed' in result) throw result.failed;
        // Every step has written its pages by now: their sizes and times are the ones the next build will find.
        await notePageDigests(searchIndexCacheDir(), fileURLToPath(dir), result.done.digests);
        logger.info(result.done.message);
      },
    },
  };
}
