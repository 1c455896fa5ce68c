import { describe, expect, it } from 'vitest';
import bn from '../../../src/i18n/locales/bn.json';
import en from '../../../src/i18n/locales/en.json';
import { fillTemplate, searchStatus } from '../../../src/site/search-status';

const messages = (strings: typeof en) => ({
  one: strings['search.results_one'],
  other: strings['search.results_other'],
  none: strings['search.none'],
});

describe('searchStatus', () => {
  it('announces English counts with the right plural form', () => {
    expect(searchStatus(messages(en), 'NPCI', 1, 'en-IN')).toBe('1 result for “NPCI”');
    expect(searchStatus(messages(en), 'NPCI', 12, 'en-IN')).toBe('12 results for “NPCI”');
    expect(searchStatus(messages(en), 'xyz', 0, 'en-IN')).toBe('Nothing found for “xyz”.');
  });

  it('announces Bengali counts in Bengali digits', () => {
    expect(searchStatus(messages(bn), 'পেমেন্ট', 3, 'bn-IN')).toBe('“পেমেন্ট” খুঁজে ৩টি ফল পাওয়া গেছে');
    expect(searchStatus(messages(bn), 'কিছু', 0, 'bn-IN')).toBe('“কিছু” খুঁজে কিছু পাওয়া যায়নি।');
  });
});

describe('fillTemplate', () => {
  it('fills plain and number placeholders and leaves unknown ones', () => {
    expect(fillTemplate('{{a}} {{ n, number }} {{b}}', { a: 'x', n: 1500 }, 'en-IN')).toBe('x 1,500 {{b}}');
  });
});
