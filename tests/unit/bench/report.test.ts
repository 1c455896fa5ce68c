import { describe, expect, it } from 'vitest';
import { checkTargets, medianResults, type BuildResult } from '../../bench/report';

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
  it('are met by a run inside every limit', () => {
    const run = [
      build('baseline (cold)', 10),
      build('site, cold OG cache', 29, 1900, 2000),
      build('baseline (warm)', 10),
      build('site, warm OG cache', 12.9),
      build('site, rebuild after editing one story', 13, 1800, 2),
    ];
    expect(Object.values(verdicts(run))).toEqual([true, true, true, true, true]);
  });

  it('name each limit a run goes over', () => {
    const run = [
      build('baseline (cold)', 10),
      build('site, cold OG cache', 31, 2100, 2000),
      build('baseline (warm)', 10),
      build('site, warm OG cache', 14),
      build('site, rebuild after editing one story', 20, 1800, 40),
    ];
    expect(verdicts(run)).toEqual({
      'warm OG cache ≤ 1.3× baseline': false,
      'cold ≤ 3× baseline': false,
      'rebuild after one edit redraws one pair of OG images': false,
      'rebuild ≤ 0.8× cold': true,
      'peak memory ≤ 2 GiB': false,
    });
  });
});

describe('repeated rounds of the benchmark', () => {
  const round = (baseline: number, site: number, memory: number) => [
    build('baseline (cold)', baseline),
    build('site, cold OG cache', site, memory, 2000),
  ];

  it('give each build its median time, so one slow baseline does not decide a target', () => {
    const results = medianResults([round(14, 31, 1700), round(10, 29, 1800), round(10.5, 40, 1750)]);
    expect(results.map((result) => [result.label, result.ms])).toEqual([
      ['baseline (cold)', 10_500],
      ['site, cold OG cache', 31_000],
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
