/*
 * Pruning a GSUB or GPOS table in place, for `text-subset.ts`: HarfBuzz's subsetter keeps or drops whole features,
 * never single lookups or subtables, and no font library edits a layout table this way. Offsets are those of the
 * OpenType spec's GSUB/GPOS header (FeatureList at 6, LookupList at 8), Feature and Lookup tables.
 */

const viewOf = (table: Uint8Array) => new DataView(table.buffer, table.byteOffset, table.byteLength);

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
    const lookups = Array.from({ length: view.getUint16(feature + 2) }, (_, index) =>
      view.getUint16(feature + 4 + 2 * index),
    );
    const kept = lookups.filter((lookup) => keep.has(lookup));
    view.setUint16(feature + 2, kept.length);
    kept.forEach((lookup, position) => view.setUint16(feature + 4 + 2 * position, lookup));
  }
}

/** The subtables of one lookup of a GSUB or GPOS table, which can be cut down in place. */
export interface LookupSubtables {
  /** How many subtables the lookup has in the font as given. */
  readonly count: number;
  /** Makes the lookup list only these subtables (indices into the original list, in order). */
  keep(indices: readonly number[]): void;
}

const useMarkFilteringSet = 0x0010;

/** The subtables of lookup `lookup` of the GSUB or GPOS `table`. */
export function lookupSubtables(table: Uint8Array, lookup: number): LookupSubtables {
  const view = viewOf(table);
  const lookupList = view.getUint16(8);
  const start = lookupList + view.getUint16(lookupList + 2 + 2 * lookup);
  const flags = view.getUint16(start + 2);
  const count = view.getUint16(start + 4);
  const offsets = Array.from({ length: count }, (_, index) => view.getUint16(start + 6 + 2 * index));
  const markFilteringSet = flags & useMarkFilteringSet ? view.getUint16(start + 6 + 2 * count) : undefined;
  return {
    count,
    keep(indices) {
      view.setUint16(start + 4, indices.length);
      indices.forEach((index, position) => view.setUint16(start + 6 + 2 * position, offsets[index]!));
      if (markFilteringSet !== undefined) view.setUint16(start + 6 + 2 * indices.length, markFilteringSet);
    },
  };
}
