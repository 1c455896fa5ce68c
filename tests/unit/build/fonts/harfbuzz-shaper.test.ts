import { describe, expect, it } from 'vitest';
import { withShaper, type ShapingStep } from '../../../../src/build/fonts/harfbuzz-shaper';
import { harfBuzzMemoryBytes } from '../../../../src/build/fonts/harfbuzz-wasm';
import { Shaper } from '../../../shared/shaping';
import { bengaliTrueType, bengaliWords } from './fixtures';

describe('HarfBuzz called directly', () => {
  const font = bengaliTrueType(400);

  it('shapes every kind of Bengali word as harfbuzzjs does: same glyphs, clusters and positions', () => {
    const reference = new Shaper(font);
    withShaper(font, (shaper) => {
      for (const word of [...bengaliWords, 'PhonePe-র', '১২৩']) {
        shaper.shape(word);
        const expected = reference.shape(word);
        expect(shaper.glyphs(), word).toEqual(Int32Array.from(expected.flatMap((glyph) => [glyph.id, glyph.cluster])));
        expect(shaper.positions(), word).toEqual(
          Int32Array.from(expected.flatMap((glyph) => [glyph.xAdvance, glyph.yAdvance, glyph.xOffset, glyph.yOffset])),
        );
      }
    });
  });

  it('reports the tables and lookups it applies, with the buffer readable at each step', () => {
    const heard: ShapingStep[] = [];
    const glyphsSeen = new Set<number>();
    withShaper(font, (shaper) => {
      shaper.shape('স্ক্রিনে', (step) => {
        heard.push(step);
        if (shaper.holdsGlyphs()) shaper.addGlyphIds(glyphsSeen);
      });
      expect(heard.filter((step) => step.step === 'table')).toEqual([
        { step: 'table', table: 'GSUB' },
        { step: 'table', table: 'GPOS' },
      ]);
      // Steps between lookups, such as the Bengali reorderings, are passed on too: they can change the glyphs.
      expect(heard.some((step) => step.step === 'other')).toBe(true);
      const ends = heard.filter((step) => step.step === 'lookup end');
      expect(ends.length).toBe(heard.filter((step) => step.step === 'lookup start').length);
      expect(ends.every((step) => Number.isInteger(step.lookup) && step.lookup >= 0)).toBe(true);
      expect(new Set(ends.map((step) => step.lookup)).size).toBeGreaterThan(1);
      const final = shaper.glyphs().filter((_, index) => index % 2 === 0);
      // The conjunct is built in steps: glyphs on the way that the final text no longer shows.
      expect([...glyphsSeen].filter((id) => !final.includes(id)).length).toBeGreaterThan(0);
      for (const id of final) expect(glyphsSeen.has(id)).toBe(true);
      // A run shaped without a listener reports nothing.
      heard.length = 0;
      shaper.shape('কখ');
      expect(heard).toEqual([]);
    });
  });

  it('tells which lookups changed the glyphs: several build a conjunct, none touch two plain consonants', () => {
    const glyphChanges = (word: string) =>
      withShaper(font, (shaper) => {
        let changes = 0;
        let table = '';
        shaper.shape(word, (step) => {
          if (step.step === 'table') table = step.table;
          if (table !== 'GSUB') return;
          if (step.step === 'lookup start') shaper.mark('glyphs');
          if (step.step === 'lookup end' && shaper.changedSinceMark()) changes++;
        });
        return changes;
      });
    expect(glyphChanges('স্ক্রিনে')).toBeGreaterThan(2);
    expect(glyphChanges('কখ')).toBe(0);
  });

  it('frees what it made for a font: a hundred fonts in turn take no more memory than one', () => {
    withShaper(font, (shaper) => shaper.shape('প্রতিষ্ঠাতার'));
    const before = harfBuzzMemoryBytes();
    for (let round = 0; round < 100; round++) withShaper(font, (shaper) => shaper.shape('প্রতিষ্ঠাতার'));
    // Each font is copied into HarfBuzz's memory: kept, a hundred copies would take about 40 MB more.
    expect(harfBuzzMemoryBytes()).toBe(before);
  });
});
