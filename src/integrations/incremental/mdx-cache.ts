import { mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mdxCompileCache, type CompiledMdx, type CompiledMdxStore } from '../../patches/mdx-compile-cache.ts';
import { storedJson } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';
import { markdownInputsDigest } from './markdown-inputs.ts';

/** What a stored file holds: the compiled modules by key. */
interface StoredModules {
  modules: Record<string, CompiledMdx>;
}

/**
 * Astro integration: a build compiles only the `.mdx` files whose compiled module it does not have from the last
 * build (`src/patches/mdx-compile-cache.ts`). The modules live in Astro's cache folder (`node_modules/.astro/`, or
 * the build's `cacheDir`), in one file: `mdx-compiled.json`, rewritten after a build with the modules that build
 * used, so it holds one archive's worth and no more.
 */
export default function mdxCache({ contentDir }: { contentDir: string }): AstroIntegration {
  let file = '';
  let kept = new Map<string, CompiledMdx>();
  const used = new Map<string, CompiledMdx>();
  const reused = new Set<string>();
  const compiled = new Set<string>();
  const store: CompiledMdxStore = {
    get(key) {
      const module = kept.get(key);
      if (module) {
        used.set(key, module);
        reused.add(key);
      }
      return module;
    },
    set(key, module) {
      used.set(key, module);
      compiled.add(key);
    },
  };
  return {
    name: 'mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        file = join(fileURLToPath(config.cacheDir), 'mdx-compiled.json');
        kept = new Map(Object.entries(storedJson<StoredModules>(file)?.modules ?? {}));
        const relativeId = (id: string) => relative(root, id.split('?')[0]!).split(sep).join('/');
        updateConfig({
          vite: {
            plugins: [mdxCompileCache({ inputsDigest: markdownInputsDigest(root, contentDir), store, relativeId })],
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(`compiled ${compiled.size} MDX file(s), reused ${reused.size} from the last build`);
        if (compiled.size === 0 && reused.size === kept.size) return;
        mkdirSync(join(file, '..'), { recursive: true });
        await writeAtomically(file, JSON.stringify({ modules: Object.fromEntries(used) } satisfies StoredModules));
      },
    },
  };
}
