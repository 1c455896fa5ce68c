import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../src/build/fonts/binary';
import { parseGlyph, pointsBBox, writeGlyph } from '../../../../src/build/fonts/glyf-glyph';
import { reconstructGlyf } from '../../../../src/build/fonts/glyf-reconstruct';
import { readGlyphs, transformGlyf, writeTriplet, type GlyfTables } from '../../../../src/build/fonts/glyf-transform';
import { readSfnt } from '../../../../src/build/fonts/sfnt';
import { bengaliTrueType } from './fixtures';

function glyfTables(font: Uint8Array): GlyfTables {
  const { tables } = readSfnt(font);
  return {
    glyf: tables.get('glyf')!,
    loca: tables.get('loca')!,
    numGlyphs: new ByteReader(tables.get('maxp')!, 4).u16(),
    indexFormat: new ByteReader(tables.get('head')!, 50).i16() === 0 ? 0 : 1,
  };
}

describe('glyf glyphs', () => {
  const tables = glyfTables(bengaliTrueType(700));
  const glyphs = readGlyphs(tables);

  it('reads simple, composite and empty glyphs from a real font', () => {
    const kinds = new Set(glyphs.map((glyph) => glyph.kind));
    expect(kinds).toEqual(new Set(['simple', 'composite', 'empty']));
  });

  it('writes every glyph so that it reads back the same', () => {
    for (const glyph of glyphs) expect(parseGlyph(writeGlyph(glyph))).toEqual(glyph);
  });

  it('rebuilds glyf and loca from the WOFF2 transform with every glyph and bounding box intact', () => {
    const rebuilt = reconstructGlyf(transformGlyf(tables));
    expect(rebuilt.numGlyphs).toBe(tables.numGlyphs);
    expect(rebuilt.indexFormat).toBe(tables.indexFormat);
    expect(readGlyphs(rebuilt)).toEqual(glyphs);
    expect(rebuilt.xMins).toEqual(glyphs.map((glyph) => (glyph.kind === 'empty' ? 0 : glyph.bbox[0])));
  });

  it('keeps an explicit bounding box where the points do not give it', () => {
    const glyph = {
      kind: 'simple' as const,
      endPoints: [2],
      points: [
        { x: 0, y: 0, onCurve: true },
        { x: 100, y: 700, onCurve: false },
        { x: 200, y: 0, onCurve: true },
      ],
      instructions: Uint8Array.from([0xb0, 0x01]),
      overlap: true,
      bbox: [-10, -20, 210, 720] as [number, number, number, number],
    };
    const data = writeGlyph(glyph);
    const loca = new ByteWriter().u32(0).u32(data.length).result();
    const rebuilt = reconstructGlyf(transformGlyf({ glyf: data, loca, numGlyphs: 1, indexFormat: 1 }));
    expect(readGlyphs(rebuilt)).toEqual([glyph]);
  });
});

describe('WOFF2 point triplets', () => {
  // One delta of each size class the encoding distinguishes, with both signs and curve states.
  const deltas = [0, 1, -1, 64, -65, 200, 768, -769, 1279, -1280, 4095, -4096, 20000];

  it('encodes every size class into the flag and data streams and decodes it back', () => {
    // Each move is followed by its opposite, so coordinates stay within 16 bits.
    const moves = deltas.flatMap((dx) =>
      deltas.flatMap((dy) => [
        [dx, dy],
        [-dx, -dy],
      ]),
    );
    let x = 0;
    let y = 0;
    const points = moves.map(([dx, dy], index) => ({ x: (x += dx!), y: (y += dy!), onCurve: index % 3 !== 0 }));
    const glyph = {
      kind: 'simple' as const,
      endPoints: [points.length - 1],
      points,
      instructions: new Uint8Array(),
      overlap: false,
      bbox: pointsBBox(points),
    };
    const data = writeGlyph(glyph);
    const loca = new ByteWriter().u32(0).u32(data.length).result();
    const rebuilt = reconstructGlyf(transformGlyf({ glyf: data, loca, numGlyphs: 1, indexFormat: 1 }));
    expect(readGlyphs(rebuilt)).toEqual([glyph]);
  });

  it('uses the shortest form: one byte of data for a small move, four for a large one', () => {
    const sizes = [
      [0, 5],
      [5, 0],
      [10, -10],
      [300, 300],
      [2000, 2000],
      [5000, 5000],
    ].map(([dx, dy]) => {
      const data = new ByteWriter();
      writeTriplet(true, dx!, dy!, new ByteWriter(), data);
      return data.length;
    });
    expect(sizes).toEqual([1, 1, 1, 2, 3, 4]);
  });
});
