/**
 * Build steps that read the built pages in the background, such as the
 * search indexer, while the build's other steps go on. A step that rewrites
 * pages in place waits for them first: a page read while it is being
 * rewritten can be read half-written.
 */
const readers = new Set<Promise<unknown>>();

/** Marks the built pages as being read until `read` settles. */
export function readingBuiltPages(read: Promise<unknown>): void {
  const settled = read.then(
    () => undefined,
    () => undefined,
  );
  readers.add(settled);
  void settled.then(() => readers.delete(settled));
}

/** Settles once no step that said it reads the built pages is still reading them. */
export async function builtPagesRead(): Promise<void> {
  await Promise.all(readers);
}
