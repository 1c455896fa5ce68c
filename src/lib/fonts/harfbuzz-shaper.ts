import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The C functions of HarfBuzz's shaper that harfbuzzjs ships as `harfbuzz.wasm`. */
interface ShaperExports {
  memory: WebAssembly.Memory;
  __indirect_function_table: WebAssembly.Table;
  __wasm_call_ctors(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_font_create(face: number): number;
  hb_font_destroy(font: number): void;
  hb_buffer_create(): number;
  hb_buffer_destroy(buffer: number): void;
  hb_buffer_clear_contents(buffer: number): void;
  hb_buffer_add_utf16(buffer: number, text: number, length: number, offset: number, itemLength: number): void;
  hb_buffer_guess_segment_properties(buffer: number): void;
  hb_buffer_get_content_type(buffer: number): number;
  hb_buffer_get_length(buffer: number): number;
  hb_buffer_get_glyph_infos(buffer: number, length: number): number;
  hb_buffer_get_glyph_positions(buffer: number, length: number): number;
  hb_buffer_set_message_func(buffer: number, func: number, userData: number, destroy: number): void;
  hb_shape(font: number, buffer: number, features: number, featureCount: number): void;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_BUFFER_CONTENT_TYPE_GLYPHS = 2;
/** `hb_glyph_info_t` and `hb_glyph_position_t` are five 32-bit fields each. */
const recordWords = 5;

/** A shaper the runs of one font go through, one at a time. */
export interface Shaper {
  /**
   * Shapes `run`. `onMessage` hears every step HarfBuzz reports while it
   * shapes ("start table GSUB", "start lookup 12", "end lookup 12"), and can
   * read the buffer as it stands at that step.
   */
  shape(run: string, onMessage?: (message: string) => void): void;
  /** Whether the buffer holds glyphs yet (after `cmap`), rather than characters. */
  holdsGlyphs(): boolean;
  /** Adds the buffer's glyph ids to `ids`, copying nothing. */
  addGlyphIds(ids: Set<number>): void;
  /** The buffer's glyph ids and clusters, two numbers a glyph (a copy). */
  glyphs(): Uint32Array;
  /** The buffer's advances and offsets (x and y of each), four numbers a glyph (a copy). */
  positions(): Int32Array;
}

interface Instance {
  exports: ShaperExports;
  /** The message callback's slot in the function table; it calls whatever `listen` holds. */
  messageFunc: number;
  listen: ((message: string) => void) | undefined;
}

let instance: Instance | undefined;

/**
 * A WebAssembly function that calls `call`, for HarfBuzz to call back through
 * its function table: the import of a one-function module, typed
 * `(i32, i32, i32, i32) → i32`, as Emscripten builds one.
 */
function wasmFunction(call: (...args: number[]) => number): WebAssembly.ExportValue {
  const bytes = Uint8Array.of(
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...[0x01, 0x09, 0x01, 0x60, 0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x01, 0x7f],
    ...[0x02, 0x07, 0x01, 0x01, 0x65, 0x01, 0x66, 0x00, 0x00],
    ...[0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00],
  );
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { f: call } }).exports.f!;
}

/**
 * HarfBuzz's shaper, instantiated once, on first use, from the WebAssembly
 * that harfbuzzjs ships. It is called directly rather than through harfbuzzjs's
 * classes: those free HarfBuzz's objects only when the garbage collector gets
 * to them, and make two such objects for every step a message function hears.
 * Tracing a site's words made hundreds of thousands of them and grew the
 * WebAssembly memory past 130 MB.
 */
function shaper(): Instance {
  if (instance) return instance;
  const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz.wasm');
  // The memory is the instance's own export: the import that grows it is called only once it exists.
  const grown: { memory?: WebAssembly.Memory } = {};
  const imports = {
    env: {
      emscripten_resize_heap: (requested: number) => {
        const memory = grown.memory!;
        const pages = Math.ceil(((requested >>> 0) - memory.buffer.byteLength) / 65536);
        try {
          memory.grow(pages);
          return 1;
        } catch {
          return 0;
        }
      },
      _abort_js: () => {
        throw new Error('HarfBuzz aborted');
      },
      _emscripten_runtime_keepalive_clear: () => {},
      _setitimer_js: () => 0,
    },
    wasi_snapshot_preview1: {
      proc_exit: (code: number) => {
        throw new Error(`HarfBuzz exited with ${code}`);
      },
    },
  };
  const exports = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), imports)
    .exports as unknown as ShaperExports;
  grown.memory = exports.memory;
  exports.__wasm_call_ctors();
  const created: Instance = { exports, messageFunc: 0, listen: undefined };
  const table = exports.__indirect_function_table;
  created.messageFunc = table.grow(1);
  table.set(
    created.messageFunc,
    wasmFunction((_buffer, _font, message) => {
      created.listen?.(cString(exports.memory, message));
      return 1;
    }),
  );
  instance = created;
  return created;
}

