import { isDeepStrictEqual } from 'node:util';
import { withShaper, type BufferPart } from './harfbuzz.ts';

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

/** Shapes each of `runs` with `font` (a TrueType file), following every lookup HarfBuzz applies. */
export function traceShaping(font: Uint8Array, runs: Iterable<string>): ShapingTrace {
  return withShaper(font, (shaper) => {
    const glyphIds = new Set([0]);
    const lookups: ShapingTrace['lookups'] = { GSUB: new Map(), GPOS: new Map() };
    let table: 'GSUB' | 'GPOS' = 'GSUB';
    const collectGlyphs = () => {
      if (shaper.holdsGlyphs())
        for (const [index, value] of shaper.read('glyphs').entries()) if (index % 2 === 0) glyphIds.add(value);
    };
    // What a GSUB lookup can change: glyphs and clusters; a GPOS lookup: positions.
    const part = (): BufferPart => (table === 'GSUB' ? 'glyphs' : 'positions');
    let before = new Int32Array();
    for (const run of runs) {
      shaper.shape(run, (step) => {
        if (step.step === 'table') table = step.table;
        if (table === 'GSUB') collectGlyphs();
        if (step.step === 'lookup start') before = shaper.read(part());
        if (step.step === 'lookup end' && !isDeepStrictEqual(before, shaper.read(part()))) {
          lookups[table].set(step.lookup, (lookups[table].get(step.lookup) ?? new Set()).add(run));
        }
      });
      collectGlyphs();
    }
    return { glyphIds, lookups };
  });
}

/** How `font` draws each of `runs`: glyph ids, clusters and positions, one string per run. */
export function shapedRuns(font: Uint8Array, runs: Iterable<string>): string[] {
  return withShaper(font, (shaper) =>
    [...runs].map((run) => {
      shaper.shape(run);
      return `${shaper.read('glyphs').join(' ')}|${shaper.read('positions').join(' ')}`;
    }),
  );
}
