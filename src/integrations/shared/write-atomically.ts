import { rename, writeFile } from 'node:fs/promises';

/** Counts the writes of this process, so that two writes of one file at the same time never share a temporary name. */
let writes = 0;

/**
 * Writes a file under a temporary name and renames it into place, so that a
 * reader at the same time (another build step, the next build after one that
 * stopped midway) sees the old file or the new one, never half of one. Two
 * pages with the same preview card may store it at once: each write has a
 * temporary file of its own, and the last rename wins with the same bytes.
 */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}-${(writes += 1)}.tmp`;
  await writeFile(partial, content);
  await rename(partial, file);
}
