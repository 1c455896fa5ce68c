import { brotliDecompressSync } from 'node:zlib';
import { ByteReader, ByteWriter } from './binary';
import { reconstructGlyf } from './glyf-reconstruct';
import { writeSfnt } from './sfnt';
import { knownTags, woff2HeaderSize, woff2Signature } from './woff2-tags';

/** A WOFF2 font as the TrueType/OpenType font it was made from, with transformed tables rebuilt. */
export function woff2ToSfnt(woff2: Uint8Array): Uint8Array {
  const reader = new ByteReader(woff2);
  if (reader.u32() !== woff2Signature) throw new Error('Not a WOFF2 file');
  const flavor = reader.u32();
  if (flavor === 0x74746366) throw new Error('WOFF2 font collections are not supported');
  reader.u32(); // length
  const numTables = reader.u16();
  reader.offset = 20;
  const compressedLength = reader.u32();
  reader.offset = woff2HeaderSize;
  const directory = Array.from({ length: numTables }, () => {
    const flags = reader.u8();
    const index = flags & 0x3f;
    const tag = index === 63 ? reader.tag() : knownTags[index]!;
    const version = flags >> 6;
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    const origLength = reader.uintBase128();
    const storedLength = transformed ? reader.uintBase128() : origLength;
    return { tag, transformed, storedLength };
  });
  const stream = new ByteReader(brotliDecompressSync(reader.take(compressedLength)));
  const stored = new Map(directory.map((entry) => [entry.tag, stream.take(entry.storedLength)]));
  const tables = new Map(stored);
  const isTransformed = (tag: string) => directory.some((entry) => entry.tag === tag && entry.transformed);
  let xMins: number[] = [];
  if (isTransformed('glyf')) {
    const rebuilt = reconstructGlyf(stored.get('glyf')!);
    tables.set('glyf', rebuilt.glyf).set('loca', rebuilt.loca);
    xMins = rebuilt.xMins;
  }
  if (isTransformed('hmtx')) {
    const numberOfHMetrics = new ByteReader(tables.get('hhea')!, 34).u16();
    tables.set('hmtx', reconstructHmtx(stored.get('hmtx')!, numberOfHMetrics, xMins));
  }
  return writeSfnt({ flavor, tables });
}

/** The `hmtx` table from its WOFF2 transform (§5.4): left side bearings left out are each glyph's xMin. */
function reconstructHmtx(transformed: Uint8Array, numberOfHMetrics: number, xMins: number[]): Uint8Array {
  const reader = new ByteReader(transformed);
  const flags = reader.u8();
  const advances = Array.from({ length: numberOfHMetrics }, () => reader.u16());
  const proportional = Array.from({ length: numberOfHMetrics }, (_, index) =>
    flags & 1 ? xMins[index]! : reader.i16(),
  );
  const monospaced = Array.from({ length: xMins.length - numberOfHMetrics }, (_, index) =>
    flags & 2 ? xMins[numberOfHMetrics + index]! : reader.i16(),
  );
  const out = new ByteWriter();
  advances.forEach((advance, index) => out.u16(advance).i16(proportional[index]!));
  for (const bearing of monospaced) out.i16(bearing);
  return out.result();
}
