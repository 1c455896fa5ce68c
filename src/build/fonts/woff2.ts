import { compress, decompress } from 'wawoff2';

// wawoff2 (2.0.1) returns views into its WebAssembly memory, which its next call overwrites: each result is copied.

/** A WOFF2 font as the TrueType (or CFF) font it encodes, with Google's decoder. */
export async function woff2ToSfnt(woff2: Uint8Array): Promise<Uint8Array> {
  return (await decompress(woff2)).slice();
}

/** A TrueType (or CFF) font as WOFF2, with Google's encoder: glyf and loca transformed, Brotli at its best. */
export async function sfntToWoff2(sfnt: Uint8Array): Promise<Uint8Array> {
  return (await compress(sfnt)).slice();
}
