import { keepFeatureLookups, lookupSubtables } from './feature-lookups';
import { subsetFont, tableRanges } from './harfbuzz';
import { shapedRuns, traceShaping, type ShapingTrace } from './shaping-trace';

/** A font cut down to some text. */
export interface TextSubset {
  /** The subset, a TrueType file. */
  font: Uint8Array;
  glyphs: number;
  /** Whether the layout rules that never changed the text's shaping were left out. */
  layoutPruned: boolean;
}

/**
 * `font` (TrueType) cut down to the glyphs and the layout rules shaping
 * `runs` needs. Glyphs: every one shaping passes through. Rules: only the
 * lookups that changed some run, and in each only the subtables that run's
 * shaping needs; most of Noto Sans Bengali's rules build conjuncts the text
 * does not have. Within what is left, a rule stays if every glyph it reads
 * and writes is kept. The subset is checked to shape every run as a subset
 * with all the font's rules does; if one run differs, all rules stay.
 */
export function subsetForText(font: Uint8Array, runs: ReadonlySet<string>): TextSubset {
  const { glyphIds } = traceShaping(font, runs);
  const codePoints = new Set([...runs].flatMap((run) => [...run].map((char) => char.codePointAt(0)!)));
  const allRules = subsetFont(font, { glyphIds, codePoints });
  // The rules are pruned in that subset, not in the full font: it shapes the runs alike, and shaping a small font
  // again for every subtable left out costs a fraction of the time and memory.
  const trace = traceShaping(allRules, runs);
  const everyGlyph = { glyphIds: 'all' as const, codePoints };
  const expected = shapedRuns(allRules, runs);
  // A subtable that changes nothing may still matter: an "ignore" rule stops the lookup's later subtables.
  // Runs that came out different are checked for every lookup on the next attempt.
  const alsoCheck = new Set<string>();
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const pruned = subsetFont(withUsedRulesOnly(allRules, trace, alsoCheck), everyGlyph);
    const differing = shapedRuns(pruned, runs).flatMap((shaped, index) =>
      shaped === expected[index] ? [] : [[...runs][index]!],
    );
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
 * Leaves out, in place, the subtables of one lookup that the runs it changed
 * do without: `font` and `copy` (whose GSUB or GPOS is `table`) must shape
 * each of `check` alike. Halves the candidates until what is left cannot go.
 */
function pruneSubtables(
  font: Uint8Array,
  copy: Uint8Array,
  table: Uint8Array,
  lookup: number,
  check: ReadonlySet<string>,
): void {
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
