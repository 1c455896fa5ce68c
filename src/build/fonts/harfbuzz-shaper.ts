import { harfBuzz, type ShaperExports } from './harfbuzz-wasm';

const HB_MEMORY_MODE_READONLY = 1;
const HB_BUFFER_CONTENT_TYPE_GLYPHS = 2;
/** `hb_glyph_info_t` and `hb_glyph_position_t` are five 32-bit fields each. */
const recordWords = 5;
/** The fields read of each: glyph id (`codepoint`, once shaped) and cluster; x and y advance and offset. */
const fieldsOf = { glyphs: [0, 2], positions: [0, 1, 2, 3] } as const;

/** What the buffer holds that a step of shaping can change: glyphs and clusters (GSUB) or positions (GPOS). */
export type BufferPart = keyof typeof fieldsOf;

/** A step HarfBuzz reports while it shapes: a table, a lookup's start or end, or another step (a reordering). */
export type ShapingStep =
  | { step: 'table'; table: 'GSUB' | 'GPOS' }
  | { step: 'lookup start' }
  | { step: 'lookup end'; lookup: number }
  | { step: 'other' };

/** A shaper the runs of one font go through, one at a time. */
export interface Shaper {
  /**
   * Shapes `run`. `onStep` hears every step HarfBuzz reports while it shapes
   * (each table, each lookup applied, each reordering), and can read the
   * buffer as it stands at that step.
   */
  shape(run: string, onStep?: (step: ShapingStep) => void): void;
  /** Whether the buffer holds glyphs yet (after `cmap`), rather than characters. */
  holdsGlyphs(): boolean;
  /** Adds the buffer's glyph ids to `ids`. */
  addGlyphIds(ids: Set<number>): void;
  /** Remembers one part of the buffer as it is now, for `changedSinceMark`. */
  mark(part: BufferPart): void;
  /** Whether the part of the buffer last marked differs from what it was then. */
  changedSinceMark(): boolean;
  /** The buffer's glyph ids and clusters, two numbers a glyph (a copy). */
  glyphs(): Int32Array;
  /** The buffer's advances and offsets (x and y of each), four numbers a glyph (a copy). */
  positions(): Int32Array;
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const prefixes = {
  table: ascii('start table G'),
  lookupStart: ascii('start lookup '),
  lookupEnd: ascii('end lookup '),
};

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let index = 0; index < prefix.length; index++) if (bytes[at + index] !== prefix[index]) return false;
  return true;
}

const gsub: ShapingStep = { step: 'table', table: 'GSUB' };
const gpos: ShapingStep = { step: 'table', table: 'GPOS' };
const lookupStart: ShapingStep = { step: 'lookup start' };
const other: ShapingStep = { step: 'other' };

/**
 * The step a HarfBuzz message (ASCII, NUL-terminated, at `at`) reports, read
 * from its bytes: "start table GSUB …", "start lookup 12 …", "end lookup 12 …".
 * Decoding every message to a string took a tenth of the tracing time.
 */
function stepOf(bytes: Uint8Array, at: number): ShapingStep {
  if (startsWith(bytes, at, prefixes.table)) return bytes[at + prefixes.table.length] === 0x53 ? gsub : gpos;
  if (startsWith(bytes, at, prefixes.lookupStart)) return lookupStart;
  if (!startsWith(bytes, at, prefixes.lookupEnd)) return other;
  let lookup = 0;
  for (let index = at + prefixes.lookupEnd.length; bytes[index]! >= 0x30 && bytes[index]! <= 0x39; index++) {
    lookup = lookup * 10 + bytes[index]! - 0x30;
  }
  return { step: 'lookup end', lookup };
}

/** The buffer's records (glyph infos or positions), viewed anew: shaping may have grown, and so replaced, the memory. */
function records(exports: ShaperExports, buffer: number, part: BufferPart): Int32Array {
  const pointer =
    part === 'glyphs' ? exports.hb_buffer_get_glyph_infos(buffer, 0) : exports.hb_buffer_get_glyph_positions(buffer, 0);
  return new Int32Array(exports.memory.buffer, pointer, exports.hb_buffer_get_length(buffer) * recordWords);
}

/**
 * Runs `use` with a shaper for `font` (a TrueType file), then frees
 * everything HarfBuzz made for it.
 */
export function withShaper<T>(font: Uint8Array, use: (shaper: Shaper) => T): T {
  const hb = harfBuzz();
  const { exports } = hb;
  const data = exports.malloc(font.length);
  new Uint8Array(exports.memory.buffer).set(font, data);
  const blob = exports.hb_blob_create(data, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = exports.hb_face_create(blob, 0);
  const hbFont = exports.hb_font_create(face);
  const buffer = exports.hb_buffer_create();
  // What `mark` remembered: reused, so that marking at every lookup allocates nothing.
  let marked = { part: 'glyphs' as BufferPart, length: 0, values: new Int32Array(256) };
  const copy = (part: BufferPart): Int32Array => {
    const all = records(exports, buffer, part);
    const fields = fieldsOf[part];
    const out = new Int32Array((all.length / recordWords) * fields.length);
    for (let glyph = 0; glyph * recordWords < all.length; glyph++) {
      for (let field = 0; field < fields.length; field++) {
        out[glyph * fields.length + field] = all[glyph * recordWords + fields[field]!]!;
      }
    }
    return out;
  };
  const api: Shaper = {
    shape(run, onStep) {
      const text = exports.malloc(run.length * 2);
      const units = new Uint16Array(exports.memory.buffer, text, run.length);
      for (let index = 0; index < run.length; index++) units[index] = run.charCodeAt(index);
      exports.hb_buffer_clear_contents(buffer);
      exports.hb_buffer_add_utf16(buffer, text, run.length, 0, run.length);
      exports.free(text);
      exports.hb_buffer_guess_segment_properties(buffer);
      // Without a listener, no message function: HarfBuzz then writes no messages, which costs a third of the time.
      exports.hb_buffer_set_message_func(buffer, onStep ? hb.messageFunc : 0, 0, 0);
      hb.listen = onStep && ((message) => onStep(stepOf(new Uint8Array(exports.memory.buffer), message)));
      try {
        exports.hb_shape(hbFont, buffer, 0, 0);
      } finally {
        hb.listen = undefined;
      }
    },
    holdsGlyphs: () => exports.hb_buffer_get_content_type(buffer) === HB_BUFFER_CONTENT_TYPE_GLYPHS,
    addGlyphIds(ids) {
      const infos = records(exports, buffer, 'glyphs');
      for (let index = 0; index < infos.length; index += recordWords) ids.add(infos[index]!);
    },
    mark(part) {
      const all = records(exports, buffer, part);
      if (marked.values.length < all.length) marked = { ...marked, values: new Int32Array(all.length * 2) };
      marked.values.set(all);
      marked.part = part;
      marked.length = all.length;
    },
    changedSinceMark() {
      const all = records(exports, buffer, marked.part);
      if (all.length !== marked.length) return true;
      for (let index = 0; index < all.length; index += recordWords) {
        for (const field of fieldsOf[marked.part]) {
          if (all[index + field] !== marked.values[index + field]) return true;
        }
      }
      return false;
    },
    glyphs: () => copy('glyphs'),
    positions: () => copy('positions'),
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
