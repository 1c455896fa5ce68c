/** One measured build. */
export interface BuildResult {
  label: string;
  ms: number;
  maxRssMiB: number;
  pages: number;
  /** Preview images drawn (not taken from the cache) during this build. */
  imagesRendered: number;
}

interface ReportContext {
  command: string;
  machine: string;
  stories: number;
  /** How many times each build was repeated; the table gives medians. */
  runs?: number;
  /** The rebuilds checked against a clean build of the same content, with the files that differed. */
  cleanChecks?: CleanCheck[];
}

/** A rebuild checked against a clean build of the same content: the files that differed, none when the same. */
export interface CleanCheck {
  label: string;
  differences: string[];
}

/**
 * One result per build from several rounds of the same builds in the same
 * order: each build's median wall time (the middle round, or the mean of the
 * two middle ones), with the highest peak memory of any round, so that a
 * memory limit is checked against the worst round.
 */
export function medianResults(rounds: BuildResult[][]): BuildResult[] {
  return rounds[0]!.map((_, index) => {
    const runs = rounds.map((round) => round[index]!).sort((a, b) => a.ms - b.ms);
    const middle = runs[Math.floor((runs.length - 1) / 2)]!;
    const ms = runs.length % 2 === 1 ? middle.ms : (middle.ms + runs[runs.length / 2]!.ms) / 2;
    return { ...middle, ms, maxRssMiB: Math.max(...runs.map((run) => run.maxRssMiB)) };
  });
}

/** The mean wall time of the baseline builds: what every ratio divides by. */
function meanBaselineMs(results: BuildResult[]): number {
  const baselines = results.filter((result) => result.label.startsWith('baseline'));
  return baselines.reduce((sum, result) => sum + result.ms, 0) / baselines.length;
}

/** One of the targets, checked against a run. */
interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/**
 * The targets the build must meet, measured as ratios within one run, and, with `cleanChecks`, that every rebuild
 * checked wrote what a clean build writes.
 */
export function checkTargets(results: BuildResult[], cleanChecks: CleanCheck[] = []): TargetCheck[] {
  const baselineMs = meanBaselineMs(results);
  const find = (prefix: string) => results.find((result) => result.label.startsWith(prefix));
  const cold = find(rebuildLabels.cold);
  const sites = results.filter((result) => result.label.startsWith('site'));
  const peak = Math.max(...sites.map((result) => result.maxRssMiB));
  const checks: TargetCheck[] = [];
  const same = find(rebuildLabels.same);
  if (same) {
    const ratio = same.ms / baselineMs;
    checks.push({ target: 'nothing changed ≤ 1.3× baseline', measured: `${ratio.toFixed(2)}×`, met: ratio <= 1.3 });
  }
  if (cold) {
    const ratio = cold.ms / baselineMs;
    checks.push({ target: 'cold ≤ 3× baseline', measured: `${ratio.toFixed(2)}×`, met: ratio <= 3 });
    for (const { label, limit, images } of rebuildTargets) {
      const rebuild = find(label);
      if (!rebuild) continue;
      const ratio = rebuild.ms / cold.ms;
      const name = label.replace(/^site, /, '');
      checks.push(
        { target: `${name} ≤ ${limit}× cold`, measured: `${ratio.toFixed(2)}×`, met: ratio <= limit },
        {
          target: `${name}: at most ${images} preview image(s) drawn`,
          measured: `${rebuild.imagesRendered}`,
          met: rebuild.imagesRendered <= images,
        },
        {
          target: `${name}: peak memory ≤ the cold build's`,
          measured: `${rebuild.maxRssMiB.toFixed(0)} MiB`,
          met: rebuild.maxRssMiB <= cold.maxRssMiB,
        },
      );
    }
  }
  checks.push({ target: 'peak memory ≤ 2 GiB', measured: `${peak.toFixed(0)} MiB`, met: peak <= 2048 });
  if (cleanChecks.length > 0) {
    const differing = cleanChecks.filter(({ differences }) => differences.length > 0);
    checks.push({
      target: "after each rebuild, dist/ the same bytes as a clean build's",
      measured:
        differing.length === 0
          ? `${cleanChecks.length} of ${cleanChecks.length}`
          : differing.map(({ label, differences }) => `${label}: ${differences.slice(0, 3).join(', ')}`).join('; '),
      met: differing.length === 0,
    });
  }
  return checks;
}

