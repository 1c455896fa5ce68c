import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// HarfBuzz's shaper and subsetter, from the WebAssembly harfbuzzjs ships, called directly. harfbuzzjs's API (1.6.4) has
// no subsetter and frees a font (copied in for every pruning attempt) only when the garbage collector gets to it; its
// tracing makes a `Buffer`, a `Font` and a JSON copy of the buffer at every step, and adds a function to the table on
// every call. Tracing a site's words so grew the memory past 130 MB. Here each font is freed once its words are shaped.

/** The exports of harfbuzzjs's two modules (each has some). Its C functions take numbers: pointers, handles, flags. */
// prettier-ignore
type HarfBuzz = { memory: WebAssembly.Memory; __indirect_function_table: WebAssembly.Table } & Record<'malloc' | 'free'
  | '__wasm_call_ctors' | '_initialize' | 'hb_face_create' | 'hb_face_destroy' | 'hb_face_reference_table'
  | 'hb_face_reference_blob' | 'hb_blob_create' | 'hb_blob_destroy' | 'hb_blob_get_data' | 'hb_blob_get_length'
  | 'hb_font_create' | 'hb_font_destroy' | 'hb_shape' | 'hb_buffer_create' | 'hb_buffer_destroy'
  | 'hb_buffer_clear_contents' | 'hb_buffer_add_utf16' | 'hb_buffer_guess_segment_properties'
  | 'hb_buffer_get_content_type' | 'hb_buffer_get_length' | 'hb_buffer_get_glyph_infos'
  | 'hb_buffer_get_glyph_positions' | 'hb_buffer_set_message_func' | 'hb_set_add' | 'hb_set_invert'
  | 'hb_subset_or_fail' | 'hb_subset_input_create_or_fail' | 'hb_subset_input_destroy' | 'hb_subset_input_glyph_set'
  | 'hb_subset_input_unicode_set' | 'hb_subset_input_get_flags' | 'hb_subset_input_set_flags', Fn>;
type Fn = (...args: number[]) => number;

const HB_MEMORY_MODE_READONLY = 1;
const HB_BUFFER_CONTENT_TYPE_GLYPHS = 2;
/** Keep exactly the glyphs asked for: no glyphs that GSUB could reach from them. */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** The top-level harfbuzzjs's WebAssembly module `name` (not satori's older copy), its constructors run by `init`. */
function instantiate(name: string, init: '__wasm_call_ctors' | '_initialize', imports = {}): HarfBuzz {
  const file = readFileSync(createRequire(import.meta.url).resolve(`harfbuzzjs/dist/${name}`));
  const hb = new WebAssembly.Instance(new WebAssembly.Module(file), imports).exports as HarfBuzz;
  hb[init]();
  return hb;
}

/**
 * A WebAssembly function that calls `call`, for HarfBuzz to call back through its function table: a module typed
 * `(i32, i32, i32, i32) → i32`, as Emscripten builds one, that imports `call` as `e.f` and exports it as `f`.
 */
function wasmFunction(call: Fn): WebAssembly.ExportValue {
  const bytes = Buffer.from('0061736d0100000001090160047f7f7f7f017f02070101650166000007050101660000', 'hex');
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { f: call } }).exports.f!;
}

let shaperInstance: { hb: HarfBuzz; messageFunc: number } | undefined;
/** Hears the messages of the run being traced, by their address in the shaper's memory. */
let listener: ((message: number) => void) | undefined;

/** HarfBuzz's shaper, instantiated on first use, and the slot of its message function, which calls `listener`. */
function shaper() {
  if (shaperInstance) return shaperInstance;
  const fail = (what: string) => () => {
    throw new Error(`HarfBuzz ${what}`);
  };
  const hb = instantiate('harfbuzz.wasm', '__wasm_call_ctors', {
    env: {
      // The heap grows through this import; the memory is the instance's own export, there by the time it is called.
      emscripten_resize_heap: (requested: number) => {
        try {
          hb.memory.grow(Math.ceil(((requested >>> 0) - hb.memory.buffer.byteLength) / 65536));
          return 1;
        } catch {
          return 0;
        }
      },
      _abort_js: fail('aborted'),
      _emscripten_runtime_keepalive_clear: () => {},
      _setitimer_js: () => 0,
    },
    wasi_snapshot_preview1: { proc_exit: fail('exited') },
  });
  const messageFunc = hb.__indirect_function_table.grow(1);
  const onMessage = wasmFunction((_buffer, _font, message) => (listener?.(message!), 1));
  hb.__indirect_function_table.set(messageFunc, onMessage);
  return (shaperInstance = { hb, messageFunc });
}

