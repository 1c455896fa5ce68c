/**
 * The frontmatter data Astro hands to a page as `remarkPluginFrontmatter`:
 * `data.astro.frontmatter` of a compile, Sätteri's `ctx.data` or unified's
 * `file.data`. Transforms write what they learn about a document there (word
 * count, table of contents, components).
 */
import { fileURLToPath } from 'node:url';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The page's frontmatter data, created when a compile outside Astro (a test) has none yet. */
export function pageFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  const bag = data as AstroData;
  bag.astro ??= {};
  bag.astro.frontmatter ??= {};
  return bag.astro.frontmatter;
}

/** The filesystem path of the document being compiled (the compile's `fileURL`), when it has one. */
export function documentPath(fileURL: URL | undefined): string | undefined {
  return fileURL?.protocol === 'file:' ? fileURLToPath(fileURL) : undefined;
}
