import { withShaper } from './harfbuzz-shaper';

/** The OpenType tables whose lookups shaping applies. */
export type LayoutTable = 'GSUB' | 'GPOS';

/** What shaping a font's text went through. */
export interface ShapingTrace {
  /**
   * Every glyph id shaping passed through: the glyphs `cmap` maps the text
   * to, the output of every GSUB lookup on the way, and the glyphs the text
   * ends up drawn with. A conjunct such as স্ক্রি is built in steps (half
   * forms, then a ligature of those); a subset that kept only the final
   * glyphs would lose the rules that build it. Glyph 0 is always included.
   */
  glyphIds: Set<number>;
  /** Per table, the lookups that changed a glyph or a position of some run, each with the runs it changed. */
  lookups: Record<LayoutTable, Map<number, Set<string>>>;
}

/** Whether two snapshots of a buffer hold the same numbers. */
function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Shapes each of `runs` with `font` (a TrueType file), following every lookup HarfBuzz applies. */
export function traceShaping(font: Uint8Array, runs: Iterable<string>): ShapingTrace {
  return withShaper(font, (shaper) => {
    const glyphIds = new Set([0]);
    const lookups: ShapingTrace['lookups'] = { GSUB: new Map(), GPOS: new Map() };
    let table: LayoutTable = 'GSUB';
    let before: ArrayLike<number> = [];
    const collectGlyphs = () => {
      if (shaper.holdsGlyphs()) shaper.addGlyphIds(glyphIds);
    };
    // What a GSUB lookup can change: glyphs and clusters; a GPOS lookup: positions.
    const snapshot = () => (table === 'GSUB' ? shaper.glyphs() : shaper.positions());
    for (const run of runs) {
      shaper.shape(run, (message) => {
        const tableStart = /^start table (GSUB|GPOS)/.exec(message);
        if (tableStart) table = tableStart[1] as LayoutTable;
        if (table === 'GSUB') collectGlyphs();
        if (message.startsWith('start lookup ')) before = snapshot();
        const lookupEnd = /^end lookup (\d+)/.exec(message);
        if (lookupEnd && !same(snapshot(), before)) {
          const lookup = Number(lookupEnd[1]);
          lookups[table].set(lookup, (lookups[table].get(lookup) ?? new Set()).add(run));
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
      return `${shaper.glyphs().join(' ')}|${shaper.positions().join(' ')}`;
    }),
  );
}
