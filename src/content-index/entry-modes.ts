import type { DataStore } from 'astro/loaders';

/**
 * How an `.mdx` entry is stored: rendered in the content layer (`html`), left to MDX's compiled module (`module`), or
 * with its frontmatter and text only (`frontmatter`, in a build that does not render it: a shard of other pages).
 */
type Mode = 'html' | 'module' | 'frontmatter';

/** Between an entry's own digest and how it was stored, in the digest the store keeps. */
const modeMark = '#stored-as=';

/** How `digest` says its entry was stored: `mode@inputs`, or nothing for an entry stored otherwise. */
function split(digest: string): { digest: string; stored?: string } {
  const at = digest.lastIndexOf(modeMark);
  return at < 0 ? { digest } : { digest: digest.slice(0, at), stored: digest.slice(at + modeMark.length) };
}

/**
 * The glob loader's store for `.mdx` entries stored in one of three modes (see `Mode`). An entry arrives from
 * the loader with its HTML when `src/patches/mdx-content-layer.ts` rendered it, and without when its body needs MDX or
 * this build does not render it (`renders`, by root-relative file). Each stored digest carries the entry's mode and
 * `htmlInputs` (what its HTML depends on besides its file: the Markdown transforms, the config, the glossary...), and
 * the loader sees an entry as unchanged only when its file, its mode and those inputs are what this build would
 * store: after an edit to the transforms, or in a build that renders an entry stored with its frontmatter only, the
 * entry is loaded and rendered again. Other entries pass through.
 */
export function entryModes(
  store: DataStore,
  {
    renders,
    htmlInputs,
    quoted,
  }: {
    renders: (file: string) => boolean;
    htmlInputs: string;
    /** Whether other pieces' pages show these entries' text (statement cards): else an entry not rendered drops it. */
    quoted: boolean;
  },
): DataStore {
  const isMdx = (file: string | undefined): file is string => file?.endsWith('.mdx') ?? false;
  /** The mode this build stores a file in, given the one it was stored in; a frontmatter-only entry does not say. */
  const expected = (file: string, stored: Mode): Mode | undefined =>
    !renders(file) ? 'frontmatter' : stored === 'frontmatter' ? undefined : stored;
  return {
    ...store,
    get: <TData extends Record<string, unknown>>(id: string) => {
      const entry = store.get<TData>(id);
      if (!isMdx(entry?.filePath) || !entry.digest) return entry;
      const { digest, stored } = split(String(entry.digest));
      const mode = stored?.split('@')[0] as Mode | undefined;
      const wanted = mode && expected(entry.filePath, mode);
      return wanted && stored === `${wanted}@${htmlInputs}` ? { ...entry, digest } : undefined;
    },
    set: (entry) => {
      if (!isMdx(entry.filePath)) return store.set(entry);
      const mode: Mode = entry.rendered ? 'html' : renders(entry.filePath) ? 'module' : 'frontmatter';
      // A shard holds every piece's frontmatter for lists and cards, but the text only of what it renders or quotes.
      const { body, ...rest } = entry;
      const keepsText = mode !== 'frontmatter' || quoted;
      return store.set({
        ...rest,
        ...(keepsText && body !== undefined ? { body } : {}),
        deferredRender: mode === 'module',
        digest: `${entry.digest}${modeMark}${mode}@${htmlInputs}`,
      });
    },
  };
}

/** How many `.mdx` entries of a collection's store are kept in each mode, for the build log. */
export function modeCounts(store: DataStore): Record<Mode, number> {
  const counts: Record<Mode, number> = { html: 0, module: 0, frontmatter: 0 };
  for (const id of store.keys()) {
    const stored = split(String(store.get(id)?.digest ?? '')).stored;
    const mode = stored?.split('@')[0] as Mode | undefined;
    if (mode && mode in counts) counts[mode] += 1;
  }
  return counts;
}
