import type { DataStore } from 'astro/loaders';

/** Marks an entry stored without its MDX module; the glob loader sees its digest without it. */
const unrendered = ':frontmatter-only';

/**
 * The glob loader's store, for a build that renders only some entries (a shard, `src/integrations/shards/`): an
 * entry whose file `renders` refuses is stored with its frontmatter and body but without the MDX module Astro would
 * compile and bundle for it (`deferredRender`). Its digest is marked, so that a later build that renders it stores it
 * anew, and a build that does not finds it unchanged and does not parse it again.
 */
export function frontmatterOnly(store: DataStore, renders: (file: string) => boolean): DataStore {
  return {
    ...store,
    get: <TData extends Record<string, unknown>>(id: string) => {
      const entry = store.get<TData>(id);
      if (!entry?.filePath) return entry;
      if (entry.digest?.toString().endsWith(unrendered)) {
        return renders(entry.filePath)
          ? undefined
          : { ...entry, digest: entry.digest.toString().slice(0, -unrendered.length) };
      }
      return entry.deferredRender && !renders(entry.filePath) ? undefined : entry;
    },
    set: (entry) =>
      entry.deferredRender && entry.filePath && !renders(entry.filePath)
        ? store.set({ ...entry, deferredRender: false, digest: `${entry.digest}${unrendered}` })
        : store.set(entry),
  };
}
