import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
   * it then leaves out. Every HTML page by default.
   */
  pages?: string;
}

/** Indexes the built site at `dir` and writes the bundle; says what it did. */
async function buildIndex(dir: URL, exclude: string[], pages: string | undefined): Promise<string> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: exclude });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: fileURLToPath(dir), ...(pages ? { glob: pages } : {}) });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return `read ${added.page_count} pages, wrote the search index to ${written.outputPath}`;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexing starts as soon as the pages are generated and runs in Pagefind's
 * own process while the other integrations finish the build (the font
 * subsetter rewrites pages only to point them at renamed files, which changes
 * no text Pagefind reads); the build waits for it at the end.
 */
export default function pagefindIndex({ exclude = [], pages }: PagefindIndexOptions = {}): AstroIntegration {
  let indexing: Promise<{ done: string } | { failed: unknown }> | undefined;
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
        logger.info(result.done);
      },
    },
  };
}