const latin1 = new TextDecoder('latin1');

/** The NUL-terminated string at `pointer`: HarfBuzz's messages are ASCII. */
function cString(memory: WebAssembly.Memory, pointer: number): string {
  const bytes = new Uint8Array(memory.buffer);
  return latin1.decode(bytes.subarray(pointer, bytes.indexOf(0, pointer)));
}

/**
 * Runs `use` with a shaper for `font` (a TrueType file), then frees
 * everything HarfBuzz made for it.
 */
export function withShaper<T>(font: Uint8Array, use: (shaper: Shaper) => T): T {
  const hb = shaper();
  const { exports } = hb;
  const data = exports.malloc(font.length);
  new Uint8Array(exports.memory.buffer).set(font, data);
  const blob = exports.hb_blob_create(data, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = exports.hb_face_create(blob, 0);
  const hbFont = exports.hb_font_create(face);
  const buffer = exports.hb_buffer_create();
  // Each read views the memory anew: shaping may have grown (and so replaced) it.
  const records = <A extends Uint32Array | Int32Array>(
    pointer: number,
    View: { new (buffer: ArrayBufferLike, offset: number, length: number): A },
    fields: number[],
  ): A => {
    const length = exports.hb_buffer_get_length(buffer);
    const all = new View(exports.memory.buffer, pointer, length * recordWords);
    const out = new View(new ArrayBuffer(length * fields.length * 4), 0, length * fields.length);
    for (let glyph = 0; glyph < length; glyph++) {
      for (let field = 0; field < fields.length; field++) {
        out[glyph * fields.length + field] = all[glyph * recordWords + fields[field]!]!;
      }
    }
    return out;
  };
  const api: Shaper = {
    shape(run, onMessage) {
      const text = exports.malloc(run.length * 2);
      const units = new Uint16Array(exports.memory.buffer, text, run.length);
      for (let index = 0; index < run.length; index++) units[index] = run.charCodeAt(index);
      exports.hb_buffer_clear_contents(buffer);
      exports.hb_buffer_add_utf16(buffer, text, run.length, 0, run.length);
      exports.free(text);
      exports.hb_buffer_guess_segment_properties(buffer);
      // Without a listener, no message function: HarfBuzz then writes no messages, which costs a third of the time.
      exports.hb_buffer_set_message_func(buffer, onMessage ? hb.messageFunc : 0, 0, 0);
      hb.listen = onMessage;
      try {
        exports.hb_shape(hbFont, buffer, 0, 0);
      } finally {
        hb.listen = undefined;
      }
    },
    holdsGlyphs: () => exports.hb_buffer_get_content_type(buffer) === HB_BUFFER_CONTENT_TYPE_GLYPHS,
    addGlyphIds(ids) {
      const length = exports.hb_buffer_get_length(buffer);
      const infos = new Uint32Array(
        exports.memory.buffer,
        exports.hb_buffer_get_glyph_infos(buffer, 0),
        length * recordWords,
      );
      for (let glyph = 0; glyph < length; glyph++) ids.add(infos[glyph * recordWords]!);
    },
    // hb_glyph_info_t: codepoint (the glyph id, once shaped), mask, cluster.
    glyphs: () => records(exports.hb_buffer_get_glyph_infos(buffer, 0), Uint32Array, [0, 2]),
    // hb_glyph_position_t: x_advance, y_advance, x_offset, y_offset.
    positions: () => records(exports.hb_buffer_get_glyph_positions(buffer, 0), Int32Array, [0, 1, 2, 3]),
  };
  try {
    return use(api);
  } finally {
    exports.hb_buffer_destroy(buffer);
    exports.hb_font_destroy(hbFont);
    exports.hb_face_destroy(face);
    exports.hb_blob_destroy(blob);
    exports.free(data);
  }
}

/** The size of HarfBuzz's memory, in bytes: it grows when a font is not freed. */
export function shaperMemoryBytes(): number {
  return shaper().exports.memory.buffer.byteLength;
}
