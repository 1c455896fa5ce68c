import { describe, expect, it } from 'vitest';
import { checkTargets, type BuildResult } from '../../bench/report';

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
