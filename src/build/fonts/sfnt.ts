import { ByteReader, ByteWriter } from './binary';

/** An OpenType font (`.ttf`/`.otf`) as its tables, keyed by tag. */
export interface Sfnt {
  /** `0x00010000` for TrueType outlines, `OTTO` for CFF. */
  flavor: number;
  tables: Map<string, Uint8Array>;
}

/** The tables of an OpenType font file. */
export function readSfnt(bytes: Uint8Array): Sfnt {
  const reader = new ByteReader(bytes);
  const flavor = reader.u32();
  const numTables = reader.u16();
  reader.offset = 12;
  const tables = new Map<string, Uint8Array>();
  for (let index = 0; index < numTables; index++) {
    const tag = reader.tag();
    reader.u32(); // checksum, recomputed on writing
    const offset = reader.u32();
    const length = reader.u32();
    tables.set(tag, new ByteReader(bytes, offset).take(length));
  }
  return { flavor, tables };
}

/** An OpenType font file: tables sorted by tag, 4-byte aligned, with fresh checksums. */
export function writeSfnt({ flavor, tables }: Sfnt): Uint8Array {
  const tags = [...tables.keys()].sort();
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 16 * 2 ** entrySelector;
  const out = new ByteWriter()
    .u32(flavor)
    .u16(tags.length)
    .u16(searchRange)
    .u16(entrySelector)
    .u16(tags.length * 16 - searchRange);
  const data = tags.map((tag) => (tag === 'head' ? withChecksumAdjustment(tables.get(tag)!, 0) : tables.get(tag)!));
  let offset = 12 + 16 * tags.length;
  tags.forEach((tag, index) => {
    out.tag(tag).u32(checksum(data[index]!)).u32(offset).u32(data[index]!.length);
    offset += padded4(data[index]!.length);
  });
  for (const table of data) out.bytes(table).pad4();
  const font = out.result();
  const headIndex = tags.indexOf('head');
  if (headIndex >= 0) {
    const headOffset = new ByteReader(font, 12 + 16 * headIndex + 8).u32();
    new DataView(font.buffer).setUint32(headOffset + 8, (0xb1b0afba - checksum(font)) >>> 0);
  }
  return font;
}

/** The OpenType table checksum: the sum of the big-endian 32-bit words, zero-padded. */
export function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(padded4(bytes.length));
  padded.set(bytes);
  const words = new ByteReader(padded);
  let sum = 0;
  while (words.offset < words.bytes.length) sum = (sum + words.u32()) >>> 0;
  return sum;
}

/** `length` rounded up to a multiple of four. */
export function padded4(length: number): number {
  return (length + 3) & ~3;
}

/** A copy of the `head` table with its whole-font checksum adjustment set. */
function withChecksumAdjustment(head: Uint8Array, value: number): Uint8Array {
  const copy = head.slice();
  new DataView(copy.buffer).setUint32(8, value);
  return copy;
}
