/**
 * Builds one Astro project in this process and prints what it cost:
 * `{ "ms": wall time, "maxRssMiB": peak resident memory }`. Run as a child
 * process so each build's memory is its own. With `SPLIT_BUILD=auto` (or a
 * number of shards), builds the site as `npm run build` does an archive
 * too large for one process: shards one after the other, then the merge; the
 * peak is then the highest of any shard's process and this one's (the merge).
 */
import { build } from 'astro';

const [root, cacheDir] = process.argv.slice(2);
if (!root) throw new Error('usage: node tests/bench/build-once.ts <project root> [cache dir]');
const split = process.env.SPLIT_BUILD;
const started = performance.now();
let shardsMaxRssMiB = 0;
let shards = 1;
/** A module of the project being built (not of this checkout): its own code builds it. */
const project = (path: string) => import(new URL(path, `file://${root}/`).href);
if (split) {
  const { shardsFor } = await project('src/integrations/shards/split-build.ts');
  const { site } = await project('src/site.config.ts');
  const { contentIndex } = await project('src/content-index/content-index.ts');
  shards =
    split === 'auto'
      ? shardsFor(contentIndex(`${root}/content`).pieces.length, site.build.filesPerProcess)
      : Number(split);
}
if (shards > 1) {
  const { splitBuild } = await project('src/integrations/shards/split-build.ts');
  const { mergeOptions } = await project('src/cli/merge-options.ts');
  const { runs } = await splitBuild({
    root,
    of: shards,
    cacheDir,
    force: false,
    clock: process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 1000)),
    merge: mergeOptions(),
  });
  shardsMaxRssMiB = Math.max(...runs.map((run: { maxRssMiB: number }) => run.maxRssMiB));
} else {
  await build({ root, logLevel: 'error', ...(cacheDir ? { cacheDir } : {}) });
}
const ms = performance.now() - started;
const maxRssMiB = Math.max(process.resourceUsage().maxRSS / 1024, shardsMaxRssMiB);
console.log(JSON.stringify({ ms, maxRssMiB, shards }));
