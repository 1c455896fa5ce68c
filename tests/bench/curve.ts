/**
 * `npm run bench:curve [-- --stories 1000,2500 --seed S --one-process true]`: how a build grows with the archive. For
 * each size (stories per language), builds a synthetic corpus from empty caches three ways: the plain Astro baseline
 * (`tests/bench/baseline/`), the site in one process (`astro build`), and the site as `npm run build` builds it
 * (above `filesPerProcess` content files, shards one after the other and a merge). Reports wall time, pages per
 * second and peak memory, checks that the two site builds are byte for byte the same, and writes the curve to
 * `docs/performance.md`. `--one-process false` skips the one-process build (for sizes one process cannot build).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchProject, cachesIn, countPages, differences, siteFiles, timedBuild } from './bench-builds.ts';
import { generateCorpus } from './corpus.ts';
import { writeDocsSection } from './docs-section.ts';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000,2500' },
    seed: { type: 'string', default: '1' },
    'one-process': { type: 'string', default: 'true' },
  },
});
const sizes = values.stories.split(',').map(Number);
const oneProcess = values['one-process'] !== 'false';

interface Row {
  stories: number;
  build: string;
  pages: number;
  ms: number;
  maxRssMiB: number;
  shards: number;
}

const rows: Row[] = [];
const notes: string[] = [];
for (const storiesPerLocale of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'bench-curve-'));
  const corpus = join(work, 'corpus');
  generateCorpus({ dir: corpus, storiesPerLocale, seed: Number(values.seed) });
  const site = benchProject(
    work,
    'site',
    corpus,
    siteFiles.map((entry) => [entry, entry]),
  );
  const baseline = benchProject(work, 'baseline', corpus, [['tests/bench/baseline', '.']]);
  mkdirSync(join(work, 'out'));
  /** A cold build of `root` (new cache folders); its output moved to `work/out`. */
  const cold = (build: string, root: string, out: string, env: Record<string, string> = {}) => {
    const result = timedBuild(build, root, cachesIn(join(work, 'caches', out)), env);
    renameSync(join(root, 'dist'), join(work, 'out', out));
    const row = { ...result, stories: storiesPerLocale, build, pages: countPages(join(work, 'out', out)) };
    rows.push(row);
    console.log(
      `${storiesPerLocale}/lang ${build}: ${(row.ms / 1000).toFixed(1)} s, ${row.pages} pages, ` +
        `${row.maxRssMiB.toFixed(0)} MiB, ${row.shards} shard(s)` +
        (row.shards > 1 ? ` (shards up to ${result.shardsMaxRssMiB.toFixed(0)} MiB, the merge the rest)` : ''),
    );
    return row;
  };
  cold('plain Astro', baseline, 'baseline');
  if (oneProcess) cold('site, one process', site, 'one-process');
  const split = cold('site, `npm run build`', site, 'split', { SPLIT_BUILD: 'auto' });
  if (oneProcess && split.shards > 1) {
    const diff = differences(join(work, 'out/one-process'), join(work, 'out/split'));
    notes.push(
      diff.length === 0
        ? `${storiesPerLocale} stories per language: the split build is byte for byte the one-process build's.`
        : `**${storiesPerLocale} stories per language: the split build differs** in ${diff.length} files: ${diff.slice(0, 5).join(', ')}.`,
    );
    if (diff.length > 0) process.exitCode = 1;
  }
  rmSync(work, { recursive: true, force: true });
}

const report = [
  `Built by \`npm run bench:curve -- --stories ${values.stories}${oneProcess ? '' : ' --one-process false'}\` on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; every build from empty caches.`,
  '',
  '| stories per language | build | HTML pages | processes | wall time (s) | pages/s | peak memory (MiB) |',
  '| --: | --- | --: | --: | --: | --: | --: |',
  ...rows.map(
    (row) =>
      `| ${row.stories} | ${row.build} | ${row.pages} | ${row.shards} | ${(row.ms / 1000).toFixed(1)} | ${(row.pages / (row.ms / 1000)).toFixed(0)} | ${row.maxRssMiB.toFixed(0)} |`,
  ),
  '',
  ...notes,
].join('\n');
console.log(`\n${report}`);
await writeDocsSection('curve', report);
