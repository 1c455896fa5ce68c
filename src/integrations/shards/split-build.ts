import { fork } from 'node:child_process';
import { join } from 'node:path';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { bodyInPlace, type ContentFile, type ContentIndex } from '../../content-index/content-index.ts';
import { isPlainMarkdown } from '../../content-index/plain-markdown.ts';
import { buildInputs } from './build-inputs.ts';
import { ranOutOfHeap, shardHeapArgs, shardHeapMiB } from './heap-limit.ts';
import { readManifest, writeManifest } from './manifest.ts';
import { copyShards, mergeShards, type MergeOptions } from './merge.ts';
import type { Shard } from './shard.ts';

/**
 * How many shards one machine builds an archive in, at most `filesPerProcess` of its load (`archiveLoad`) to a shard.
 */
export function shardsFor(load: number, filesPerProcess: number): number {
  return Math.max(1, Math.ceil(load / filesPerProcess));
}

/**
 * What a piece with components weighs against a plain one in a build's memory: Astro holds every bundled MDX module
 * until the build ends, about 0.45 MiB, where a piece rendered in the content layer costs about 0.09 MiB
 * (`docs/performance.md`).
 */
export const mdxPieceWeight = 5;

/**
 * An archive's weight in a build's memory: one for each plain piece, `mdxPieceWeight` for each piece with components;
 * of the pieces `builds` accepts (a shard's), or all of them.
 */
export function archiveLoad(index: ContentIndex, builds: (piece: ContentFile) => boolean = () => true): number {
  return index.pieces
    .filter(builds)
    .reduce((load, piece) => load + (isPlainMarkdown(bodyInPlace(piece.source)) ? 1 : mdxPieceWeight), 0);
}

/** What one shard of a split build cost. */
export interface ShardRun extends Shard {
  /** Where it wrote its pages. */
  outDir: string;
  ms: number;
  /** Its process's peak resident memory. */
  maxRssMiB: number;
}

/** What a split build needs. */
export interface SplitBuildOptions {
  root: string;
  /** How many shards. */
  of: number;
  /** Astro's cache folder of a one-process build (`node_modules/.astro`): each shard keeps its own inside it. */
  cacheDir: string;
  /** Start from empty content caches (`astro build --force`). */
  force: boolean;
  /**
   * The build's clock for every shard (`SOURCE_DATE_EPOCH`, seconds): pages that depend on the time (the news sitemap)
   * must be the same in each.
   */
  clock: string;
  /** The merge's options; its files are moved out of the shards' folders. */
  merge: MergeOptions;
}

/**
 * Where a split build's shard writes its pages: inside `dist/`, which the merge replaces (the pages' code finds its
 * workers through the project's `package.json` imports, which Node does not look up from inside `node_modules`).
 */
function shardOutDir(root: string, shard: Shard): string {
  return join(root, 'dist/.shards', `shard-${shard.index}-of-${shard.of}`);
}

/**
 * Runs `src/cli/build-shard.ts` for one shard in a child process, its heap limited (`heap-limit.ts`; without the limit
 * again if it runs out of it); resolves with its cost, rejects when it fails.
 */
async function buildShard(options: Omit<SplitBuildOptions, 'merge' | 'of'>, shard: Shard): Promise<ShardRun> {
  const limited = await runShard(options, shard, shardHeapArgs());
  if (limited !== 'out of heap') return limited;
  console.log(
    `shard ${shard.index}/${shard.of} ran out of its ${shardHeapMiB} MiB heap: building it again without the limit`,
  );
  const run = await runShard(options, shard, []);
  if (run === 'out of heap') throw new Error(`shard ${shard.index}/${shard.of} ran out of memory; its log is above.`);
  return run;
}

