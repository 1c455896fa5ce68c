import type { BundleFiles } from './bundle-files.ts';

/** Pagefind's entry file: its version, and each language's index with its hash and pages. */
const entryFile = 'pagefind-entry.json';

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

/**
 * One bundle from the bundles of parts of the site indexed apart, each holding other languages: what Pagefind writes
 * when it indexes them all at once. A language's files are named by its hash (`fragment/bn_<hash>.pf_fragment`,
 * `pagefind.bn_<hash>.pf_meta`), so the parts' files are side by side; the files every bundle has (the scripts, the
 * stemmers) are the same bytes in each; the entry file lists every part's languages, in order of their code, as
 * Pagefind lists them. Two parts with a language in common, or with different bytes under one name, cannot be put
 * together: that is an error, not a bundle that would find only half the pages.
 */
export function mergeBundles(parts: ReadonlyMap<string, BundleFiles>): BundleFiles {
  if (parts.size === 1) return [...parts.values()][0]!;
  const files = new Map<string, { bytes: Uint8Array; part: string }>();
  const entries: { part: string; entry: PagefindEntry }[] = [];
  for (const [part, bundle] of parts) {
    for (const [path, bytes] of bundle) {
      if (path === entryFile) {
        entries.push({ part, entry: JSON.parse(Buffer.from(bytes).toString('utf8')) as PagefindEntry });
        continue;
      }
      const other = files.get(path);
      if (other && !Buffer.from(other.bytes).equals(bytes))
        throw new Error(`Search index: parts ${other.part} and ${part} both have ${path}, with different bytes`);
      files.set(path, { bytes, part });
    }
  }
  const merged = [...files].map(([path, { bytes }]) => [path, bytes] as const);
  return entries.length === 0 ? merged : [[entryFile, mergedEntry(entries)], ...merged];
}

function mergedEntry(entries: readonly { part: string; entry: PagefindEntry }[]): Uint8Array {
  const first = entries[0]!.entry;
  const languages = new Map<string, { part: string; index: unknown }>();
  for (const { part, entry } of entries) {
    if (
      entry.version !== first.version ||
      JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)
    )
      throw new Error(`Search index: part ${part} was indexed by another Pagefind or with other options`);
    for (const [language, index] of Object.entries(entry.languages)) {
      const other = languages.get(language);
      if (other)
        throw new Error(
          `Search index: pages in language "${language}" are in parts ${other.part} and ${part}; ` +
            'each part must hold all the pages of its languages',
        );
      languages.set(language, { part, index });
    }
  }
  const sorted = [...languages].sort(([one], [other]) => (one < other ? -1 : one > other ? 1 : 0));
  const entry: PagefindEntry = {
    version: first.version,
    languages: Object.fromEntries(sorted.map(([language, { index }]) => [language, index])),
    include_characters: first.include_characters,
  };
  return Buffer.from(JSON.stringify(entry));
}
