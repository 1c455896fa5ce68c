import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeEmptyFolders } from '../shared/empty-folders.ts';
import { filesUnder } from '../shared/files-under.ts';

/** A search bundle: each file's path under the bundle's folder, with its bytes. */
export type BundleFiles = readonly (readonly [path: string, bytes: Uint8Array])[];

/**
 * Makes the folder `output` hold exactly `files`: a file with the same bytes already there is left as it is, others
 * are written, and files of an older bundle that this one lacks are deleted. A bundle is about two thousand files,
 * and an edit changes a few of them (Pagefind names most by a hash of their content): writing only those spares the
 * file system thousands of new files on every build that keeps `dist/` (`src/integrations/incremental/kept-pages.ts`).
 */
export function writeBundle(output: string, files: BundleFiles): void {
  const present = new Set(filesUnder(output));
  const made = new Set<string>();
  for (const [path, bytes] of files) {
    const file = join(output, path);
    if (present.delete(path) && sameBytes(file, bytes)) continue;
    const dir = dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, bytes);
  }
  for (const path of present) rmSync(join(output, path));
  removeEmptyFolders(output);
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  const existing = readFileSync(file);
  return existing.length === bytes.length && existing.equals(bytes);
}
