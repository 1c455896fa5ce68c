import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesUnder } from '../shared/files-under.ts';

/**
 * A SHA-256 of every file under `dir` whose path (relative to `dir`, with `/`)
 * passes `include`: each one's path and its bytes, in path order, so it
 * changes when any such file is added, removed, renamed or edited, and not
 * with the order the file system lists them in. Given `each`, also puts there each file's own SHA-256 by its absolute
 * path, for a step that needs it again without reading the files a second time.
 */
export function directoryDigest(
  dir: string,
  include: (path: string) => boolean = () => true,
  each?: Map<string, string>,
): string {
  const files = filesUnder(dir).filter(include).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    // Each file as its path, its length and its bytes: no two different folders hash alike.
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    each?.set(resolve(dir, file), createHash('sha256').update(bytes).digest('hex'));
  }
  return hash.digest('hex');
}

/** A SHA-256 of one file's bytes, or `-` when there is no such file: for keys that list a project's files by name. */
export function fileDigest(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : '-';
}
