/**
 * `npm run build [-- astro build flags]`: builds the site into `dist/`. An archive that weighs up to
 * `site.build.filesPerProcess` (a plain piece counts one, a piece with components five: `archiveLoad`) is one
 * `astro build`; a heavier one is built in shards one after the other, each in a process of its own, and merged: the
 * same bytes as one build, with the peak memory of one shard (`src/integrations/shards/README.md`).
 * `BUILD_SHARDS=n` sets the number of processes. With `SHARD=i/n` set (a CI matrix job) this builds that shard: in
 * one `astro build`, or, when the shard weighs more than one process takes, in several, joined into the one shard
 * output the merge expects. A build whose inputs are those of the last one, and whose `dist/` is as that one left
 * it, keeps `dist/` and stops (`src/integrations/incremental/unchanged-build.ts`).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentIndex } from '../content-index/content-index.ts';
import { buildUnlessUnchanged } from '../integrations/incremental/unchanged-build.ts';
import { ranOutOfHeap, shardHeapArgs, shardHeapMiB } from '../integrations/shards/heap-limit.ts';
import { buildsKey, pieceKey, shardFromEnv } from '../integrations/shards/shard.ts';
import { archiveLoad, shardsFor, splitBuild, splitShard, type ShardRun } from '../integrations/shards/split-build.ts';
import { site } from '../site.config.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The number of shards `BUILD_SHARDS` asks for, or `undefined`; anything but a whole number from 1 is an error. */
function shardsFromEnv(value = process.env.BUILD_SHARDS): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value.trim())) throw new Error(`BUILD_SHARDS="${value}": expected a whole number from 1.`);
  return Number(value);
}

/**
 * `astro build` with `args`, as the CLI runs it; exits with its status when it fails. A CI job's shard is built with
 * its heap limited, and again without the limit if it runs out of it (`heap-limit.ts`).
 */
function astroBuild(args: string[]): void {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const run = (node: string[]) =>
    spawnSync(process.execPath, [...node, astro, 'build', ...args], { stdio: 'inherit', cwd: projectRoot });
  const limit = shard ? shardHeapArgs() : [];
  let { status, signal } = run(limit);
  if (limit.length > 0 && ranOutOfHeap(status, signal)) {
    console.log(`The shard ran out of its ${shardHeapMiB} MiB heap: building it again without the limit.`);
    ({ status, signal } = run([]));
  }
  if (status !== 0) process.exit(status ?? 1);
}

const args = process.argv.slice(2);
const index = contentIndex(join(projectRoot, 'content'));
/** A CI job's shard (`SHARD=i/n`), or none for the whole site. */
const shard = shardFromEnv();
const load = archiveLoad(index, (piece) => buildsKey(pieceKey(piece.collection, piece.slug), shard));
/** How many processes build it, one after the other. */
const processes = shardsFromEnv() ?? shardsFor(load, site.build.filesPerProcess);
const cacheDir = join(projectRoot, 'node_modules/.astro');
// One clock for every process, as in the CI workflow: the news sitemap lists what is recent at that moment.
const clock = process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 1000));

/** Prints what each process of a split build cost. */
function report(runs: ShardRun[]): void {
  for (const run of runs) {
    const seconds = (run.ms / 1000).toFixed(1);
    console.log(`shard ${run.index}/${run.of}: ${seconds} s, peak memory ${run.maxRssMiB.toFixed(0)} MiB`);
  }
}

/** The build itself: one `astro build`, or shards one after the other, then their merge (or join, for a shard). */
async function buildSite(): Promise<void> {
  if (processes === 1) {
    astroBuild(args);
    return;
  }
  const unsupported = args.filter((arg) => arg !== '--force');
  if (unsupported.length > 0) throw new Error(`A split build takes only --force, not ${unsupported.join(' ')}.`);
  const force = args.includes('--force');
  if (shard) {
    console.log(
      `Shard ${shard.index}/${shard.of}, weighing ${load}: building it in ${processes} processes, then joining them.`,
    );
    const outDir = join(projectRoot, 'dist');
    const { runs, pages } = await splitShard({
      root: projectRoot,
      cacheDir,
      force,
      clock,
      shard,
      k: processes,
      outDir,
    });
    report(runs);
    console.log(`Joined ${processes} processes: shard ${shard.index}/${shard.of}, ${pages} pages in dist/`);
    return;
  }
  console.log(
    `${index.pieces.length} content files: building in ${processes} shards, one after the other, then merging.`,
  );
  // The merge reads the Astro config, which a one-process build leaves to Astro.
  const { mergeOptions } = await import('./merge-options.ts');
  const { runs, pages } = await splitBuild({
    root: projectRoot,
    of: processes,
    cacheDir,
    force,
    clock,
    merge: mergeOptions(),
  });
  report(runs);
  console.log(`Merged ${processes} shards: ${pages} pages in dist/`);
}

const built = await buildUnlessUnchanged(
  { root: projectRoot, cacheDir, args, force: args.includes('--force') },
  buildSite,
);
if (!built) {
  console.log('Nothing changed since the last build (content, code, config, clock, dist/): dist/ is kept as it is.');
}
