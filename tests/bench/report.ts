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
}

/** The benchmark's results as a Markdown page: a table, the ratios to the baseline, the machine and the command. */
export function benchReport(results: BuildResult[], { command, machine, stories }: ReportContext): string {
  const baselines = results.filter((result) => result.label.startsWith('baseline'));
  const baselineMs = baselines.reduce((sum, result) => sum + result.ms, 0) / baselines.length;
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
  return [
    '# Build performance',
    '',
    `${stories} synthetic stories (half Bengali, half English), built by \`${command}\` on ${machine}.`,
    'The baseline is plain Astro 7 + MDX rendering the same stories with one bare layout (`tests/bench/baseline/`);',
    'the site builds them with everything: OG images, feeds, sitemap and the rest. Runs alternate, in one process tree.',
    '',
    '| build | wall (s) | pages/s | pages | peak memory (MiB) | × baseline | OG images drawn |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}
