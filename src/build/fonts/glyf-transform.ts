import { ByteReader, ByteWriter } from './binary';
import { compositeExtent, parseGlyph, pointsBBox, type Glyph } from './glyf-glyph';

/** The `glyf` and `loca` tables and what it takes to read them. */
export interface GlyfTables {
  glyf: Uint8Array;
  loca: Uint8Array;
  numGlyphs: number;
  /** `head.indexToLocFormat`: 0 for 16-bit `loca` offsets (halved), 1 for 32-bit. */
  indexFormat: 0 | 1;
}

/** The seven streams of a transformed `glyf` table, in their order in the file. */
export const streamNames = [
  'nContour',
  'nPoints',
  'flag',
  'glyph',
  'composite',
  'bbox',
  'instruction',
] as const satisfies readonly string[];

/** Every glyph of a `glyf` table, using `loca` to find them. */
export function readGlyphs({ glyf, loca, numGlyphs, indexFormat }: GlyfTables): Glyph[] {
  const offsets = new ByteReader(loca);
  const next = () => (indexFormat === 0 ? offsets.u16() * 2 : offsets.u32());
  let start = next();
  return Array.from({ length: numGlyphs }, () => {
    const end = next();
    const glyph = parseGlyph(glyf.subarray(start, end));
    start = end;
    return glyph;
  });
}

/**
 * The WOFF2 transformed `glyf` table (W3C WOFF2 §5.1): the glyphs split into
 * streams of like data (contour counts, point flags, coordinate triplets…)
 * that Brotli compresses far better than the original. The `loca` table is
 * left out of the file and rebuilt by the reader.
 */
export function transformGlyf(tables: GlyfTables): Uint8Array {
  const glyphs = readGlyphs(tables);
  const streams = Object.fromEntries(streamNames.map((name) => [name, new ByteWriter()])) as Record<
    (typeof streamNames)[number],
    ByteWriter
  >;
  const bboxBitmap = new Uint8Array(((tables.numGlyphs + 31) >> 5) << 2);
  const overlapBitmap = new Uint8Array((tables.numGlyphs + 7) >> 3);
  const boxes = new ByteWriter();
  glyphs.forEach((glyph, index) => {
    if (glyph.kind === 'empty') {
      streams.nContour.i16(0);
      return;
    }
    const explicitBBox = glyph.kind === 'composite' || String(pointsBBox(glyph.points)) !== String(glyph.bbox);
    if (explicitBBox) {
      bboxBitmap[index >> 3]! |= 0x80 >> (index & 7);
      for (const value of glyph.bbox) boxes.i16(value);
    }
    if (glyph.kind === 'composite') {
      streams.nContour.i16(-1);
      streams.composite.bytes(glyph.components);
    } else {
      streams.nContour.i16(glyph.endPoints.length);
      glyph.endPoints.forEach((end, contour) => streams.nPoints.uint255(end - (glyph.endPoints[contour - 1] ?? -1)));
      let previous = { x: 0, y: 0 };
      for (const point of glyph.points) {
        writeTriplet(point.onCurve, point.x - previous.x, point.y - previous.y, streams.flag, streams.glyph);
        previous = point;
      }
      if (glyph.overlap) overlapBitmap[index >> 3]! |= 0x80 >> (index & 7);
    }
    if (glyph.kind === 'simple' || compositeExtent(glyph.components, 0).hasInstructions) {
      streams.glyph.uint255(glyph.instructions.length);
      streams.instruction.bytes(glyph.instructions);
    }
  });
  streams.bbox.bytes(bboxBitmap).bytes(boxes.result());
  const hasOverlap = overlapBitmap.some((byte) => byte !== 0);
  const out = new ByteWriter()
    .u16(0)
    .u16(hasOverlap ? 1 : 0)
    .u16(tables.numGlyphs)
    .u16(tables.indexFormat);
  const data = streamNames.map((name) => streams[name].result());
  for (const stream of data) out.u32(stream.length);
  for (const stream of data) out.bytes(stream);
  if (hasOverlap) out.bytes(overlapBitmap);
  return out.result();
}

/**
 * One point as a flag byte (bit 7: off-curve; bits 0–6: how the deltas are
 * packed) and one to four bytes of deltas, as WOFF2 §5.2 specifies.
 */
export function writeTriplet(onCurve: boolean, dx: number, dy: number, flags: ByteWriter, data: ByteWriter): void {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  const curve = onCurve ? 0 : 128;
  const xSign = dx < 0 ? 0 : 1;
  const ySign = dy < 0 ? 0 : 1;
  const signs = xSign + 2 * ySign;
  if (dx === 0 && ay < 1280) {
    flags.u8(curve + ((ay & 0xf00) >> 7) + ySign);
    data.u8(ay & 0xff);
  } else if (dy === 0 && ax < 1280) {
    flags.u8(curve + 10 + ((ax & 0xf00) >> 7) + xSign);
    data.u8(ax & 0xff);
  } else if (ax < 65 && ay < 65) {
    flags.u8(curve + 20 + ((ax - 1) & 0x30) + (((ay - 1) & 0x30) >> 2) + signs);
    data.u8((((ax - 1) & 0xf) << 4) | ((ay - 1) & 0xf));
  } else if (ax < 769 && ay < 769) {
    flags.u8(curve + 84 + 12 * (((ax - 1) & 0x300) >> 8) + (((ay - 1) & 0x300) >> 6) + signs);
    data.u8((ax - 1) & 0xff).u8((ay - 1) & 0xff);
  } else if (ax < 4096 && ay < 4096) {
    flags.u8(curve + 120 + signs);
    data
      .u8(ax >> 4)
      .u8(((ax & 0xf) << 4) | (ay >> 8))
      .u8(ay & 0xff);
  } else {
    flags.u8(curve + 124 + signs);
    data.u16(ax).u16(ay);
  }
}
