import { describe, expect, it } from 'vitest';
import { subsetFont, tableRanges } from '../../../../src/integrations/fonts/harfbuzz';
import { traceShaping } from '../../../../src/integrations/fonts/shaping-trace';
import { keepFeatureLookups, lookupSubtables, subsetForText } from '../../../../src/integrations/fonts/text-subset';
import { Shaper } from '../../../shared/shaping';
import { bengaliTrueType, bengaliWords } from './fixtures';

const codePoints = (words: Iterable<string>) =>
  new Set([...words].flatMap((word) => [...word].map((char) => char.codePointAt(0)!)));

const font = await bengaliTrueType(400);
/** A copy of `font` and its GSUB table, to change in place. */
function gsubOfCopy(): [Uint8Array, Uint8Array] {
  const copy = font.slice();
  const [offset, length] = tableRanges(copy, ['GSUB']).get('GSUB')!;
  return [copy, copy.subarray(offset, offset + length)];
}

describe('cutting a font down to the layout rules its text uses', () => {
  const full = new Shaper(font);
  const words = new Set(bengaliWords);

  it('traces which lookups changed which words', () => {
    const { lookups } = traceShaping(font, ['স্ক্রিনে', 'কখ']);
    const changedConjunct = [...lookups.GSUB.values()].filter((runs) => runs.has('স্ক্রিনে'));
    expect(changedConjunct.length).toBeGreaterThan(2);
    // Two plain consonants take no substitution at all.
    expect([...lookups.GSUB.values()].some((runs) => runs.has('কখ'))).toBe(false);
  });

  it('shapes every word as the full font does, and is smaller than the subset with every rule', () => {
    const cut = subsetForText(font, words);
    expect(cut.layoutPruned).toBe(true);
    const shaper = new Shaper(cut.font);
    for (const word of words) expect(shaper.drawn(word), word).toEqual(full.drawn(word));
    const allRules = subsetFont(font, {
      glyphIds: traceShaping(font, words).glyphIds,
      codePoints: codePoints(words),
    });
    const layoutBytes = (subset: Uint8Array) =>
      [...tableRanges(subset, ['GSUB', 'GPOS']).values()].reduce((sum, [, length]) => sum + length, 0);
    expect(layoutBytes(cut.font)).toBeLessThan(layoutBytes(allRules) * 0.8);
  });

  it('breaks conjuncts when the features lose their lookups: the rules it keeps are the ones that matter', () => {
    const [copy, gsub] = gsubOfCopy();
    keepFeatureLookups(gsub, new Set());
    const bare = new Shaper(copy);
    expect(bare.drawn('স্ক্রিনে')).not.toEqual(full.drawn('স্ক্রিনে'));
    expect(bare.drawn('কখ')).toEqual(full.drawn('কখ'));
  });

  it('lists only the subtables it is told to keep, and can put them back', () => {
    const [copy, gsub] = gsubOfCopy();
    const lookup = [...traceShaping(font, ['স্ক্রিনে']).lookups.GSUB.keys()].find(
      (index) => lookupSubtables(gsub, index).count > 1,
    )!;
    const subtables = lookupSubtables(gsub, lookup);
    subtables.keep([]);
    expect(lookupSubtables(gsub, lookup).count).toBe(0);
    expect(new Shaper(copy).drawn('স্ক্রিনে')).not.toEqual(full.drawn('স্ক্রিনে'));
    subtables.keep(Array.from({ length: subtables.count }, (_, index) => index));
    expect(new Shaper(copy).drawn('স্ক্রিনে')).toEqual(full.drawn('স্ক্রিনে'));
  });
});
