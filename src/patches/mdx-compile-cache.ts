/**
 * Keeps the compiled JavaScript of every `.mdx` file between builds. `@astrojs/mdx` 8.0 compiles each file in the
 * `transform` hook of its Vite plugin (`@mdx-js/rolldown`) on every build, edited or not: about half of a build
 * with nothing changed on a large archive. This wraps that hook: a file whose source, path and compile inputs are
 * those of a module it compiled before gets that module back instead (its code, source map and Astro's metadata,
 * which is all the hook returns). Anything else is compiled as before, errors included, and kept.
 *
 * `tests/unit/patches/mdx-compile-cache.test.ts` fails when `@astrojs/mdx` is another release, names its plugin
 * otherwise or returns something else from the hook.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The `@astrojs/mdx` release whose plugin this wraps. */
export const patchedMdxVersion = '8.0.2';

/** The name of `@astrojs/mdx`'s compiling plugin. */
export const mdxPluginName = '@mdx-js/rolldown';

/** What the MDX plugin's `transform` returns for a file. */
export interface CompiledMdx {
  code: string;
  map: unknown;
  meta: Record<string, unknown>;
}

/** The compiled modules of the last build, by key; written back with only the ones this build used. */
export interface CompiledMdxStore {
  get(key: string): CompiledMdx | undefined;
  set(key: string, compiled: CompiledMdx): void;
}

type TransformHandler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/** The key of one file's compiled module: the compile inputs, then its path and its source. */
export function compiledMdxKey(inputsDigest: string, id: string, source: string): string {
  return createHash('sha256').update(`${inputsDigest}\0${id}\0`).update(source).digest('hex');
}

/**
 * A Vite plugin that, once Vite has resolved its plugins, wraps the MDX plugin's `transform` so that it answers from
 * `store`. `inputsDigest` must change with anything besides a file's own source that changes its compiled module:
 * the Markdown transforms and processor, the packages, the content they read (the glossary, which statements exist).
 * `relativeId` turns a module id into a path that does not depend on where the site sits on disk.
 */
export function mdxCompileCache(options: {
  inputsDigest: string;
  store: CompiledMdxStore;
  relativeId: (id: string) => string;
}): Plugin {
  const { inputsDigest, store, relativeId } = options;
  return {
    name: 'mdx-compile-cache',
    apply: 'build',
    configResolved(resolved) {
      const mdx = resolved.plugins.find((plugin) => plugin.name === mdxPluginName);
      const transform = mdx?.transform;
      if (!transform || typeof transform !== 'object' || typeof transform.handler !== 'function') {
        throw new Error(
          `mdx-compile-cache: @astrojs/mdx has no "${mdxPluginName}" plugin with a transform handler; ` +
            `src/patches/mdx-compile-cache.ts was written for @astrojs/mdx ${patchedMdxVersion}.`,
        );
      }
      const compile = transform.handler as TransformHandler;
      (transform as { handler: TransformHandler }).handler = async function cachedCompile(code, id, ...rest) {
        const key = compiledMdxKey(inputsDigest, relativeId(id), code);
        const kept = store.get(key);
        if (kept) return kept;
        const compiled = (await compile.call(this, code, id, ...rest)) as CompiledMdx;
        store.set(key, { code: compiled.code, map: compiled.map ?? null, meta: compiled.meta });
        return compiled;
      };
    },
  };
}
