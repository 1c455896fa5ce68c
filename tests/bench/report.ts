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

/** The targets the build must meet, measured as ratios within one run. */
export function checkTargets(results: BuildResult[]): TargetCheck[] {
  const baselineMs = meanBaselineMs(results);
  const find = (prefix: string) => results.find((result) => result.label.startsWith(prefix));
  const cold = find('site, cold');
  const warm = find('site, warm');
  const rebuild = find('site, rebuild');
  const sites = results.filter((result) => result.label.startsWith('site'));
  const peak = Math.max(...sites.map((result) => result.maxRssMiB));
  const checks: TargetCheck[] = [];
  if (warm) {
    const ratio = warm.ms / baselineMs;
    checks.push({ target: 'warm OG cache ≤ 1.3× baseline', measured: `${ratio.toFixed(2)}×`, met: ratio <= 1.3 });
  }
  if (cold) {
    const ratio = cold.ms / baselineMs;
    checks.push({ target: 'cold ≤ 3× baseline', measured: `${ratio.toFixed(2)}×`, met: ratio <= 3 });
  }
  if (rebuild && cold) {
    const ratio = rebuild.ms / cold.ms;
    checks.push(
      {
        target: 'rebuild after one edit redraws one pair of OG images',
        measured: `${rebuild.imagesRendered} drawn`,
        met: rebuild.imagesRendered === 2,
      },
      { target: 'rebuild ≤ 0.8× cold', measured: `${ratio.toFixed(2)}×`, met: ratio <= 0.8 },
    );
  }
  checks.push({ target: 'peak memory ≤ 2 GiB', measured: `${peak.toFixed(0)} MiB`, met: peak <= 2048 });
  return checks;
}

/** The benchmark's results as Markdown: a table, the ratios to the baseline, the targets, the machine and the command. */
export function benchReport(results: BuildResult[], { command, machine, stories, runs = 1 }: ReportContext): string {
  const baselineMs = meanBaselineMs(results);
  const rows = results.map((result) =>
    [
      result.label,
      (result.ms / 1000).toFixed(1),
      ((result.pages * 1000) / result.ms).toFixed(0),
      result.pages,
      result.maxRssMiB.toFixed(0),
      (result.ms / baselineMs).toFixed(2),
      result.label.startsWith('baseline') ? '' : result.imagesRendered,
    ].join(' | '),
  );
  const targets = checkTargets(results).map(
    ({ target, measured, met }) => `| ${target} | ${measured} | ${met ? 'met' : '**missed**'} |`,
  );
  return [
    '### Results',
    '',
    `${stories} synthetic stories (half Bengali, half English), built by \`${command}\` on ${machine}.`,
    'The baseline is plain Astro 7 + MDX rendering the same stories with one bare layout (`tests/bench/baseline/`);',
    'the site builds them with everything: OG images, feeds, sitemap, search index, font subsets and the rest.',
    'Each cold build starts from new, empty cache folders, as on a fresh checkout; the warm build after it keeps what',
    "it left (preview cards, font subsets, Astro's incremental build cache, the search index) and changes nothing;",
    'the rebuild after an edit (one story, in both languages, put back after) renders every page and indexes again.',
    'Runs alternate, each build in its own process; "× baseline" divides by the mean of the two baseline builds.',
    ...(runs > 1
      ? [
          `Each build ran ${runs} times, alternating as above: wall time and pages per second are the median,`,
          'peak memory the highest of any round.',
        ]
      : []),
    '',
    '| build | wall (s) | pages/s | pages | peak memory (MiB) | × baseline | OG images drawn |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...targets,
    '',
  ].join('\n');
}
