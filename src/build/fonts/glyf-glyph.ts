import { ByteReader, ByteWriter } from './binary';

/** A glyph's bounding box: xMin, yMin, xMax, yMax. */
export type BBox = [number, number, number, number];

/** A TrueType glyph (`glyf` table entry), decoded as far as WOFF2 needs. */
export type Glyph =
  | { kind: 'empty' }
  | {
      kind: 'simple';
      /** Index of each contour's last point. */
      endPoints: number[];
      /** Absolute coordinates and on-curve flag of every point. */
      points: { x: number; y: number; onCurve: boolean }[];
      instructions: Uint8Array;
      /** The font's OVERLAP_SIMPLE flag. */
      overlap: boolean;
      bbox: BBox;
    }
  | {
      kind: 'composite';
      /** The component records as stored, from the first component's flags to the last's transform. */
      components: Uint8Array;
      instructions: Uint8Array;
      bbox: BBox;
    };

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
const OVERLAP_SIMPLE = 0x40;

const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_X_AND_Y_SCALE = 0x0040;
const HAVE_TWO_BY_TWO = 0x0080;
const HAVE_INSTRUCTIONS = 0x0100;

/** Decodes one glyph's bytes as the `glyf` table stores them. */
export function parseGlyph(data: Uint8Array): Glyph {
  if (data.length === 0) return { kind: 'empty' };
  const reader = new ByteReader(data);
  const contours = reader.i16();
  const bbox: BBox = [reader.i16(), reader.i16(), reader.i16(), reader.i16()];
  if (contours === 0) return { kind: 'empty' };
  if (contours < 0) {
    const { length, hasInstructions } = compositeExtent(data, reader.offset);
    const components = reader.take(length);
    const instructions = hasInstructions ? reader.take(reader.u16()) : new Uint8Array();
    return { kind: 'composite', components, instructions, bbox };
  }
  const endPoints = Array.from({ length: contours }, () => reader.u16());
  const instructions = reader.take(reader.u16());
  const count = endPoints.at(-1)! + 1;
  const flags: number[] = [];
  while (flags.length < count) {
    const flag = reader.u8();
    const times = flag & REPEAT ? reader.u8() + 1 : 1;
    for (let index = 0; index < times; index++) flags.push(flag);
  }
  const xs = coordinates(reader, flags, X_SHORT, X_SAME_OR_POSITIVE);
  const ys = coordinates(reader, flags, Y_SHORT, Y_SAME_OR_POSITIVE);
  const points = flags.map((flag, index) => ({ x: xs[index]!, y: ys[index]!, onCurve: (flag & ON_CURVE) !== 0 }));
  return { kind: 'simple', endPoints, points, instructions, overlap: (flags[0]! & OVERLAP_SIMPLE) !== 0, bbox };
}

/** Encodes a glyph as the `glyf` table stores it (unpadded). */
export function writeGlyph(glyph: Glyph): Uint8Array {
  if (glyph.kind === 'empty') return new Uint8Array();
  const out = new ByteWriter();
  out.i16(glyph.kind === 'simple' ? glyph.endPoints.length : -1);
  for (const value of glyph.bbox) out.i16(value);
  if (glyph.kind === 'composite') {
    out.bytes(glyph.components);
    if (compositeExtent(glyph.components, 0).hasInstructions)
      out.u16(glyph.instructions.length).bytes(glyph.instructions);
    return out.result();
  }
  for (const end of glyph.endPoints) out.u16(end);
  out.u16(glyph.instructions.length).bytes(glyph.instructions);
  const xs = new ByteWriter();
  const ys = new ByteWriter();
  let previous = { x: 0, y: 0 };
  const flags = glyph.points.map((point, index) => {
    const flag =
      (point.onCurve ? ON_CURVE : 0) |
      (index === 0 && glyph.overlap ? OVERLAP_SIMPLE : 0) |
      delta(point.x - previous.x, xs, X_SHORT, X_SAME_OR_POSITIVE) |
      delta(point.y - previous.y, ys, Y_SHORT, Y_SAME_OR_POSITIVE);
    previous = point;
    return flag;
  });
  for (let index = 0; index < flags.length;) {
    let repeats = 0;
    while (repeats < 255 && flags[index + repeats + 1] === flags[index]) repeats++;
    if (repeats > 0) out.u8(flags[index]! | REPEAT).u8(repeats);
    else out.u8(flags[index]!);
    index += repeats + 1;
  }
  return out.bytes(xs.result()).bytes(ys.result()).result();
}

/** The smallest box around a simple glyph's points. */
export function pointsBBox(points: { x: number; y: number }[]): BBox {
  if (points.length === 0) return [0, 0, 0, 0];
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** How many bytes of component records start at `offset`, and whether instructions follow them. */
export function compositeExtent(data: Uint8Array, offset: number): { length: number; hasInstructions: boolean } {
  const reader = new ByteReader(data, offset);
  let hasInstructions = false;
  for (let more = true; more;) {
    const flags = reader.u16();
    reader.u16(); // glyph index
    let skip = flags & ARGS_ARE_WORDS ? 4 : 2;
    if (flags & HAVE_SCALE) skip += 2;
    else if (flags & HAVE_X_AND_Y_SCALE) skip += 4;
    else if (flags & HAVE_TWO_BY_TWO) skip += 8;
    reader.take(skip);
    hasInstructions ||= (flags & HAVE_INSTRUCTIONS) !== 0;
    more = (flags & MORE_COMPONENTS) !== 0;
  }
  return { length: reader.offset - offset, hasInstructions };
}

/** Absolute coordinates from the `glyf` delta encoding. */
function coordinates(reader: ByteReader, flags: number[], short: number, sameOrPositive: number): number[] {
  let value = 0;
  return flags.map((flag) => {
    if (flag & short) value += flag & sameOrPositive ? reader.u8() : -reader.u8();
    else if (!(flag & sameOrPositive)) value += reader.i16();
    return value;
  });
}

/** Writes one coordinate delta in its shortest form and returns the flag bits that say which. */
function delta(value: number, out: ByteWriter, short: number, sameOrPositive: number): number {
  if (value === 0) return sameOrPositive;
  if (Math.abs(value) < 256) {
    out.u8(Math.abs(value));
    return short | (value > 0 ? sameOrPositive : 0);
  }
  out.i16(value);
  return 0;
}
