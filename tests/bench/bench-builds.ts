/**
 * What the benchmarks share: a project folder over a generated corpus, and one measured build of it in a child
 * process with cache folders of its own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuildResult } from './report.ts';

const repo = new URL('../../', import.meta.url).pathname;

/** The site's own files a project copies: everything a build reads besides `content/` and `node_modules/`. */
export const siteFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A project folder `work/name`: the given files of the repo, the corpus as `content/`, the repo's node_modules. */
export function benchProject(work: string, name: string, corpus: string, files: [from: string, to: string][]): string {
  const root = join(work, name);
  for (const [from, to] of files) cpSync(join(repo, from), join(root, to), { recursive: true });
  cpSync(corpus, join(root, 'content'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** A build's cache folders: Astro's (its incremental build among them), the cards', the font subsets', the search index's. */
export interface Caches {
  astro: string;
  og: string;
  font: string;
  search: string;
}

/** Cache folders under `dir`, new and empty until a build fills them. */
export function cachesIn(dir: string): Caches {
  return { astro: join(dir, 'astro'), og: join(dir, 'og'), font: join(dir, 'font'), search: join(dir, 'search') };
}

/** How many HTML pages are under `dir`. */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

/** How many entries `dir` holds, 0 when it does not exist. */
export function countFiles(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

/** One build of `root` in a child process with `cache` and extra `env`; its wall time and peak memory. */
export function timedBuild(
  label: string,
  root: string,
  cache: Caches,
  env: Record<string, string> = {},
): Omit<BuildResult, 'pages' | 'imagesRendered'> & { shards: number; shardsMaxRssMiB: number } {
  const child = spawnSync(process.execPath, [join(repo, 'tests/bench/build-once.ts'), root, cache.astro], {
    encoding: 'utf8',
    env: {
      ...process.env,
      OG_CACHE_DIR: cache.og,
      FONT_CACHE_DIR: cache.font,
      SEARCH_INDEX_CACHE_DIR: cache.search,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${label} failed:\n${child.stderr}\n${child.stdout}`);
  const { ms, maxRssMiB, shards, shardsMaxRssMiB } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    ms: number;
    maxRssMiB: number;
    shards: number;
    shardsMaxRssMiB: number;
  };
  return { label, ms, maxRssMiB, shards, shardsMaxRssMiB };
}

/** Every file under `dir`, relative, sorted. */
export function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every file of a built site by its path, as a SHA-256 of its bytes. */
export function siteDigests(dir: string): Map<string, string> {
  return new Map(
    files(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** The paths of two sites' digests that differ or are in one only; none when the sites are the same bytes. */
export function digestDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const differ = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
  return [...differ, ...[...b.keys()].filter((file) => !a.has(file))];
}

/** The files of `a` and `b` that differ or are in one only; empty when they are the same byte for byte. */
export function differences(a: string, b: string): string[] {
  return digestDifferences(siteDigests(a), siteDigests(b));
}
