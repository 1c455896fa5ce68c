import { fork } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { bodyInPlace, type ContentIndex } from '../../content-index/content-index.ts';
import { isPlainMarkdown } from '../../content-index/plain-markdown.ts';
import { mergeShards, type MergeOptions } from './merge.ts';
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

/** An archive's weight in a build's memory: one for each plain piece, `mdxPieceWeight` for each piece with components. */
export function archiveLoad(index: ContentIndex): number {
  return index.pieces.reduce(
    (load, piece) => load + (isPlainMarkdown(bodyInPlace(piece.source)) ? 1 : mdxPieceWeight),
    0,
  );
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

/** Runs `src/cli/build-shard.ts` for one shard in a child process; resolves with its cost, rejects when it fails. */
function buildShard(options: SplitBuildOptions, shard: Shard): Promise<ShardRun> {
  const { root, force } = options;
  const outDir = shardOutDir(root, shard);
  const cacheDir = join(options.cacheDir, `shard-${shard.index}-of-${shard.of}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let maxRssMiB = 0;
    const child = fork(join(root, 'src/cli/build-shard.ts'), [outDir, cacheDir, ...(force ? ['--force'] : [])], {
      env: { ...process.env, SHARD: `${shard.index}/${shard.of}`, SOURCE_DATE_EPOCH: options.clock },
      stdio: 'inherit',
    });
    child.on('message', (message: { maxRssMiB: number }) => (maxRssMiB = message.maxRssMiB));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve({ ...shard, outDir, ms: performance.now() - started, maxRssMiB });
      else reject(new Error(`shard ${shard.index}/${shard.of} failed (exit code ${code}); its log is above.`));
    });
  });
}

/**
 * Builds the site as `of` shards, one after the other, each in a process of its own (`SHARD=i/of`), so that no
 * process holds more than a shard's pages, then merges them into the merge's `outDir`: byte for byte a one-process
 * build. Each shard keeps its own Astro cache, so the next build of the same split copies what did not change.
 * Returns each shard's cost and the pages merged.
 */
export async function splitBuild(options: SplitBuildOptions): Promise<{ runs: ShardRun[]; pages: number }> {
  const runs: ShardRun[] = [];
  for (let index = 1; index <= options.of; index += 1) runs.push(await buildShard(options, { index, of: options.of }));
  const { pages } = await mergeShards(
    runs.map((run) => run.outDir),
    { ...options.merge, move: true },
  );
  for (const run of runs) rmSync(run.outDir, { recursive: true, force: true });
  return { runs, pages };
}
