import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The C functions of HarfBuzz's subsetter that harfbuzzjs ships as `harfbuzz-subset.wasm`. */
interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
/** Keep exactly the glyphs asked for: no glyphs that GSUB could reach from them. */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

let loading: Promise<SubsetExports> | undefined;

/** HarfBuzz's subsetter, instantiated once, on first use. */
function subsetter(): Promise<SubsetExports> {
  loading ??= (async () => {
    // The top-level harfbuzzjs, not satori's older copy.
    const wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const exports = instance.exports as unknown as SubsetExports;
    exports._initialize();
    return exports;
  })();
  return loading;
}

/** What a subset keeps. */
export interface SubsetRequest {
  /** Glyph ids to keep; glyph 0 (.notdef) is always kept. */
  glyphIds: Iterable<number>;
  /** Code points the subset's `cmap` maps, to glyphs that are kept. */
  codePoints: Iterable<number>;
}

/**
 * A TrueType font cut down to the given glyphs, without layout closure: a
 * GSUB rule survives only if every glyph it reads and writes is kept. Give it
 * every glyph that shaping the site's text passes through (see
 * `shapedGlyphIds`), and it shapes that text exactly as the full font does.
 */
export async function subsetFont(font: Uint8Array, { glyphIds, codePoints }: SubsetRequest): Promise<Uint8Array> {
  const hb = await subsetter();
  const data = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('hb_subset_input_create_or_fail failed');
    const glyphSet = hb.hb_subset_input_glyph_set(input);
    for (const glyph of glyphIds) hb.hb_set_add(glyphSet, glyph);
    const unicodeSet = hb.hb_subset_input_unicode_set(input);
    for (const codePoint of codePoints) hb.hb_set_add(unicodeSet, codePoint);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('hb_subset_or_fail failed');
    const result = hb.hb_face_reference_blob(subset);
    const start = hb.hb_blob_get_data(result, 0);
    // Read the memory only now: the subsetter may have grown (and so replaced) it.
    const bytes = new Uint8Array(hb.memory.buffer, start, hb.hb_blob_get_length(result)).slice();
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
