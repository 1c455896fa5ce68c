import { describe, expect, it } from 'vitest';
import { checkTargets, medianResults, rebuildLabels, type BuildResult } from '../../bench/report';

const build = (label: string, seconds: number, maxRssMiB = 1000, imagesRendered = 0): BuildResult => ({
  label,
  ms: seconds * 1000,
  maxRssMiB,
  pages: 2000,
  imagesRendered,
});

const verdicts = (results: BuildResult[]) =>
  Object.fromEntries(checkTargets(results).map(({ target, met }) => [target, met]));

describe('the benchmark targets', () => {
  const run = (rebuilds: [seconds: number, memory: number, images: number][]) => [
    build('baseline (cold)', 10),
    build(rebuildLabels.cold, 29, 1900, 2000),
    build('baseline (warm)', 10),
    ...[rebuildLabels.same, rebuildLabels.body, rebuildLabels.headline, rebuildLabels.story].map((label, index) =>
      build(label, ...rebuilds[index]!),
    ),
  ];

  it('are met by a run inside every limit', () => {
    const verdict = verdicts(
      run([
        [4, 1500, 0],
        [7, 1500, 0],
        [8, 1500, 1],
        [8, 1500, 1],
      ]),
    );
    expect(Object.entries(verdict).filter(([, met]) => !met)).toEqual([]);
    expect(Object.keys(verdict)).toHaveLength(3 + 4 * 3);
  });

  it('name each limit a run goes over', () => {
    const verdict = verdicts(
      run([
        [4.5, 1500, 0],
        [7.5, 1950, 0],
        [8, 1500, 2],
        [9, 1500, 2],
      ]),
    );
    expect(
      Object.entries(verdict)
        .filter(([, met]) => !met)
        .map(([target]) => target),
    ).toEqual([
      'nothing changed ≤ 0.15× cold',
      'one paragraph added to one story ≤ 0.25× cold',
      "one paragraph added to one story: peak memory ≤ the cold build's",
      'one story’s headline changed: at most 1 preview image(s) drawn',
      'one new story ≤ 0.3× cold',
    ]);
  });
});

describe('the check of the rebuilds against clean builds', () => {
  const results = [build('baseline (cold)', 10), build(rebuildLabels.cold, 29, 1900, 2000)];
  const target = "after each rebuild, dist/ the same bytes as a clean build's";

  it('is met when every rebuild checked wrote what a clean build writes', () => {
    const checks = [rebuildLabels.same, rebuildLabels.body].map((label) => ({ label, differences: [] }));
    const row = checkTargets(results, checks).find((check) => check.target === target);
    expect(row).toEqual({ target, measured: '2 of 2', met: true });
  });

  it('names the rebuild and the files that differ', () => {
    const checks = [
      { label: rebuildLabels.same, differences: [] },
      { label: rebuildLabels.headline, differences: ['en/index.html', 'en/rss.xml'] },
    ];
    const row = checkTargets(results, checks).find((check) => check.target === target);
    expect(row?.met).toBe(false);
    expect(row?.measured).toBe(`${rebuildLabels.headline}: en/index.html, en/rss.xml`);
  });

  it('is not claimed when no rebuild was checked', () => {
    expect(checkTargets(results).map((check) => check.target)).not.toContain(target);
  });
});

describe('repeated rounds of the benchmark', () => {
  const round = (baseline: number, site: number, memory: number) => [
    build('baseline (cold)', baseline),
    build(rebuildLabels.cold, site, memory, 2000),
  ];

  it('give each build its median time, so one slow baseline does not decide a target', () => {
    const results = medianResults([round(14, 31, 1700), round(10, 29, 1800), round(10.5, 40, 1750)]);
    expect(results.map((result) => [result.label, result.ms])).toEqual([
      ['baseline (cold)', 10_500],
      [rebuildLabels.cold, 31_000],
    ]);
    expect(verdicts(results)['cold ≤ 3× baseline']).toBe(true);
  });

  it('keep the highest memory of any round, so the limit is checked against the worst', () => {
    const results = medianResults([round(10, 29, 1700), round(10, 29, 2100), round(10, 29, 1750)]);
    expect(results[1]!.maxRssMiB).toBe(2100);
    expect(verdicts(results)['peak memory ≤ 2 GiB']).toBe(false);
  });

  it('take the mean of the two middle rounds when there are an even number', () => {
    expect(medianResults([round(10, 30, 1), round(12, 34, 1)]).map((result) => result.ms)).toEqual([11_000, 32_000]);
  });
});
