/** Google's WOFF2 encoder and decoder (`woff2_compress`, `woff2_decompress`), compiled to WebAssembly. */
declare module 'wawoff2' {
  /** A TrueType or CFF font as WOFF2. */
  export function compress(font: Uint8Array): Promise<Uint8Array>;
  /** A WOFF2 font as the TrueType or CFF font it encodes. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
