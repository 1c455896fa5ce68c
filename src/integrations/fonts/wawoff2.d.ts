/** Google's WOFF2 encoder and decoder (`woff2_compress`, `woff2_decompress`), compiled to WebAssembly. */
declare module 'wawoff2' {
  export function compress(font: Uint8Array): Promise<Uint8Array>;
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
