/**
 * `npm run bench:shards [-- --stories N --shards K --seed S --whole false]`: builds a synthetic corpus whole and in K
 * shards (`SHARD=i/K`, each from empty caches, as a fresh CI runner), merges the shards, and checks that the merged
 * site is byte for byte the whole build's. Reports each build's pages, wall time and peak memory, and the shards'
 * fixed start-up cost; writes the results to `docs/performance.md`. `--whole false` skips the whole build (for
 * archives one machine cannot build in one go).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchProject, cachesIn, countPages, differences, files, siteFiles, timedBuild } from './bench-builds.ts';
import { generateCorpus } from './corpus.ts';
import { writeDocsSection } from './docs-section.ts';

const repo = new URL('../../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    shards: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    whole: { type: 'string', default: 'true' },
  },
});
const storiesPerLocale = Number(values.stories);
const shards = Number(values.shards);
const whole = values.whole !== 'false';

const work = mkdtempSync(join(tmpdir(), 'bench-shards-'));
const corpus = join(work, 'corpus');
generateCorpus({ dir: corpus, storiesPerLocale, seed: Number(values.seed) });
const site = benchProject(
  work,
  'site',
  corpus,
  siteFiles.map((entry) => [entry, entry]),
);

interface Row {
  label: string;
  pages: number;
  ms: number;
  maxRssMiB: number;
}

/** A cold build of the site (new cache folders), its output moved to `work/out`. */
function coldBuild(label: string, out: string, env: Record<string, string> = {}): Row {
  const result = timedBuild(label, site, cachesIn(join(work, 'caches', out)), env);
  renameSync(join(site, 'dist'), join(work, out));
  const row = { ...result, pages: countPages(join(work, out)) };
  console.log(`${label}: ${(row.ms / 1000).toFixed(1)} s, ${row.pages} pages, ${row.maxRssMiB.toFixed(0)} MiB`);
  return row;
}

const rows: Row[] = [];
if (whole) rows.push(coldBuild('whole build', 'whole'));
const shardDirs = Array.from({ length: shards }, (_, i) => `shard-${i + 1}`);
shardDirs.forEach((dir, i) => rows.push(coldBuild(`shard ${i + 1}/${shards}`, dir, { SHARD: `${i + 1}/${shards}` })));

const mergeCaches = cachesIn(join(work, 'caches', 'merge'));
const started = performance.now();
const merge = spawnSync(
  process.execPath,
  [join(repo, 'tests/bench/merge-once.ts'), site, ...shardDirs.map((dir) => join(work, dir))],
  {
    encoding: 'utf8',
    env: { ...process.env, FONT_CACHE_DIR: mergeCaches.font, SEARCH_INDEX_CACHE_DIR: mergeCaches.search },
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (merge.status !== 0) throw new Error(`The merge failed:\n${merge.stderr}\n${merge.stdout}`);
const merged = JSON.parse(merge.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssMiB: number };
rows.push({ label: 'merge', pages: countPages(join(site, 'dist')), ...merged });
console.log(
  `merge: ${(merged.ms / 1000).toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s with start-up)`,
);

const wholeRow = whole ? rows[0] : undefined;
const diff = wholeRow ? differences(join(work, 'whole'), join(site, 'dist')) : [];
const shardRows = rows.filter((row) => row.label.startsWith('shard'));
const meanShardMs = shardRows.reduce((sum, row) => sum + row.ms, 0) / shards;
const table = rows.map((row) =>
  [
    row.label,
    row.pages,
    wholeRow ? `${((row.pages / wholeRow.pages) * 100).toFixed(0)} %` : '',
    (row.ms / 1000).toFixed(1),
    wholeRow ? (row.ms / wholeRow.ms).toFixed(2) : '',
    row.maxRssMiB.toFixed(0),
  ].join(' | '),
);
const report = [
  `### ${storiesPerLocale * 2} stories in ${shards} shards`,
  '',
  `${storiesPerLocale * 2} synthetic stories (half Bengali, half English), built by \`npm run bench:shards -- --stories ${storiesPerLocale} --shards ${shards}${whole ? '' : ' --whole false'}\` on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  'Every build starts from empty caches, as on a fresh CI runner; the merge too. Pages are HTML pages in the output',
  '(a shard also builds the pages without parameters: `/`, the 404 page).',
  '',
  '| build | HTML pages | share | wall time (s) | × whole | peak memory (MiB) |',
  '| --- | --: | --: | --: | --: | --: |',
  ...table.map((row) => `| ${row} |`),
  '',
  wholeRow
    ? diff.length === 0
      ? `The merged site is byte for byte the whole build's (${files(join(site, 'dist')).length} files).`
      : `**The merged site differs from the whole build** in ${diff.length} files: ${diff.slice(0, 10).join(', ')}.`
    : 'No whole build to compare with.',
  ...(wholeRow
    ? [
        `A shard took ${(meanShardMs / 1000).toFixed(1)} s on average, ${(meanShardMs / (wholeRow.ms / shards)).toFixed(2)}× a ${shards}th of ` +
          "the whole build: each starts Astro, bundles the site's code and reads every piece's frontmatter, but leaves " +
          'the site-wide outputs (sitemaps, font subsets, `_headers`, search index) to the merge.',
      ]
    : []),
].join('\n');
console.log(`\n${report}`);
if (storiesPerLocale >= 1000) await writeDocsSection(`shards-${storiesPerLocale}`, report);
rmSync(work, { recursive: true, force: true });
if (diff.length > 0) process.exitCode = 1;
