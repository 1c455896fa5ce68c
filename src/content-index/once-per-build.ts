/**
 * `load`, remembered per key for the rest of the build: many pages ask for the
 * same collection or feed, and a build's content does not change under it.
 * Under `astro dev` content can change between two requests, so every call
 * loads afresh.
 */
export function oncePerBuild<K, V>(load: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (!import.meta.env.PROD) return load(key);
    if (!results.has(key)) results.set(key, load(key));
    return results.get(key)!;
  };
}
