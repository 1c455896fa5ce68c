import type { DataStore } from 'astro/loaders';
import type { RenderedHtml } from './rendered-html';

/**
 * How an `.mdx` entry is stored: rendered in the content layer (`html`), left to MDX's compiled module (`module`), or
 * with its frontmatter and text only (`frontmatter`, in a build that does not render it: a shard of other pages).
 */
type Mode = 'html' | 'module' | 'frontmatter';

/** Between an entry's own digest and how it was stored, in the digest the store keeps. */
const modeMark = '#stored-as=';

/** What a stored digest says: the entry's own digest, and the mode and HTML inputs it was stored with, if any. */
function storedAs(digest: string): { digest: string; mode?: Mode | undefined; inputs?: string | undefined } {
  const at = digest.lastIndexOf(modeMark);
  if (at < 0) return { digest };
  const [mode, inputs] = digest.slice(at + modeMark.length).split('@');
  return { digest: digest.slice(0, at), mode: mode as Mode, inputs };
}

/**
 * The glob loader's store for `.mdx` entries stored in one of three modes (see `Mode`). An entry arrives from
 * the loader with its HTML when `src/patches/mdx-content-layer.ts` rendered it, and without when its body needs MDX or
 * this build does not render it (`renders`, by root-relative file). Each stored digest carries the entry's mode and
 * `htmlInputs` (what its HTML depends on besides its file: the Markdown transforms, the config, the glossary...), and
 * the loader sees an entry as unchanged only when its file, its mode and those inputs are what this build would
 * store: after an edit to the transforms, or in a build that renders an entry stored with its frontmatter only, the
 * entry is loaded and rendered again. An entry's HTML is kept in `html`, by its stored digest, not in the store
 * (`rendered-html.ts`); an entry whose HTML is not there is rendered again too. Other entries pass through.
 */
export function entryModes(
  store: DataStore,
  {
    renders,
    htmlInputs,
    html,
    quoted,
    ownPageOnly,
  }: {
    renders: (file: string) => boolean;
    htmlInputs: string;
    /** Where the HTML of the entries rendered in the content layer is kept. */
    html: RenderedHtml;
    /** Whether other pieces' pages show these entries' text (statement cards): else an entry not rendered drops it. */
    quoted: boolean;
    /** Frontmatter fields only an entry's own page shows: an entry not rendered drops them. */
    ownPageOnly: readonly string[];
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
      const { digest, mode, inputs } = storedAs(String(entry.digest));
      const unchanged =
        mode !== undefined &&
        expected(entry.filePath, mode) === mode &&
        inputs === htmlInputs &&
        (mode !== 'html' || html.has(String(entry.digest)));
      return unchanged ? { ...entry, digest } : undefined;
    },
    set: (entry) => {
      if (!isMdx(entry.filePath)) return store.set(entry);
      const mode: Mode = entry.rendered ? 'html' : renders(entry.filePath) ? 'module' : 'frontmatter';
      // A shard holds every piece's frontmatter for lists and cards (less what only its own page shows), but the text
      // only of what it compiles as MDX or quotes: a piece rendered here is its HTML, and its source would only weigh
      // down the store, which every build writes and bundles whole.
      const { body, rendered, ...rest } = entry;
      const keepsText = mode === 'module' || quoted;
      const digest = `${entry.digest}${modeMark}${mode}@${htmlInputs}`;
      if (rendered) html.write(digest, rendered.html);
      const data =
        mode === 'frontmatter'
          ? Object.fromEntries(Object.entries(rest.data).filter(([field]) => !ownPageOnly.includes(field)))
          : rest.data;
      return store.set({
        ...rest,
        // A copy: the parsed frontmatter's strings are cut from the file's text, which they would keep in memory
        // for every piece of the archive, though the store keeps the text only of what this build renders.
        data: structuredClone(data),
        ...(keepsText && body !== undefined ? { body } : {}),
        // The HTML's metadata (the transforms' data, such as the table of contents) stays; the HTML is in `html`.
        ...(rendered ? { rendered: { ...rendered, html: '' } } : {}),
        deferredRender: mode === 'module',
        digest,
      });
    },
  };
}

/** The stored digests of a collection's entries kept with their HTML: the files of `RenderedHtml` still needed. */
export function htmlDigests(store: DataStore): string[] {
  return store
    .keys()
    .map((id) => String(store.get(id)?.digest ?? ''))
    .filter((digest) => storedAs(digest).mode === 'html');
}

/** How many `.mdx` entries of a collection's store are kept in each mode, for the build log. */
export function modeCounts(store: DataStore): Record<Mode, number> {
  const counts: Record<Mode, number> = { html: 0, module: 0, frontmatter: 0 };
  for (const id of store.keys()) {
    const { mode } = storedAs(String(store.get(id)?.digest ?? ''));
    if (mode && mode in counts) counts[mode] += 1;
  }
  return counts;
}
