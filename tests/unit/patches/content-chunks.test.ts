/**
 * src/patches/astro-content-chunks.ts groups MDX modules into shared chunks, which is
 * safe only while each chunk needs at most one of the rewrites Astro makes
 * after bundling; `astroRewritesIn` finds them by Astro's own placeholders.
 * These fail when Astro finds them differently, or names them otherwise.
 */
import { describe, expect, it } from 'vitest';
import { astroRewritesIn } from '../../../src/patches/astro-content-chunks';
import { installedVersion, patchedAstroVersion, upstreamFile } from './upstream';

/** The value of `const name = "…"` in an Astro source file. */
function constant(source: string, name: string): string {
  const found = new RegExp(`const ${name} = "([^"]+)";`).exec(source);
  if (!found) throw new Error(`Astro no longer declares ${name} as a string`);
  return found[1]!;
}

describe("Astro's rewrites of prerender chunks", () => {
  it(`are those of Astro ${patchedAstroVersion}`, () => {
    expect(installedVersion('astro')).toBe(patchedAstroVersion);
  });

  it('are chosen by exactly the three checks astroRewritesIn repeats', () => {
    const build = upstreamFile('astro', 'dist/core/build/static-build.js');
    const checks = [...build.matchAll(/const needs\w+Injection = (.+);/g)].map((match) => match[1]);
    expect(checks).toEqual([
      'chunk.code.includes(LINKS_PLACEHOLDER)',
      'chunk.moduleIds.includes(SERIALIZED_MANIFEST_RESOLVED_ID)',
      'chunk.code.includes(SERVER_ISLAND_MAP_MARKER)',
    ]);
  });

  it('are each found by astroRewritesIn from the markers Astro declares', () => {
    const links = constant(upstreamFile('astro', 'dist/content/consts.js'), 'LINKS_PLACEHOLDER');
    const islands = constant(
      upstreamFile('astro', 'dist/core/server-islands/vite-plugin-server-islands.js'),
      'SERVER_ISLAND_MAP_MARKER',
    );
    const manifest = constant(upstreamFile('astro', 'dist/manifest/serialized.js'), 'SERIALIZED_MANIFEST_ID');
    // Astro compiles the placeholders into modules as string literals.
    expect(astroRewritesIn({ code: `const links = "${links}";`, moduleIds: [] })).toHaveLength(1);
    expect(astroRewritesIn({ code: `const map = '${islands}';`, moduleIds: [] })).toHaveLength(1);
    expect(astroRewritesIn({ code: '', moduleIds: [`\0${manifest}`] })).toHaveLength(1);
  });
});