/** One run of a shard's build process with Node's `execArgv`: its cost, or whether it ran out of heap. */
function runShard(
  options: Omit<SplitBuildOptions, 'merge' | 'of'>,
  shard: Shard,
  execArgv: string[],
): Promise<ShardRun | 'out of heap'> {
  const { root, force } = options;
  const outDir = shardOutDir(root, shard);
  const cacheDir = join(options.cacheDir, `shard-${shard.index}-of-${shard.of}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let maxRssMiB = 0;
    const child = fork(join(root, 'src/cli/build-shard.ts'), [outDir, cacheDir, ...(force ? ['--force'] : [])], {
      env: { ...process.env, SHARD: `${shard.index}/${shard.of}`, SOURCE_DATE_EPOCH: options.clock },
      execArgv: [...process.execArgv, ...execArgv],
      stdio: 'inherit',
    });
    child.on('message', (message: { maxRssMiB: number }) => (maxRssMiB = message.maxRssMiB));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve({ ...shard, outDir, ms: performance.now() - started, maxRssMiB });
      else if (execArgv.length > 0 && ranOutOfHeap(code, signal)) resolve('out of heap');
      else
        reject(new Error(`shard ${shard.index}/${shard.of} failed (exit code ${code ?? signal}); its log is above.`));
    });
  });
}

/** Builds `shards` one after the other, each in a process of its own; resolves with what each cost. */
async function buildEach(options: Omit<SplitBuildOptions, 'merge' | 'of'>, shards: Shard[]): Promise<ShardRun[]> {
  const runs: ShardRun[] = [];
  for (const shard of shards) runs.push(await buildShard(options, shard));
  return runs;
}

/**
 * Builds the site as `of` shards, one after the other, each in a process of its own (`SHARD=i/of`), so that no
 * process holds more than a shard's pages, then merges them into the merge's `outDir`: byte for byte a one-process
 * build. Each shard keeps its own Astro cache, so the next build of the same split copies what did not change.
 * Returns each shard's cost and the pages merged.
 */
export async function splitBuild(options: SplitBuildOptions): Promise<{ runs: ShardRun[]; pages: number }> {
  const shards = Array.from({ length: options.of }, (_, i) => ({ index: i + 1, of: options.of }));
  const runs = await buildEach(options, shards);
  const { pages } = await mergeShards(
    runs.map((run) => run.outDir),
    { ...options.merge, move: true },
  );
  for (const run of runs) rmSync(run.outDir, { recursive: true, force: true });
  return { runs, pages };
}

/**
 * The shards of a finer split that together build what `shard` builds: shard i of n is shards i, i + n, … of n·k,
 * since a page's shard is a hash of its key modulo the number of shards (`shardOfKey`).
 */
export function subShards(shard: Shard, k: number): Shard[] {
  return Array.from({ length: k }, (_, j) => ({ index: shard.index + shard.of * j, of: shard.of * k }));
}

/**
 * Builds `shard` of a split across machines (a CI job's `SHARD=i/n`) in `k` processes, one after the other
 * (`subShards`), and joins their pages into `outDir` as that shard's output: the same files and manifest as one
 * process's build of the shard, with the peak memory of a k-th of it. `outDir` is replaced only once the join has
 * succeeded.
 */
export async function splitShard(
  options: Omit<SplitBuildOptions, 'merge' | 'of'> & { shard: Shard; k: number; outDir: string },
): Promise<{ runs: ShardRun[]; pages: number }> {
  const runs = await buildEach(options, subShards(options.shard, options.k));
  const dirs = runs.map((run) => run.outDir);
  const pages = [...new Set(dirs.flatMap((dir) => readManifest(dir).pages))].sort();
  const joining = `${options.outDir}.joining`;
  rmSync(joining, { recursive: true, force: true });
  try {
    copyShards(dirs, joining, true);
    const { index, of } = options.shard;
    writeManifest(joining, { index, of, ...buildInputs(options.root), pages });
    const old = `${options.outDir}.replaced`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(options.outDir)) renameSync(options.outDir, old);
    renameSync(joining, options.outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(joining, { recursive: true, force: true });
    throw error;
  }
  return { runs, pages: pages.length };
}
