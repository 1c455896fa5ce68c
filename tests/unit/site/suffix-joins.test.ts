import { describe, expect, it } from 'vitest';
import { suffixJoins } from '../../../src/site/suffix-joins';

/** The pieces kept on one line. */
const unbroken = (text: string) =>
  suffixJoins(text)
    .filter((piece) => piece.unbroken)
    .map((piece) => piece.text);

describe('suffixJoins', () => {
  it('keeps a word and its hyphenated Bengali suffix together', () => {
    expect(unbroken('PhonePe-র পরিষেবা আর ইউপিআই-এর নিয়ম')).toEqual(['PhonePe-র', 'ইউপিআই-এর']);
  });

  it('gives the whole text back, in order, around the joins', () => {
    const text = 'সহ-প্রতিষ্ঠাতা রাহুল চারি বললেন, PhonePe-র সমস্যা';
    expect(
      suffixJoins(text)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });

  it('keeps a suffix that opens the text, right after a link, with its hyphen', () => {
    expect(unbroken('-কে জানানো হয়েছে')).toEqual(['-কে']);
  });

  it('leaves a dash between spaces, a Latin compound and a text without hyphens as they are', () => {
    for (const text of ['ইউপিআই - একটি ব্যবস্থা', 'a long-term fix', 'ডিজিটাল পেমেন্টের খবর', 'UPI News', '']) {
      expect(suffixJoins(text), text).toEqual([{ text, unbroken: false }]);
    }
  });
});
