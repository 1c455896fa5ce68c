import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, by `/`-separated path: its size and modification time. */
export type DistListing = Record<string, [size: number, mtimeMs: number]>;

/** Every file under `dir` with its size and modification time; `{}` when `dir` does not exist. */
export function listDist(dir: string): DistListing {
  if (!existsSync(dir)) return {};
  const files: DistListing = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = statSync(path);
    files[relative(dir, path).split(sep).join('/')] = [size, mtimeMs];
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
