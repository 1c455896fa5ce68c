import { isDeepStrictEqual } from 'node:util';
import { withShaper, type BufferPart, type Shaper } from './harfbuzz.ts';
import { digestOf, ShapingMemo, type RunTrace } from './shaping-memo.ts';

/** What shaping a font's text went through. */
export interface ShapingTrace {
  /**
   * Every glyph id shaping passed through (`cmap`'s, every GSUB lookup's, the final ones, and 0). A conjunct such as
   * স্ক্রি is built in steps: a subset that kept only the final glyphs would lose the rules that build it.
   */
  glyphIds: Set<number>;
  /** Per table, the lookups that changed a glyph or a position of some run, each with the runs it changed. */
  lookups: Record<'GSUB' | 'GPOS', Map<number, Set<string>>>;
}

/**
 * Shapes each of `runs` with `font` (a TrueType file), following every lookup HarfBuzz applies. Runs whose trace
 * `memo` holds for this font are not shaped again: each run is traced on its own, so the result is the same.
 */
export function traceShaping(font: Uint8Array, runs: Iterable<string>, memo = new ShapingMemo()): ShapingTrace {
  const fontDigest = digestOf(font);
  const traces = [...runs].map((run) => ({ run, trace: memo.knownTrace(fontDigest, run) }));
  const missing = traces.filter(({ trace }) => !trace);
  if (missing.length > 0)
    withShaper(font, (shaper) => {
      for (const entry of missing) entry.trace = memo.rememberTrace(fontDigest, entry.run, traceRun(shaper, entry.run));
    });
  const glyphIds = new Set([0]);
  const lookups: ShapingTrace['lookups'] = { GSUB: new Map(), GPOS: new Map() };
  for (const { run, trace } of traces) {
    for (const glyph of trace!.glyphs) glyphIds.add(glyph);
    for (const [table, lookup] of trace!.lookups)
      lookups[table].set(lookup, (lookups[table].get(lookup) ?? new Set()).add(run));
  }
  return { glyphIds, lookups };
}

/** What shaping `run` goes through: every glyph id it passes, and each lookup that changed it, once, in order. */
function traceRun(shaper: Shaper, run: string): RunTrace {
  const glyphs = new Set<number>();
  const lookups: RunTrace['lookups'] = [];
  const seen = new Set<string>();
  let table: 'GSUB' | 'GPOS' = 'GSUB';
  const collectGlyphs = () => {
    if (shaper.holdsGlyphs())
      for (const [index, value] of shaper.read('glyphs').entries()) if (index % 2 === 0) glyphs.add(value);
  };
  // What a GSUB lookup can change: glyphs and clusters; a GPOS lookup: positions.
  const part = (): BufferPart => (table === 'GSUB' ? 'glyphs' : 'positions');
  let before = new Int32Array();
  shaper.shape(run, (step) => {
    if (step.step === 'table') table = step.table;
    if (table === 'GSUB') collectGlyphs();
    if (step.step === 'lookup start') before = shaper.read(part());
    if (step.step === 'lookup end' && !seen.has(`${table}${step.lookup}`)) {
      if (!isDeepStrictEqual(before, shaper.read(part()))) {
        seen.add(`${table}${step.lookup}`);
        lookups.push([table, step.lookup]);
      }
    }
  });
  collectGlyphs();
  return { glyphs: [...glyphs].sort((one, other) => one - other), lookups };
}

/** How `font` draws each of `runs`: glyph ids, clusters and positions, one string per run. */
export function shapedRuns(font: Uint8Array, runs: Iterable<string>): string[] {
  return withShaper(font, (shaper) => [...runs].map((run) => shapedRun(shaper, run)));
}

/** How `shaper`'s font draws `run`: glyph ids, clusters and positions, as one string. */
export function shapedRun(shaper: Shaper, run: string): string {
  shaper.shape(run);
  return `${shaper.read('glyphs').join(' ')}|${shaper.read('positions').join(' ')}`;
}
