import { ByteReader } from './binary';

/**
 * Cuts, in place, the features of a GSUB or GPOS table down to the lookups
 * in `keep`. The lookups themselves stay; a subsetter then drops the ones no
 * feature (and no kept contextual lookup) reaches. Feature variations, which
 * static fonts do not have, are left as they are.
 */
export function keepFeatureLookups(table: Uint8Array, keep: ReadonlySet<number>): void {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const featureList = view.getUint16(6);
  const reader = new ByteReader(table, featureList);
  const featureCount = reader.u16();
  const features = new Set<number>();
  for (let index = 0; index < featureCount; index++) {
    reader.tag();
    features.add(featureList + reader.u16());
  }
  for (const feature of features) {
    const indices = new ByteReader(table, feature + 2);
    const count = indices.u16();
    const kept = Array.from({ length: count }, () => indices.u16()).filter((lookup) => keep.has(lookup));
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
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
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
