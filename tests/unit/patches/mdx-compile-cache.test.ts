/**
 * src/patches/mdx-compile-cache.ts wraps the `transform` hook of `@astrojs/mdx`'s Vite plugin. These fail when
 * `@astrojs/mdx` is another release, names or shapes that plugin otherwise, or returns something else from the hook;
 * tests/build/incremental.test.ts checks the outcome, rebuilds that equal clean builds.
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  compiledMdxKey,
  mdxCompileCache,
  mdxPluginName,
  patchedMdxVersion,
  type CompiledMdx,
} from '../../../src/patches/mdx-compile-cache';
import { installedVersion, upstreamFile } from './upstream';

describe("@astrojs/mdx's compiling plugin", () => {
  it(`is that of @astrojs/mdx ${patchedMdxVersion}`, () => {
    expect(installedVersion('@astrojs/mdx')).toBe(patchedMdxVersion);
  });

  it('is named as the patch looks for it, and compiles in a transform handler returning code, map and meta', () => {
    const source = upstreamFile('@astrojs/mdx', 'dist/vite-plugin-mdx.js');
    expect(source).toContain(`name: "${mdxPluginName}"`);
    expect(source).toMatch(/transform: \{\s*filter: \{\s*id: \/\\\.mdx\$\/\s*\},\s*async handler\(code, id\)/);
    expect(source).toMatch(/return \{\s*code: result\.code,\s*map: result\.map \?\? null,\s*meta: \{/);
  });
});

describe('mdxCompileCache', () => {
  /** A stand-in for the MDX plugin that counts its compiles, wrapped as Vite would hand it over. */
  function wrapped(inputsDigest: string, modules = new Map<string, CompiledMdx>()) {
    const compiled: string[] = [];
    const mdx = {
      name: mdxPluginName,
      transform: {
        handler: async (code: string, id: string): Promise<CompiledMdx> => {
          compiled.push(id);
          return { code: `export default ${JSON.stringify(code)}`, map: null, meta: { astro: { id } } };
        },
      },
    };
    const store = {
      get: (key: string) => modules.get(key),
      set: (key: string, value: CompiledMdx) => modules.set(key, value),
    };
    const cache = mdxCompileCache({ inputsDigest, store, relativeId: (id) => id.replace('/site/', '') });
    (cache.configResolved as (config: ResolvedConfig) => void)({
      plugins: [mdx as Plugin],
    } as unknown as ResolvedConfig);
    const transform = (code: string, id: string) => mdx.transform.handler.call({}, code, id);
    return { transform, compiled, modules };
  }

  it('compiles a file once, and returns the same module for the same source', async () => {
    const { transform, compiled } = wrapped('inputs-1');
    const first = await transform('# Hello', '/site/content/a.mdx');
    const again = await transform('# Hello', '/site/content/a.mdx');
    expect(again).toEqual(first);
    expect(compiled).toEqual(['/site/content/a.mdx']);
  });

  it('compiles again when the source, the path or the compile inputs change', async () => {
    const modules = new Map<string, CompiledMdx>();
    const { transform, compiled } = wrapped('inputs-1', modules);
    await transform('# Hello', '/site/content/a.mdx');
    await transform('# Hello, again', '/site/content/a.mdx');
    await transform('# Hello', '/site/content/b.mdx');
    const later = wrapped('inputs-2', modules);
    await later.transform('# Hello', '/site/content/a.mdx');
    expect(compiled).toHaveLength(3);
    expect(later.compiled).toHaveLength(1);
    expect(modules.has(compiledMdxKey('inputs-1', 'content/a.mdx', '# Hello'))).toBe(true);
  });

  it('refuses an @astrojs/mdx without the plugin it wraps', () => {
    const cache = mdxCompileCache({
      inputsDigest: 'x',
      store: { get: () => undefined, set: () => {} },
      relativeId: String,
    });
    expect(() =>
      (cache.configResolved as (config: ResolvedConfig) => void)({ plugins: [] } as unknown as ResolvedConfig),
    ).toThrow(/written for @astrojs\/mdx 8\.0\.2/);
  });
});
