import { subsetFont, tableRanges, withShaper } from './harfbuzz.ts';
import { digestOf, pruneKey, ShapingMemo } from './shaping-memo.ts';
import { shapedRun, shapedRuns, traceShaping, type ShapingTrace } from './shaping-trace.ts';

/**
 * `font` (TrueType) cut down to every glyph shaping `runs` passes through, and to the lookups that changed some run,
 * each with the subtables its runs need (most of Noto Sans Bengali's rules build conjuncts the text lacks). If the
 * subset shapes a run otherwise than one with all the font's rules, all rules stay: `layoutPruned` is false. What
 * `memo` holds from an earlier build is not worked out again; the subset is the same bytes with it or without.
 */
export function subsetForText(font: Uint8Array, runs: ReadonlySet<string>, memo = new ShapingMemo()) {
  const trace = traceShaping(font, runs, memo);
  const { glyphIds } = trace;
  const codePoints = new Set([...runs].flatMap((run) => [...run].map((char) => char.codePointAt(0)!)));
  const allRules = subsetFont(font, { glyphIds, codePoints });
  const list = [...runs];
  const expected = shapedRuns(allRules, list);
  // The rules are pruned in the full font, by the lookups its trace names, then cut to the glyphs: the font and its
  // trace are the same from one build to the next whatever words are added, so the memo's searches still hold when a
  // new word brings new glyphs (pruning in the subset, whose lookups are numbered anew with each glyph, would not).
  // A subtable that changes nothing may still matter: an "ignore" rule stops the lookup's later subtables.
  // Runs that came out different are checked for every lookup on the next attempt, of four.
  const alsoCheck = new Set<string>();
  for (let attempt = 0; attempt < 4; attempt++) {
    const pruned = subsetFont(withUsedRulesOnly(font, trace, alsoCheck, memo), { glyphIds, codePoints });
    const shaped = shapedRuns(pruned, list);
    const differing = list.filter((_, index) => shaped[index] !== expected[index]);
    if (differing.length === 0) return { font: pruned, glyphs: glyphIds.size, layoutPruned: true };
    for (const run of differing) alsoCheck.add(run);
  }
  return { font: allRules, glyphs: glyphIds.size, layoutPruned: false };
}

/**
 * A copy of `font` whose features list only the lookups, and those only the subtables, shaping used. Each lookup's
 * subtables are searched in the font with only its features cut down, every other lookup whole: so a search depends
 * on its own lookup and runs only, and a new word searches again only the lookups it goes through.
 */
function withUsedRulesOnly(
  font: Uint8Array,
  trace: ShapingTrace,
  alsoCheck: ReadonlySet<string>,
  memo: ShapingMemo,
): Uint8Array {
  const tags = ['GSUB', 'GPOS'] as const;
  const features = font.slice();
  for (const [tag, [offset, length]] of tableRanges(features, tags))
    keepFeatureLookups(features.subarray(offset, offset + length), new Set(trace.lookups[tag].keys()));
  const [fontDigest, featuresDigest] = [digestOf(font), digestOf(features)];
  const copy = features.slice();
  for (const [tag, [offset, length]] of tableRanges(copy, tags)) {
    const table = copy.subarray(offset, offset + length);
    for (const [lookup, changed] of trace.lookups[tag]) {
      const subtables = lookupSubtables(table, lookup);
      if (subtables.count < 2) continue;
      const check = new Set([...changed, ...alsoCheck]);
      const key = pruneKey(fontDigest, featuresDigest, tag, lookup, check);
      const kept = memo.keptSubtables(key, () => {
        const alone = features.slice();
        return pruneSubtables(font, alone, alone.subarray(offset, offset + length), lookup, check);
      });
      subtables.keep(kept);
    }
  }
  return copy;
}

/**
 * The subtables of a lookup that `font` and `copy` (whose GSUB or GPOS is `table`) cannot shape each of `check` alike
 * without, found by leaving out halves of the candidates until what is left cannot go. Leaves `copy` with them only.
 */
function pruneSubtables(
  font: Uint8Array,
  copy: Uint8Array,
  table: Uint8Array,
  lookup: number,
  check: Set<string>,
): number[] {
  const subtables = lookupSubtables(table, lookup);
  const runs = [...check];
  const expected = shapedRuns(font, runs);
  // Most candidates fail on a run or two: those are checked first, and the first difference ends the check.
  let firstDiffering = 0;
  const shapesAlike = () => {
    const differing = differingRun(copy, runs, expected, firstDiffering);
    if (differing !== undefined) firstDiffering = differing;
    return differing === undefined;
  };
  let kept = Array.from({ length: subtables.count }, (_, index) => index);
  const drop = (candidates: number[]): void => {
    const without = kept.filter((index) => !candidates.includes(index));
    subtables.keep(without);
    if (shapesAlike()) kept = without;
    else if (candidates.length > 1) {
      const half = Math.ceil(candidates.length / 2);
      drop(candidates.slice(0, half));
      drop(candidates.slice(half));
    }
  };
  drop(kept);
  subtables.keep(kept);
  return kept;
}

/** The index of a run of `runs` that `font` shapes otherwise than `expected`, trying `first` first; none when all alike. */
function differingRun(font: Uint8Array, runs: readonly string[], expected: readonly string[], first: number) {
  const order = [first, ...runs.keys().filter((index) => index !== first)];
  return withShaper(font, (shaper) => order.find((index) => shapedRun(shaper, runs[index]!) !== expected[index]));
}

// Pruning a GSUB or GPOS table in place, which neither HarfBuzz's subsetter nor a font library does. Offsets: the
// OpenType GSUB/GPOS header (FeatureList at 6, LookupList at 8), FeatureList, Feature, LookupList and Lookup tables.

const viewOf = (table: Uint8Array) => new DataView(table.buffer, table.byteOffset, table.byteLength);

/** Reads or writes a list of 16-bit values (lookup indices, offsets) after its 16-bit count at `at`. */
const readList = (view: DataView, at: number) =>
  Array.from({ length: view.getUint16(at) }, (_, index) => view.getUint16(at + 2 + 2 * index));
function writeList(view: DataView, at: number, values: readonly number[]): void {
  view.setUint16(at, values.length);
  values.forEach((value, index) => view.setUint16(at + 2 + 2 * index, value));
}

/**
 * Cuts, in place, the features of a GSUB or GPOS table down to the lookups in `keep`; a subsetter then drops the
 * lookups nothing reaches. Feature variations, which static fonts do not have, are left as they are.
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
