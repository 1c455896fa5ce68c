import { subsetFont, tableRanges } from './harfbuzz';
import { shapedRuns, traceShaping, type ShapingTrace } from './shaping-trace';

/** A font cut down to some text (TrueType), and whether the layout rules that never changed its shaping went. */
export type TextSubset = { font: Uint8Array; glyphs: number; layoutPruned: boolean };

/**
 * `font` (TrueType) cut down to the glyphs and the layout rules shaping `runs` needs. Glyphs: every one shaping passes
 * through. Rules: only the lookups that changed some run, and in each only the subtables that run's shaping needs;
 * most of Noto Sans Bengali's rules build conjuncts the text does not have. Within what is left, a rule stays if every
 * glyph it reads and writes is kept. The subset is checked to shape every run as a subset with all the font's rules
 * does; if one run differs, all rules stay.
 */
export function subsetForText(font: Uint8Array, runs: ReadonlySet<string>): TextSubset {
  const { glyphIds } = traceShaping(font, runs);
  const codePoints = new Set([...runs].flatMap((run) => [...run].map((char) => char.codePointAt(0)!)));
  const allRules = subsetFont(font, { glyphIds, codePoints });
  // The rules are pruned in that subset, not in the full font: it shapes the runs alike, and shaping a small font
  // again for every subtable left out costs a fraction of the time and memory.
  const trace = traceShaping(allRules, runs);
  const everyGlyph = { glyphIds: 'all' as const, codePoints };
  const list = [...runs];
  const expected = shapedRuns(allRules, list);
  // A subtable that changes nothing may still matter: an "ignore" rule stops the lookup's later subtables.
  // Runs that came out different are checked for every lookup on the next attempt.
  const alsoCheck = new Set<string>();
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const pruned = subsetFont(withUsedRulesOnly(allRules, trace, alsoCheck), everyGlyph);
    const shaped = shapedRuns(pruned, list);
    const differing = list.filter((_, index) => shaped[index] !== expected[index]);
    if (differing.length === 0) return { font: pruned, glyphs: glyphIds.size, layoutPruned: true };
    for (const run of differing) alsoCheck.add(run);
  }
  return { font: allRules, glyphs: glyphIds.size, layoutPruned: false };
}

const maxAttempts = 4;

/** A copy of `font` whose features list only the lookups, and those only the subtables, shaping used. */
function withUsedRulesOnly(font: Uint8Array, trace: ShapingTrace, alsoCheck: ReadonlySet<string>): Uint8Array {
  const copy = font.slice();
  for (const [tag, [offset, length]] of tableRanges(copy, ['GSUB', 'GPOS'] as const)) {
    const table = copy.subarray(offset, offset + length);
    keepFeatureLookups(table, new Set(trace.lookups[tag].keys()));
    for (const [lookup, changed] of trace.lookups[tag]) {
      pruneSubtables(font, copy, table, lookup, new Set([...changed, ...alsoCheck]));
    }
  }
  return copy;
}

/**
 * Leaves out, in place, the subtables of one lookup that the runs it changed do without: `font` and `copy` (whose GSUB
 * or GPOS is `table`) must shape each of `check` alike. Halves the candidates until what is left cannot go.
 */
function pruneSubtables(font: Uint8Array, copy: Uint8Array, table: Uint8Array, lookup: number, check: Set<string>) {
  const subtables = lookupSubtables(table, lookup);
  if (subtables.count < 2) return;
  const expected = shapedRuns(font, check).join('\n');
  const shapesAlike = () => shapedRuns(copy, check).join('\n') === expected;
  let kept = Array.from({ length: subtables.count }, (_, index) => index);
  const drop = (candidates: number[]): void => {
    const without = kept.filter((index) => !candidates.includes(index));
    subtables.keep(without);
    if (shapesAlike()) {
      kept = without;
      return;
    }
    subtables.keep(kept);
    if (candidates.length === 1) return;
    const half = Math.ceil(candidates.length / 2);
    drop(candidates.slice(0, half));
    drop(candidates.slice(half));
  };
  drop(kept);
  subtables.keep(kept);
}

// Pruning a GSUB or GPOS table in place: HarfBuzz's subsetter keeps or drops whole features, never single lookups or
// subtables, and no font library edits a layout table so. Offsets: the OpenType GSUB/GPOS header (FeatureList at 6,
// LookupList at 8), FeatureList, Feature, LookupList and Lookup tables.

const viewOf = (table: Uint8Array) => new DataView(table.buffer, table.byteOffset, table.byteLength);

/** Reads or writes a list of 16-bit values (lookup indices, offsets) after its 16-bit count at `at`. */
const readList = (view: DataView, at: number) =>
  Array.from({ length: view.getUint16(at) }, (_, index) => view.getUint16(at + 2 + 2 * index));
function writeList(view: DataView, at: number, values: readonly number[]): void {
  view.setUint16(at, values.length);
  values.forEach((value, index) => view.setUint16(at + 2 + 2 * index, value));
}

/**
 * Cuts, in place, the features of a GSUB or GPOS table down to the lookups in `keep`. The lookups themselves stay; a
 * subsetter then drops the ones no feature (and no kept contextual lookup) reaches. Feature variations, which static
 * fonts do not have, are left as they are.
 */
export function keepFeatureLookups(table: Uint8Array, keep: ReadonlySet<number>): void {
  const view = viewOf(table);
  const featureList = view.getUint16(6);
  // A FeatureRecord is a tag and an offset; features may share a table.
  const records = Array.from({ length: view.getUint16(featureList) }, (_, index) => featureList + 2 + 6 * index);
  for (const feature of new Set(records.map((record) => featureList + view.getUint16(record + 4)))) {
    const kept = readList(view, feature + 2).filter((lookup) => keep.has(lookup));
    writeList(view, feature + 2, kept);
  }
}

const useMarkFilteringSet = 0x0010;

/** The subtables of lookup `lookup` of the GSUB or GPOS `table`: their count, and `keep`, which lists only some. */
export function lookupSubtables(table: Uint8Array, lookup: number) {
  const view = viewOf(table);
  const lookupList = view.getUint16(8);
  const start = lookupList + view.getUint16(lookupList + 2 + 2 * lookup);
  const offsets = readList(view, start + 4);
  const markFilteringSet =
    view.getUint16(start + 2) & useMarkFilteringSet ? view.getUint16(start + 6 + 2 * offsets.length) : undefined;
  return {
    count: offsets.length,
    keep(indices: readonly number[]): void {
      const kept = indices.map((index) => offsets[index]!);
      writeList(view, start + 4, kept);
      if (markFilteringSet !== undefined) view.setUint16(start + 6 + 2 * indices.length, markFilteringSet);
    },
  };
}
