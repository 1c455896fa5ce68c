import type { PageDigest } from './cache.ts';

/** What the search-index worker is asked to do. */
export interface PagefindJob {
  /** The build folder. */
  site: string;
  /** Where the search bundle is written. */
  output: string;
  /** Selectors of parts of article bodies that are not indexed. */
  exclude: string[];
  /**
   * A glob of the pages to read, under `site`; every HTML page when absent. Or several, by name: each part (a
   * language's pages) is indexed on its own and kept between builds on its own.
   */
  pages?: string | Record<string, string>;
  /** Where the last build's bundle is kept (`searchIndexCacheDir()`). */
  cacheDir: string;
}

/**
 * What the worker reports: the pages are read, then the bundle is written, with the parts indexed anew (the others
 * are the last build's), whether they are kept for the next, and the digest of every page read
 * (`page-digests.ts`); or it failed.
 */
export type PagefindProgress =
  | { read: number }
  | { written: string; indexed: string[]; kept: boolean; digests: Record<string, PageDigest> }
  | { failed: string };
