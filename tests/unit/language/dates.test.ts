import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isoDay } from '../../../src/language/dates';
import { languageTag } from '../../../src/language/locales';

const date = new Date('2026-11-25');

describe('formatDate', () => {
  it('writes Bengali dates with Bengali digits and month names', () => {
    const text = formatDate(date, 'bn');
    expect(text).toMatch(/২৫/);
    expect(text).toMatch(/২০২৬/);
    expect(text).toContain('নভেম্বর');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('writes English dates in Indian English', () => {
    expect(formatDate(date, 'en')).toBe('25 November 2026');
  });

  it('does not shift the calendar day with the machine time zone', () => {
    expect(formatDate(new Date('2026-01-01'), 'en')).toBe('1 January 2026');
    expect(isoDay(new Date('2026-01-01'))).toBe('2026-01-01');
  });
});

describe('languageTag', () => {
  it('is the plain language tag that documents and feeds declare', () => {
    expect(languageTag('bn')).toBe('bn-IN');
    expect(languageTag('en')).toBe('en-IN');
  });
});

describe('formatDateTime', () => {
  const update = new Date('2026-10-05T04:30:00Z');

  it('writes a live update’s time in the newsroom’s zone, with Bengali digits on Bengali pages', () => {
    const text = formatDateTime(update, 'bn');
    expect(text).toContain('অক্টোবর');
    expect(text).toMatch(/১০:০০/);
    expect(text).not.toMatch(/[0-9A-Za-z]/);
  });

  it('writes it in Indian English on English pages', () => {
    expect(formatDateTime(update, 'en')).toBe('5 October 2026 at 10:00');
    expect(formatDateTime(new Date('2026-10-05T08:00:00Z'), 'en')).toBe('5 October 2026 at 13:30');
  });
});
