import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The C functions of HarfBuzz's shaper that harfbuzzjs ships as `harfbuzz.wasm`. */
export interface ShaperExports {
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

/** HarfBuzz in WebAssembly, with one message function for every buffer that wants one. */
export interface HarfBuzz {
  exports: ShaperExports;
  /** The message function's slot in the function table: it calls `listen` with the message's address. */
  messageFunc: number;
  listen: ((message: number) => void) | undefined;
}

let instance: HarfBuzz | undefined;

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
export function harfBuzz(): HarfBuzz {
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
  const created: HarfBuzz = { exports, messageFunc: 0, listen: undefined };
  const table = exports.__indirect_function_table;
  created.messageFunc = table.grow(1);
  table.set(
    created.messageFunc,
    wasmFunction((_buffer, _font, message) => {
      created.listen?.(message);
      return 1;
    }),
  );
  instance = created;
  return created;
}

/** The size of HarfBuzz's memory, in bytes: it grows when a font is not freed. */
export function harfBuzzMemoryBytes(): number {
  return harfBuzz().exports.memory.buffer.byteLength;
}
