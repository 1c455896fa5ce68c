import { describe, expect, it, vi } from 'vitest';
import { buildClock } from '../../../../src/integrations/news-sitemap/build-clock';

const current = () => new Date('2026-12-05T10:00:00Z');

describe('buildClock', () => {
  it('is the moment SOURCE_DATE_EPOCH names, in seconds since 1970', () => {
    expect(buildClock('1795608000', current).toISOString()).toBe('2026-11-25T12:00:00.000Z');
  });

  it('is the current time when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(buildClock(undefined, current)).toEqual(current());
    expect(buildClock('', current)).toEqual(current());
  });

  it('without SOURCE_DATE_EPOCH, stays at the time it was first read, so that one build agrees with itself', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-12-05T10:00:00Z'));
      const first = buildClock(undefined);
      vi.setSystemTime(new Date('2026-12-05T11:00:00Z'));
      expect(buildClock(undefined)).toEqual(first);
      expect(buildClock(undefined)).not.toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses anything but whole seconds, naming the variable', () => {
    for (const wrong of ['2026-11-25', '1795608000.5', '-1', 'now']) {
      expect(() => buildClock(wrong, current)).toThrow(`SOURCE_DATE_EPOCH="${wrong}"`);
    }
  });
});
