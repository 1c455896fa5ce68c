import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../shared/files-under.ts';

/** Every file of a built site, by `/`-separated path: its size and modification time. */
export type DistListing = Record<string, [size: number, mtimeMs: number]>;

/** Every file under `dir` with its size and modification time; `{}` when `dir` does not exist. */
export function listDist(dir: string): DistListing {
  const files: DistListing = {};
  for (const path of filesUnder(dir)) {
    const { size, mtimeMs } = statSync(join(dir, path));
    files[path] = [size, mtimeMs];
  }
  return files;
}

/** Whether two listings name the same files with the same sizes and times: nothing was written in between. */
export function sameListing(one: DistListing, other: DistListing): boolean {
  const paths = Object.keys(one);
  return (
    paths.length === Object.keys(other).length &&
    paths.every((path) => other[path]?.[0] === one[path]![0] && other[path]?.[1] === one[path]![1])
  );
}
