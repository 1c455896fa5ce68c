/**
 * src/integrations/incremental/keys.ts keys each page with what it shows of the content and leaves its code to
 * Astro, which hashes every module a route reaches. These fail when Astro keys routes or paths otherwise;
 * tests/build/incremental.test.ts checks the outcome: after any edit, a rebuild writes what a clean build writes.
 */
import { describe, expect, it } from 'vitest';
import { installedVersion, patchedAstroVersion, upstreamFile } from './upstream';

describe("Astro's incremental build", () => {
  it(`is that of Astro ${patchedAstroVersion}`, () => {
    expect(installedVersion('astro')).toBe(patchedAstroVersion);
  });

  it("hashes the code of every module a route reaches into the route's key, not values set at run time", () => {
    const plugin = upstreamFile('astro', 'dist/core/build/plugins/plugin-incremental.js');
    expect(plugin).toContain('const code = graph.getModuleInfo(id)?.code;');
    expect(plugin).toContain('hashes.set(pageData.component, hash);');
  });

  it("copies a path only when the route's hash and the path's own cacheKey are both unchanged", () => {
    const cache = upstreamFile('astro', 'dist/core/build/incremental.js');
    expect(cache).toContain('if (routeEntry.dependencyHash !== dependencyHash) return false;');
    expect(cache).toContain('if (pathEntry.cacheKey !== cacheKey) return false;');
  });
});
