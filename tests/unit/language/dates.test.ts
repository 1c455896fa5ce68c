import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '../../../src/language/dates';
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