let subsetInstance: HarfBuzz | undefined;
/** HarfBuzz's subsetter, instantiated on first use. */
const subsetter = () => (subsetInstance ??= instantiate('harfbuzz-subset.wasm', '_initialize'));

/** Runs `use` with `font` copied into `hb`'s memory (at `data`) as a face, then frees both. */
function withFace<T>(hb: HarfBuzz, font: Uint8Array, use: (face: number, data: number) => T): T {
  const data = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  try {
    return use(face, data);
  } finally {
    hb.hb_face_destroy(face);
    hb.hb_blob_destroy(blob);
    hb.free(data);
  }
}

/** Where each of `tags` lies in `font` (offset, length), as HarfBuzz reads the table directory; absent ones left out. */
export function tableRanges<Tag extends string>(font: Uint8Array, tags: readonly Tag[]): Map<Tag, [number, number]> {
  const { hb } = shaper();
  return withFace(hb, font, (face, data) => {
    const ranges = new Map<Tag, [number, number]>();
    for (const tag of tags) {
      // A table of a face made from a blob is a view into that blob: its address, less the font's, is its offset.
      const blob = hb.hb_face_reference_table(face, Buffer.from(tag, 'latin1').readUInt32BE());
      const length = hb.hb_blob_get_length(blob);
      if (length > 0) ranges.set(tag, [hb.hb_blob_get_data(blob, 0) - data, length]);
      hb.hb_blob_destroy(blob);
    }
    return ranges;
  });
}

type SubsetRequest = { glyphIds: Iterable<number> | 'all'; codePoints: Iterable<number> };

/**
 * A TrueType font cut down to some glyphs (or all; glyph 0 always) and code points, without layout closure: a GSUB rule
 * stays if every glyph it reads and writes is kept. Given every glyph shaping some text passes through
 * (`traceShaping`), the subset shapes that text exactly as the full font does.
 */
export function subsetFont(font: Uint8Array, { glyphIds, codePoints }: SubsetRequest): Uint8Array {
  const hb = subsetter();
  return withFace(hb, font, (face) => {
    const input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error('hb_subset_input_create_or_fail failed');
    try {
      const glyphSet = hb.hb_subset_input_glyph_set(input);
      if (glyphIds === 'all') hb.hb_set_invert(glyphSet);
      else for (const glyph of glyphIds) hb.hb_set_add(glyphSet, glyph);
      for (const codePoint of codePoints) hb.hb_set_add(hb.hb_subset_input_unicode_set(input), codePoint);
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
      const subset = hb.hb_subset_or_fail(face, input);
      if (!subset) throw new Error('hb_subset_or_fail failed');
      const blob = hb.hb_face_reference_blob(subset);
      // Read the memory only now: the subsetter may have grown (and so replaced) it.
      const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)).slice();
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  });
}

/** A step HarfBuzz reports while it shapes: a table, a lookup's start or end, or another step (a reordering). */
export type ShapingStep =
  | { step: 'table'; table: 'GSUB' | 'GPOS' }
  | { step: 'lookup start' | 'other' }
  | { step: 'lookup end'; lookup: number };

/** What the buffer holds that a step of shaping can change: glyphs and clusters (GSUB) or positions (GPOS). */
export type BufferPart = 'glyphs' | 'positions';

/** The words read of `hb_glyph_info_t` (glyph id, cluster) and `hb_glyph_position_t` (advances, offsets): 5 each. */
const fieldsOf: Record<BufferPart, number[]> = { glyphs: [0, 2], positions: [0, 1, 2, 3] };
const recordWords = 5;

