import * as hb from 'harfbuzzjs';

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

/** Glyphs and clusters: what a GSUB lookup can change. */
function glyphSnapshot(buffer: hb.Buffer): string {
  return buffer
    .getGlyphInfos()
    .map((info) => `${info.codepoint}:${info.cluster}`)
    .join(' ');
}

/** Positions: what a GPOS lookup can change. */
function positionSnapshot(buffer: hb.Buffer): string {
  return buffer
    .getGlyphPositions()
    .map((position) => `${position.xAdvance},${position.yAdvance},${position.xOffset},${position.yOffset}`)
    .join(' ');
}

/** Everything shaping decides. */
function snapshot(buffer: hb.Buffer): string {
  return `${glyphSnapshot(buffer)}|${positionSnapshot(buffer)}`;
}

/** Shapes each of `runs` with `font` (a TrueType file), following every lookup HarfBuzz applies. */
export function traceShaping(font: Uint8Array, runs: Iterable<string>): ShapingTrace {
  const hbFont = new hb.Font(new hb.Face(new hb.Blob(font)));
  const glyphIds = new Set([0]);
  const lookups: ShapingTrace['lookups'] = { GSUB: new Map(), GPOS: new Map() };
  let run = '';
  let table: LayoutTable = 'GSUB';
  let before = '';
  const buffer = new hb.Buffer();
  const collectGlyphs = (current: hb.Buffer) => {
    if (current.getContentType() === hb.BufferContentType.GLYPHS) {
      for (const info of current.getGlyphInfos()) glyphIds.add(info.codepoint);
    }
  };
  // One message function for the buffer's life: harfbuzzjs takes a function table slot for each.
  const tableSnapshot = (current: hb.Buffer) => (table === 'GSUB' ? glyphSnapshot(current) : positionSnapshot(current));
  buffer.setMessageFunc((current, _font, message) => {
    const tableStart = /^start table (GSUB|GPOS)/.exec(message);
    if (tableStart) table = tableStart[1] as LayoutTable;
    if (table === 'GSUB') collectGlyphs(current);
    if (message.startsWith('start lookup ')) before = tableSnapshot(current);
    const lookupEnd = /^end lookup (\d+)/.exec(message);
    if (lookupEnd && tableSnapshot(current) !== before) {
      const lookup = Number(lookupEnd[1]);
      lookups[table].set(lookup, (lookups[table].get(lookup) ?? new Set()).add(run));
    }
    return true;
  });
  for (run of runs) {
    buffer.clearContents();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    hb.shape(hbFont, buffer);
    collectGlyphs(buffer);
  }
  return { glyphIds, lookups };
}

/** How `font` draws each of `runs`: glyph ids, clusters and positions, one string per run. */
export function shapedRuns(font: Uint8Array, runs: Iterable<string>): string[] {
  const hbFont = new hb.Font(new hb.Face(new hb.Blob(font)));
  const buffer = new hb.Buffer();
  return [...runs].map((run) => {
    buffer.clearContents();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    hb.shape(hbFont, buffer);
    return snapshot(buffer);
  });
}
