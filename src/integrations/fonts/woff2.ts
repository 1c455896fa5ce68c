import { compress, decompress } from 'wawoff2';

// wawoff2 (2.0.1) returns views into its WebAssembly memory, which its next call overwrites, even one started
// meanwhile: calls go one at a time, and each result is copied before the next starts.
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime(call: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const result = queue.then(async () => (await call()).slice());
  queue = result.catch(() => undefined);
  return result;
}

/** A WOFF2 font as the TrueType (or CFF) font it encodes, with Google's decoder. */
export const woff2ToSfnt = (woff2: Uint8Array): Promise<Uint8Array> => oneAtATime(() => decompress(woff2));

/** A TrueType (or CFF) font as WOFF2, with Google's encoder: glyf and loca transformed, Brotli at its best. */
export const sfntToWoff2 = (sfnt: Uint8Array): Promise<Uint8Array> => oneAtATime(() => compress(sfnt));
