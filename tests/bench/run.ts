/**
 * `npm run bench [-- --stories N --seed S --runs R]`: builds a synthetic corpus with
 * the site's real pipeline and, alternating, with the plain Astro baseline in
 * `tests/bench/baseline/`; reports wall time, pages per second, peak memory
 * and ratios, and the rebuilds after a newsroom's edits (nothing changed, a
 * paragraph, a headline, a new story) as ratios to the cold build. With
 * `--runs`, the round is repeated and each build's median is reported. After each rebuild of the first round, `dist/`
 * is checked against a clean build of the same content (`clean-check.ts`). Writes the results to
 * `docs/performance.md` and prints them.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  benchProject,
  cachesIn,
  countFiles,
  countPages,
  siteDigests,
  siteFiles,
  timedBuild,
  type Caches,
} from './bench-builds.ts';
import { checkAgainstCleanBuilds, noteRebuild, type RebuiltSite } from './clean-check.ts';
import { generateCorpus } from './corpus.ts';
import { writeDocsSection } from './docs-section.ts';
import { benchReport, medianResults, rebuildLabels, type BuildResult } from './report.ts';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
  },
});
const storiesPerLocale = Number(values.stories);
const seed = Number(values.seed);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of 1 or more, not ${values.runs}`);

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const corpus = join(work, 'corpus');
generateCorpus({ dir: corpus, storiesPerLocale, seed });

const site = benchProject(
  work,
  'site',
  corpus,
  siteFiles.map((entry) => [entry, entry]),
);
const baseline = benchProject(work, 'baseline', corpus, [['tests/bench/baseline', '.']]);
// One clock for every build of the site, so that a rebuild and the clean build it is checked against date alike.
const clock = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };

/**
 * Each cold build gets new, empty cache folders, and the builds after it use
 * them; the old ones are removed with the rest at the end. Deleting them
 * right before a cold build would charge it for the deletion: on a file
 * system without a journal (this machine's ext4), every file created within
 * about 30 s of thousands being deleted nearby skips over each of them, and
 * the site's caches hold some 6000 files to the baseline's few.
 */
const caches = new Map<string, Caches>();
let coldBuilds = 0;
function freshCaches(root: string): Caches {
  return cachesIn(join(work, 'caches', `${relative(work, root)}-${++coldBuilds}`));
}

/** One build in a child process, with its project's cache folders: new ones when `cold`. */
function buildOnce(label: string, root: string, { cold }: { cold: boolean }): BuildResult {
  if (cold || !caches.has(root)) caches.set(root, freshCaches(root));
  const cache = caches.get(root)!;
  const imagesBefore = countFiles(cache.og);
  const { ms, maxRssMiB } = timedBuild(label, root, cache, root === site ? clock : {});
  const pages = countPages(join(root, 'dist'));
  const result = {
    label,
    ms,
    maxRssMiB,
    pages,
    imagesRendered: root === site ? countFiles(cache.og) - imagesBefore : 0,
  };
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s, ${pages} pages, ${maxRssMiB.toFixed(0)} MiB`);
  return result;
}

/** A generated story's file in the site's copy of the corpus. */
const storyFile = (lang: 'bn' | 'en', index: number) =>
  join(site, 'content', 'stories', lang, `story-${String(index).padStart(5, '0')}.mdx`);

/**
 * The edits a newsroom makes all day, each followed by a build: a paragraph added to one Bengali story, the
 * headline of one English story changed, one new Bengali story. All are put back after, so that every round
 * builds the same files. Each rebuild is added to `checked`, when given, to be compared with a clean build.
 */
function rebuildsAfterEdits(checked?: RebuiltSite[]): BuildResult[] {
  const rebuild = (label: string) => {
    const result = buildOnce(label, site, { cold: false });
    if (checked) noteRebuild(work, site, label, checked);
    return result;
  };
  const body = storyFile('bn', 7);
  const headline = storyFile('en', 9);
  const added = storyFile('bn', storiesPerLocale + 1);
  const originals = [body, headline].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  try {
    appendFileSync(body, '\n\nএকটি নতুন অনুচ্ছেদ, বেঞ্চমার্কের জন্য।\n');
    const results = [rebuild(rebuildLabels.body)];
    writeFileSync(headline, originals[1]!.text.replace(/^title: (['"]?)(.*)\1$/m, 'title: $1$2 (edited)$1'));
    results.push(rebuild(rebuildLabels.headline));
    writeFileSync(
      added,
      readFileSync(storyFile('bn', 3), 'utf8')
        .replace(/^title: .*$/m, "title: 'বেঞ্চমার্কের নতুন খবর'")
        .replace(/^pubDate: .*$/m, 'pubDate: 2026-10-30'),
    );
    results.push(rebuild(rebuildLabels.story));
    return results;
  } finally {
    for (const { path, text } of originals) writeFileSync(path, text);
    rmSync(added, { force: true });
  }
}

/** One round of the builds; the first also notes each rebuild in `checked`, the cold build standing for its own content. */
function round(checked?: RebuiltSite[]): BuildResult[] {
  const results = [
    buildOnce('baseline (cold)', baseline, { cold: true }),
    buildOnce(rebuildLabels.cold, site, { cold: true }),
  ];
  const cold = checked ? siteDigests(join(site, 'dist')) : undefined;
  results.push(
    buildOnce('baseline (warm)', baseline, { cold: false }),
    buildOnce(rebuildLabels.same, site, { cold: false }),
  );
  if (checked) noteRebuild(work, site, rebuildLabels.same, checked, cold);
  return [...results, ...rebuildsAfterEdits(checked)];
}

// On a noisy machine one build can be seconds off: `--runs N` repeats the alternation and reports medians.
const checked: RebuiltSite[] = [];
const rounds = Array.from({ length: runs }, (_, index) => round(index === 0 ? checked : undefined));
const results = medianResults(rounds);
const cleanChecks = checkAgainstCleanBuilds(work, checked, clock);

const report = benchReport(results, {
  command: `npm run bench -- --stories ${storiesPerLocale} --seed ${seed}${runs > 1 ? ` --runs ${runs}` : ''}`,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  stories: storiesPerLocale * 2,
  runs,
  cleanChecks,
});
console.log(`\n${report}`);
// Only the full-size run stands for the site in the docs.
if (storiesPerLocale >= 1000) await writeDocsSection('bench', report);
rmSync(work, { recursive: true, force: true });
