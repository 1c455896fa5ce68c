/**
 * Builds one Astro project in this process and prints what it cost:
 * `{ "ms": wall time, "maxRssMiB": peak resident memory }`. Run as a child
 * process so each build's memory is its own. With `SPLIT_BUILD=auto` (or a
 * number of shards), builds the site as `npm run build` does an archive
 * too large for one process: shards one after the other, then the merge; the
 * peak is then the highest of any shard's process and this one's (the merge). The site's build keeps `dist/`
 * when nothing changed since its last build, as `npm run build` does.
 */
import { existsSync } from 'node:fs';
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
  const astroBuild = () => build({ root, logLevel: 'error', ...(cacheDir ? { cacheDir } : {}) });
  // The site's `npm run build` keeps dist/ when nothing changed since its last build; the baseline has no such step.
  const unchanged = new URL('src/integrations/incremental/unchanged-build.ts', `file://${root}/`);
  if (cacheDir && existsSync(unchanged)) {
    const { buildUnlessUnchanged } = await import(unchanged.href);
    await buildUnlessUnchanged({ root, cacheDir, args: [], force: false }, astroBuild);
  } else {
    await astroBuild();
  }
}
const ms = performance.now() - started;
const ownMaxRssMiB = process.resourceUsage().maxRSS / 1024;
const maxRssMiB = Math.max(ownMaxRssMiB, shardsMaxRssMiB);
// In a split build, the shards' highest peak and this process's own (the merge) apart too.
console.log(JSON.stringify({ ms, maxRssMiB, shards, shardsMaxRssMiB, ownMaxRssMiB }));
