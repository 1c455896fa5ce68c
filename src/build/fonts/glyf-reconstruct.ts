import { ByteReader, ByteWriter } from './binary';
import { compositeExtent, pointsBBox, writeGlyph, type BBox, type Glyph } from './glyf-glyph';
import { streamNames, type GlyfTables } from './glyf-transform';

/** The `glyf` and `loca` tables rebuilt from a WOFF2 transformed `glyf` table, and each glyph's xMin. */
export function reconstructGlyf(transformed: Uint8Array): GlyfTables & { xMins: number[] } {
  const header = new ByteReader(transformed);
  header.u16(); // reserved
  const optionFlags = header.u16();
  const numGlyphs = header.u16();
  const indexFormat = header.u16() === 0 ? 0 : 1;
  const sizes = streamNames.map(() => header.u32());
  let offset = header.offset;
  const [nContours, nPoints, flags, glyphStream, composites, bboxes, instructions] = sizes.map((size) => {
    const stream = new ByteReader(new ByteReader(transformed, offset).take(size));
    offset += size;
    return stream;
  }) as [ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader, ByteReader];
  const bboxBitmap = bboxes.take(((numGlyphs + 31) >> 5) << 2);
  const overlapBitmap = optionFlags & 1 ? new ByteReader(transformed, offset).take((numGlyphs + 7) >> 3) : undefined;
  const isSet = (bitmap: Uint8Array | undefined, index: number) =>
    ((bitmap?.[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;

  const glyf = new ByteWriter();
  const loca = new ByteWriter();
  const writeOffset = (value: number) => (indexFormat === 0 ? loca.u16(value / 2) : loca.u32(value));
  const xMins: number[] = [];
  for (let index = 0; index < numGlyphs; index++) {
    const contours = nContours.i16();
    const explicitBBox = isSet(bboxBitmap, index);
    const readBBox = (): BBox => [bboxes.i16(), bboxes.i16(), bboxes.i16(), bboxes.i16()];
    let glyph: Glyph;
    if (contours === 0) {
      if (explicitBBox) throw new Error(`WOFF2: empty glyph ${index} has a bounding box`);
      glyph = { kind: 'empty' };
    } else if (contours < 0) {
      if (!explicitBBox) throw new Error(`WOFF2: composite glyph ${index} has no bounding box`);
      const { length, hasInstructions } = compositeExtent(composites.bytes, composites.offset);
      const components = composites.take(length);
      const bbox = readBBox();
      const code = hasInstructions ? instructions.take(glyphStream.uint255()) : new Uint8Array();
      glyph = { kind: 'composite', components, instructions: code, bbox };
    } else {
      const endPoints: number[] = [];
      for (let contour = 0; contour < contours; contour++) endPoints.push((endPoints.at(-1) ?? -1) + nPoints.uint255());
      const points = readTriplets(endPoints.at(-1)! + 1, flags, glyphStream);
      const code = instructions.take(glyphStream.uint255());
      const bbox = explicitBBox ? readBBox() : pointsBBox(points);
      glyph = { kind: 'simple', endPoints, points, instructions: code, overlap: isSet(overlapBitmap, index), bbox };
    }
    xMins.push(glyph.kind === 'empty' ? 0 : glyph.bbox[0]);
    writeOffset(glyf.length);
    glyf.bytes(writeGlyph(glyph)).pad4();
  }
  writeOffset(glyf.length);
  return { glyf: glyf.result(), loca: loca.result(), numGlyphs, indexFormat, xMins };
}

/** `count` points from the flag and glyph streams (WOFF2 §5.2), as absolute coordinates. */
function readTriplets(
  count: number,
  flags: ByteReader,
  data: ByteReader,
): { x: number; y: number; onCurve: boolean }[] {
  const points: { x: number; y: number; onCurve: boolean }[] = [];
  let x = 0;
  let y = 0;
  for (let index = 0; index < count; index++) {
    const flag = flags.u8();
    const format = flag & 0x7f;
    const sign = (bit: number, value: number) => ((format >> bit) & 1 ? value : -value);
    let dx: number;
    let dy: number;
    if (format < 10) {
      dx = 0;
      dy = sign(0, ((format & 14) << 7) + data.u8());
    } else if (format < 20) {
      dx = sign(0, (((format - 10) & 14) << 7) + data.u8());
      dy = 0;
    } else if (format < 84) {
      const b0 = format - 20;
      const b1 = data.u8();
      dx = sign(0, 1 + (b0 & 0x30) + (b1 >> 4));
      dy = sign(1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f));
    } else if (format < 120) {
      const b0 = format - 84;
      dx = sign(0, 1 + (Math.floor(b0 / 12) << 8) + data.u8());
      dy = sign(1, 1 + (((b0 % 12) >> 2) << 8) + data.u8());
    } else if (format < 124) {
      const b1 = data.u8();
      const b2 = data.u8();
      dx = sign(0, (b1 << 4) + (b2 >> 4));
      dy = sign(1, ((b2 & 0x0f) << 8) + data.u8());
    } else {
      dx = sign(0, data.u16());
      dy = sign(1, data.u16());
    }
    x += dx;
    y += dy;
    points.push({ x, y, onCurve: (flag & 0x80) === 0 });
  }
  return points;
}
