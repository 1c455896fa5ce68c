import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes a file under a temporary name and renames it into place, so that a
 * reader at the same time (another build step, the next build after one that
 * stopped midway) sees the old file or the new one, never half of one.
 */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, content);
  await rename(partial, file);
}
