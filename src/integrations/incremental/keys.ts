import { createHash } from 'node:crypto';
// Every page goes through the middleware, which hands it its UI strings (`Astro.locals.t`) and cuts its policy down
// once rendered (src/middleware.ts). Astro keys a route by the modules the route reaches, and the middleware is none
// of them: reached from here, by every route whose paths have keys, its code and all it imports count as the route's.
import '../../middleware.ts';

/** A digest of a page's inputs as JSON: dates as ISO strings, keys in the order the code that describes them wrote them. */
export function inputsDigest(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/**
 * `paths` from a `getStaticPaths()`, each with a `cacheKey`: the digest of what `inputsOf` says the page shows.
 * With Astro's incremental build on, a path is copied from the last build instead of rendered again when its
 * route's code (Astro hashes every module the route reaches: layouts, components, UI strings, `src/site.config.ts`),
 * the content entries it rendered (Astro tracks their compiled MDX) and this key are all unchanged. So the key must
 * change with every piece of content the page shows, and with nothing else: `src/site/page-inputs.ts` describes
 * that for each kind of page.
 */
export async function keyedBy<Path extends object>(
  paths: Path[],
  inputsOf: (path: Path) => unknown,
): Promise<(Path & { cacheKey: string })[]> {
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: inputsDigest(await inputsOf(path)) })));
}
