import { brotliCompressSync, constants } from 'node:zlib';
import { ByteReader, ByteWriter } from './binary';
import { transformGlyf } from './glyf-transform';
import { padded4, readSfnt } from './sfnt';
import { knownTags, woff2HeaderSize, woff2Signature } from './woff2-tags';

interface Entry {
  tag: string;
  origLength: number;
  /** Set when the table is stored transformed. */
  transformLength?: number;
  data: Uint8Array;
}

/**
 * A TrueType font as WOFF2 (W3C WOFF2): `glyf` and `loca` transformed, the
 * other tables as they are, all in one Brotli stream.
 */
export function sfntToWoff2(sfnt: Uint8Array): Uint8Array {
  const { flavor, tables } = readSfnt(sfnt);
  const entries = outputOrder([...tables.keys()]).map((tag): Entry => {
    const data = tables.get(tag)!;
    return { tag, origLength: data.length, data };
  });
  const glyf = entries.find((entry) => entry.tag === 'glyf');
  const loca = entries.find((entry) => entry.tag === 'loca');
  if (glyf && loca) {
    const numGlyphs = new ByteReader(tables.get('maxp')!, 4).u16();
    const indexFormat = new ByteReader(tables.get('head')!, 50).i16() === 0 ? 0 : 1;
    glyf.data = transformGlyf({ glyf: glyf.data, loca: loca.data, numGlyphs, indexFormat });
    glyf.transformLength = glyf.data.length;
    loca.data = new Uint8Array();
    loca.transformLength = 0;
  }
  const stream = new ByteWriter();
  for (const entry of entries) stream.bytes(entry.data);
  const uncompressed = stream.result();
  const compressed = brotliCompressSync(uncompressed, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: uncompressed.length,
    },
  });

  const directory = new ByteWriter();
  for (const entry of entries) {
    const index = (knownTags as readonly string[]).indexOf(entry.tag);
    // glyf and loca say "not transformed" with version 3, every other table with version 0.
    const version = entry.transformLength === undefined && ['glyf', 'loca'].includes(entry.tag) ? 3 : 0;
    directory.u8((version << 6) | (index < 0 ? 63 : index));
    if (index < 0) directory.tag(entry.tag);
    directory.uintBase128(entry.origLength);
    if (entry.transformLength !== undefined) directory.uintBase128(entry.transformLength);
  }
  const directoryBytes = directory.result();
  const length = padded4(woff2HeaderSize + directoryBytes.length + compressed.length);
  const totalSfntSize = entries.reduce((size, entry) => size + padded4(entry.origLength), 12 + 16 * entries.length);
  return new ByteWriter()
    .u32(woff2Signature)
    .u32(flavor)
    .u32(length)
    .u16(entries.length)
    .u16(0)
    .u32(totalSfntSize)
    .u32(compressed.length)
    .u16(1)
    .u16(0)
    .u32(0) // metaOffset
    .u32(0) // metaLength
    .u32(0) // metaOrigLength
    .u32(0) // privOffset
    .u32(0) // privLength
    .bytes(directoryBytes)
    .bytes(compressed)
    .pad4()
    .result();
}

/** Tags sorted, with `loca` right after `glyf`, as WOFF2 requires for the transformed pair. */
function outputOrder(tags: string[]): string[] {
  const sorted = tags.filter((tag) => tag !== 'loca').sort();
  if (tags.includes('loca')) sorted.splice(sorted.indexOf('glyf') + 1, 0, 'loca');
  return sorted;
}
