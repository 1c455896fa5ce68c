import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { storedJsonLater } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';

/** What shaping one run went through: the glyph ids it passed through, and the lookups that changed it, in order. */
export interface RunTrace {
  glyphs: number[];
  lookups: ['GSUB' | 'GPOS', number][];
}

interface Stored {
  version: string;
  /** Per font (its SHA-256), the trace of each run. */
  traces: Record<string, Record<string, RunTrace>>;
  /** Per pruning search (`pruneKey`), the subtables it kept. */
  pruned: Record<string, number[]>;
}

/** The SHA-256 of a font file, or of any bytes a memo key names. */
export const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * What the subsetter worked out, kept between builds so that a build shapes only what it has not shaped before
 * (`text-subset.ts`). Each entry is the result of a function of what its key names, so that it is the same with or
 * without the memo, and a subset made from it the same bytes as one made without:
 *
 * - a run's trace, by the font's digest and the run: shaping one run does not depend on any other;
 * - the subtables a lookup keeps, by a digest of the font and of the font being pruned as it is when the search starts,
 *   the table, the lookup and the runs it checks: a search is a function of these.
 *
 * A new paragraph brings a few new runs: their traces, and the searches of the lookups they go through, are all that
 * is worked out again. Only entries the last build used are kept. `version` names the subsetter and HarfBuzz's build:
 * a memo of another is not read.
 */
export class ShapingMemo {
  private readonly traces = new Map<string, Map<string, RunTrace>>();
  private readonly pruned = new Map<string, number[]>();
  private readonly kept: Stored | undefined;
  private readonly version: string;

  constructor(version = '', kept?: Stored) {
    this.version = version;
    this.kept = kept?.version === version ? kept : undefined;
  }

  /** The memo kept in `file` when it was written for `version`, else an empty one that `save` will write there. */
  static async open(file: string, version: string): Promise<ShapingMemo> {
    const stored = await storedJsonLater<Stored>(file);
    return new ShapingMemo(version, stored);
  }

  /** The trace of `run` in the font with digest `font`, when it is known; kept for the next build if so. */
  knownTrace(font: string, run: string): RunTrace | undefined {
    const known = this.traces.get(font)?.get(run) ?? this.kept?.traces[font]?.[run];
    if (known) this.rememberTrace(font, run, known);
    return known;
  }

  /** Keeps `trace` as the trace of `run` in the font with digest `font`. */
  rememberTrace(font: string, run: string, trace: RunTrace): RunTrace {
    let runs = this.traces.get(font);
    if (!runs) this.traces.set(font, (runs = new Map()));
    runs.set(run, trace);
    return trace;
  }

  /** The subtables the search with key `key` keeps, or those `search` finds now. */
  keptSubtables(key: string, search: () => number[]): number[] {
    const known = this.pruned.get(key) ?? this.kept?.pruned[key] ?? search();
    this.pruned.set(key, known);
    return known;
  }

  /** Writes what this build used to `file`. */
  async save(file: string): Promise<void> {
    const stored: Stored = {
      version: this.version,
      traces: Object.fromEntries([...this.traces].map(([font, runs]) => [font, Object.fromEntries(runs)])),
      pruned: Object.fromEntries(this.pruned),
    };
    mkdirSync(dirname(file), { recursive: true });
    await writeAtomically(file, JSON.stringify(stored));
  }
}

/**
 * The key of a pruning search (`ShapingMemo.keptSubtables`): the digests of the font and of the font being pruned as
 * the search finds it, the table, the lookup and the runs it checks.
 */
export function pruneKey(font: string, pruning: string, table: string, lookup: number, runs: Iterable<string>) {
  return createHash('sha256')
    .update(`${font}\0${pruning}\0${table}\0${lookup}\0${[...runs].sort().join('\n')}`)
    .digest('hex');
}
