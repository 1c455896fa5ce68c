/** What the search-index worker is asked to do. */
export interface PagefindJob {
  /** The build folder. */
  site: string;
  /** Where the search bundle is written. */
  output: string;
  /** Selectors of parts of article bodies that are not indexed. */
  exclude: string[];
  /** A glob of the pages to read, under `site`; every HTML page when absent. */
  pages?: string;
  /** Where the last build's bundle is kept (`searchIndexCacheDir()`). */
  cacheDir: string;
}

/**
 * What the worker reports: the pages are read, then the bundle is written
 * (written back from the last build's, or built and kept for the next); or it failed.
 */
export type PagefindProgress =
  { read: number } | { written: string; restored: boolean; kept?: boolean } | { failed: string };