/** The site's builds in a round, by what they start from. */
export const rebuildLabels = {
  cold: 'site, cold (empty caches)',
  same: 'site, nothing changed',
  body: 'site, one paragraph added to one story',
  headline: 'site, one story’s headline changed',
  story: 'site, one new story',
} as const;

/**
 * The rebuilds' limits, as ratios to the cold build, and the most preview cards each may draw: the edited story's
 * card; for a new story, its card and that of a list page it may add (the archive's last page).
 */
const rebuildTargets = [
  { label: rebuildLabels.same, limit: 0.15, images: 0 },
  { label: rebuildLabels.body, limit: 0.25, images: 0 },
  { label: rebuildLabels.headline, limit: 0.3, images: 1 },
  { label: rebuildLabels.story, limit: 0.3, images: 2 },
];

/** The benchmark's results as Markdown: a table, the ratios to the baseline, the targets, the machine and the command. */
export function benchReport(
  results: BuildResult[],
  { command, machine, stories, runs = 1, cleanChecks = [] }: ReportContext,
): string {
  const baselineMs = meanBaselineMs(results);
  const coldMs = results.find((result) => result.label === rebuildLabels.cold)?.ms;
  const rows = results.map((result) =>
    [
      result.label,
      (result.ms / 1000).toFixed(1),
      ((result.pages * 1000) / result.ms).toFixed(0),
      result.pages,
      result.maxRssMiB.toFixed(0),
      (result.ms / baselineMs).toFixed(2),
      result.label.startsWith('site') && coldMs ? (result.ms / coldMs).toFixed(2) : '',
      result.label.startsWith('baseline') ? '' : result.imagesRendered,
    ].join(' | '),
  );
  const targets = checkTargets(results, cleanChecks).map(
    ({ target, measured, met }) => `| ${target} | ${measured} | ${met ? 'met' : '**missed**'} |`,
  );
  return [
    '### Results',
    '',
    `${stories} synthetic stories (half Bengali, half English), built by \`${command}\` on ${machine}.`,
    'The baseline is plain Astro 7 + MDX rendering the same stories with one bare layout (`tests/bench/baseline/`);',
    'the site builds them with everything: OG images, feeds, sitemap, search index, font subsets and the rest.',
    'Each cold build starts from new, empty cache folders, as on a fresh checkout. The builds after it keep what the',
    "last one left (the record of the last build, Astro's incremental build record and its pages, the pieces' HTML",
    'and compiled MDX, preview cards, font subsets, the search index), first with nothing changed (the build finds',
    'every input and dist/ as the last one left them, and stops), then after each of three edits in turn: a paragraph',
    'added to one Bengali story, the headline of one English story, one new Bengali story (all put back at the end of',
    'the round).',
    'Each build runs in its own process; "× baseline" divides by the mean of the two baseline builds, "× cold" by',
    "the site's cold build in the same round.",
    ...(runs > 1
      ? [
          `Each build ran ${runs} times, alternating as above: wall time and pages per second are the median,`,
          'peak memory the highest of any round.',
        ]
      : []),
    ...(cleanChecks.length > 0
      ? [
          "After each rebuild of the first round, every file of dist/ was compared with a clean build's (empty caches,",
          'the same content and clock), built after the timed builds.',
        ]
      : []),
    '',
    '| build | wall (s) | pages/s | pages | peak memory (MiB) | × baseline | × cold | OG images drawn |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...targets,
    '',
  ].join('\n');
}
