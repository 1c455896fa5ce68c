import { describe, expect, it } from 'vitest';
import { shaperMemoryBytes, withShaper } from '../../../src/lib/fonts/harfbuzz-shaper';
import { Shaper } from '../../shared/shaping';
import { bengaliTrueType, bengaliWords } from './fixtures';

describe('HarfBuzz called directly', () => {
  const font = bengaliTrueType(400);

  it('shapes every kind of Bengali word as harfbuzzjs does: same glyphs, clusters and positions', () => {
    const reference = new Shaper(font);
    withShaper(font, (shaper) => {
      for (const word of [...bengaliWords, 'PhonePe-র', '১২৩']) {
        shaper.shape(word);
        const expected = reference.shape(word);
        expect(shaper.glyphs(), word).toEqual(Uint32Array.from(expected.flatMap((glyph) => [glyph.id, glyph.cluster])));
        expect(shaper.positions(), word).toEqual(
          Int32Array.from(expected.flatMap((glyph) => [glyph.xAdvance, glyph.yAdvance, glyph.xOffset, glyph.yOffset])),
        );
      }
    });
  });

  it('reports the lookups it applies while it shapes, with the buffer readable at each step', () => {
    const heard: string[] = [];
    const glyphsSeen = new Set<number>();
    withShaper(font, (shaper) => {
      shaper.shape('স্ক্রিনে', (message) => {
        heard.push(message);
        if (shaper.holdsGlyphs()) shaper.addGlyphIds(glyphsSeen);
      });
      expect(heard.some((message) => message.startsWith('start table GSUB'))).toBe(true);
      expect(heard.some((message) => /^end lookup \d+/.test(message))).toBe(true);
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

  it('frees what it made for a font: a hundred fonts in turn take no more memory than one', () => {
    withShaper(font, (shaper) => shaper.shape('প্রতিষ্ঠাতার'));
    const before = shaperMemoryBytes();
    for (let round = 0; round < 100; round++) withShaper(font, (shaper) => shaper.shape('প্রতিষ্ঠাতার'));
    // Each font is copied into HarfBuzz's memory: kept, a hundred copies would take about 40 MB more.
    expect(shaperMemoryBytes()).toBe(before);
  });
});
