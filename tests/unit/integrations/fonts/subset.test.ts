import { describe, expect, it } from 'vitest';
import { subsetFont, tableRanges } from '../../../../src/integrations/fonts/harfbuzz';
import { traceShaping } from '../../../../src/integrations/fonts/shaping-trace';
import { Shaper } from '../../../shared/shaping';
import { bengaliTrueType, bengaliWords } from './fixtures';

const shapedGlyphIds = (font: Uint8Array, runs: string[]) => traceShaping(font, runs).glyphIds;
const codePoints = (words: string[]) => new Set(words.flatMap((word) => [...word].map((char) => char.codePointAt(0)!)));

const font = await bengaliTrueType(400);

describe('subsetting by shaped glyphs', () => {
  const full = new Shaper(font);

  it('collects the glyphs of every step of shaping, not only the final ones', () => {
    const final = new Set(full.shape('স্ক্রিনে').map((glyph) => glyph.id));
    const passed = shapedGlyphIds(font, ['স্ক্রিনে']);
    expect([...final].every((id) => passed.has(id))).toBe(true);
    expect(passed.size).toBeGreaterThan(final.size + 1);
    expect(passed.has(0)).toBe(true);
  });

  it('keeps a font that shapes the text exactly as the full font, and is far smaller', () => {
    const subset = subsetFont(font, {
      glyphIds: shapedGlyphIds(font, bengaliWords),
      codePoints: codePoints(bengaliWords),
    });
    const shaper = new Shaper(subset);
    for (const word of bengaliWords) {
      expect(
        shaper.shape(word).every((glyph) => glyph.id !== 0),
        `${word} has no .notdef`,
      ).toBe(true);
      expect(shaper.drawn(word), word).toEqual(full.drawn(word));
    }
    expect(subset.length).toBeLessThan(font.length / 3);
  });

  it('loses conjuncts when only the final glyphs are kept: why every step counts', () => {
    const finalOnly = new Set(bengaliWords.flatMap((word) => full.shape(word).map((glyph) => glyph.id)));
    const subset = subsetFont(font, { glyphIds: finalOnly, codePoints: codePoints(bengaliWords) });
    const shaper = new Shaper(subset);
    const broken = bengaliWords.filter(
      (word) => JSON.stringify(shaper.drawn(word)) !== JSON.stringify(full.drawn(word)),
    );
    expect(broken).toContain('স্ক্রিনে');
  });

  it('maps only the code points it was given', () => {
    const subset = subsetFont(font, {
      glyphIds: shapedGlyphIds(font, ['কখ']),
      codePoints: codePoints(['কখ']),
    });
    const cmapLength = (bytes: Uint8Array) => tableRanges(bytes, ['cmap']).get('cmap')![1];
    expect(new Shaper(subset).shape('গ')[0]!.id).toBe(0);
    expect(cmapLength(subset)).toBeLessThan(cmapLength(font));
  });
});
