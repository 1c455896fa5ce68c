import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import {
  shaperMemoryBytes,
  subsetFont,
  tableRanges,
  withShaper,
  type ShapingStep,
} from '../../../../src/integrations/fonts/harfbuzz';
import { Shaper } from '../../../shared/shaping';
import { bengaliTrueType, bengaliWords } from './fixtures';

const font = await bengaliTrueType(400);
const glyphIdsOf = (glyphs: Int32Array) => glyphs.filter((_, index) => index % 2 === 0);

describe('HarfBuzz called directly', () => {
  it('shapes every kind of Bengali word as harfbuzzjs does: same glyphs, clusters and positions', () => {
    const reference = new Shaper(font);
    withShaper(font, (shaper) => {
      for (const word of [...bengaliWords, 'PhonePe-র', '১২৩']) {
        shaper.shape(word);
        const expected = reference.shape(word);
        expect(shaper.read('glyphs'), word).toEqual(
          Int32Array.from(expected.flatMap((glyph) => [glyph.id, glyph.cluster])),
        );
        expect(shaper.read('positions'), word).toEqual(
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
        if (shaper.holdsGlyphs()) for (const id of glyphIdsOf(shaper.read('glyphs'))) glyphsSeen.add(id);
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
      const final = glyphIdsOf(shaper.read('glyphs'));
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

  it("finds a table's bytes in the font file: those harfbuzzjs reads for it", () => {
    const ranges = tableRanges(font, ['GSUB', 'GPOS', 'maxp', 'CFF ']);
    expect([...ranges.keys()]).toEqual(['GSUB', 'GPOS', 'maxp']);
    const face = new Face(new Blob(font));
    for (const [tag, [offset, length]] of ranges) {
      expect(font.subarray(offset, offset + length), tag).toEqual(face.referenceTable(tag));
    }
  });

  it('keeps every glyph when asked to', () => {
    const all = subsetFont(font, { glyphIds: 'all', codePoints: [0x995] });
    const glyphCount = (bytes: Uint8Array) => {
      const maxp = new Face(new Blob(bytes)).referenceTable('maxp')!;
      return new DataView(maxp.buffer, maxp.byteOffset).getUint16(4);
    };
    expect(glyphCount(all)).toBe(glyphCount(font));
    expect(new Shaper(all).shape('ক')[0]!.id).not.toBe(0);
  });
});
