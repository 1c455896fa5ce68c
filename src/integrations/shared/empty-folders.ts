import { readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/** Removes the empty folders under `dir` (a page or a file that is gone leaves its folder), deepest first. */
export function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    removeEmptyFolders(folder);
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
}