/** A shaper the runs of one font go through, one at a time. */
export interface Shaper {
  /** Shapes `run`; `onStep` hears every step HarfBuzz reports, and may read the buffer as it is at that step. */
  shape(run: string, onStep?: (step: ShapingStep) => void): void;
  /** Whether the buffer holds glyphs yet (after `cmap`), rather than characters. */
  holdsGlyphs(): boolean;
  /** A copy of one part of the buffer: glyph id and cluster of each glyph, or its x and y advance and offset. */
  read(part: BufferPart): Int32Array<ArrayBuffer>;
}

const tablePrefix = Buffer.from('start table G');
const startPrefix = Buffer.from('start lookup ');
const endPrefix = Buffer.from('end lookup ');
const startsWith = (bytes: Uint8Array, at: number, prefix: Buffer) =>
  prefix.equals(bytes.subarray(at, at + prefix.length));

/**
 * The step a message (ASCII, NUL-terminated, at `at`) reports: "start table GSUB …", "start lookup 12 …",
 * "end lookup 12 …". Read from the bytes: decoding every message to a string took a tenth of the tracing time.
 */
function stepOf(bytes: Uint8Array, at: number): ShapingStep {
  if (startsWith(bytes, at, tablePrefix))
    return { step: 'table', table: bytes[at + tablePrefix.length] === 0x53 ? 'GSUB' : 'GPOS' };
  if (startsWith(bytes, at, startPrefix)) return { step: 'lookup start' };
  if (!startsWith(bytes, at, endPrefix)) return { step: 'other' };
  const number = bytes.subarray(at + endPrefix.length, at + endPrefix.length + 6);
  return { step: 'lookup end', lookup: parseInt(String.fromCharCode(...number)) };
}

/** Runs `use` with a shaper for `font` (a TrueType file), then frees everything HarfBuzz made for it. */
export function withShaper<T>(font: Uint8Array, use: (shaper: Shaper) => T): T {
  const { hb, messageFunc } = shaper();
  return withFace(hb, font, (face) => {
    const hbFont = hb.hb_font_create(face);
    const buffer = hb.hb_buffer_create();
    const api: Shaper = {
      shape(run, onStep) {
        const text = hb.malloc(run.length * 2);
        new Uint8Array(hb.memory.buffer).set(Buffer.from(run, 'utf16le'), text);
        hb.hb_buffer_clear_contents(buffer);
        hb.hb_buffer_add_utf16(buffer, text, run.length, 0, run.length);
        hb.free(text);
        hb.hb_buffer_guess_segment_properties(buffer);
        // Without a listener, no message function: HarfBuzz then writes no messages, which costs a third of the time.
        hb.hb_buffer_set_message_func(buffer, onStep ? messageFunc : 0, 0, 0);
        listener = onStep && ((message) => onStep(stepOf(new Uint8Array(hb.memory.buffer), message)));
        try {
          hb.hb_shape(hbFont, buffer, 0, 0);
        } finally {
          listener = undefined;
        }
      },
      holdsGlyphs: () => hb.hb_buffer_get_content_type(buffer) === HB_BUFFER_CONTENT_TYPE_GLYPHS,
      read(part) {
        const at =
          part === 'glyphs' ? hb.hb_buffer_get_glyph_infos(buffer, 0) : hb.hb_buffer_get_glyph_positions(buffer, 0);
        // Viewed anew each time: shaping may have grown, and so replaced, the memory.
        const length = hb.hb_buffer_get_length(buffer);
        const records = new Int32Array(hb.memory.buffer, at, length * recordWords);
        const fields = fieldsOf[part];
        const copy = new Int32Array(length * fields.length);
        for (let glyph = 0, to = 0; glyph < length; glyph++)
          for (const field of fields) copy[to++] = records[glyph * recordWords + field]!;
        return copy;
      },
    };
    try {
      return use(api);
    } finally {
      hb.hb_buffer_destroy(buffer);
      hb.hb_font_destroy(hbFont);
    }
  });
}

/** The size of the shaper's memory, in bytes: it grows when a font is not freed. */
export const shaperMemoryBytes = (): number => shaper().hb.memory.buffer.byteLength;
