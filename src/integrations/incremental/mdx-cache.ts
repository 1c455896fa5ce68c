import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mdxCompileCache, type CompiledMdx, type CompiledMdxStore } from '../../patches/mdx-compile-cache.ts';
import { writeAtomically } from '../shared/write-atomically.ts';
import { directoryDigest } from './directory-digest.ts';

/** What a stored file holds: the compiled modules by key. */
interface StoredModules {
  modules: Record<string, CompiledMdx>;
}

/**
 * A digest of everything besides a file's own source that its compiled module depends on: the site's code (the
 * Markdown transforms, the processor chosen in `src/site.config.ts`, a newsroom's own plugins wherever they sit),
 * the Astro config, the installed packages, `MARKDOWN_PROCESSOR`, the glossary (its terms become links and tips in
 * the text) and which statements exist (`<StatementCard>` ids are checked against them while compiling).
 */
export function mdxInputsDigest(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  hash.update(`src\0${directoryDigest(join(root, 'src'))}\0`);
  for (const file of ['astro.config.mjs', 'package-lock.json', 'node_modules/.package-lock.json']) {
    const path = join(root, file);
    hash.update(`${file}\0${existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : '-'}\0`);
  }
  hash.update(`MARKDOWN_PROCESSOR\0${process.env.MARKDOWN_PROCESSOR ?? ''}\0`);
  const glossary = join(contentDir, 'glossary');
  hash.update(`glossary\0${existsSync(glossary) ? directoryDigest(glossary) : '-'}\0`);
  const statements = join(contentDir, 'statements');
  const statementFiles = existsSync(statements)
    ? readdirSync(statements, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(statements, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .sort()
    : [];
  hash.update(`statements\0${statementFiles.join('\n')}`);
  return hash.digest('hex');
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
        try {
          kept = new Map(Object.entries((JSON.parse(readFileSync(file, 'utf8')) as StoredModules).modules));
        } catch {
          kept = new Map();
        }
        const relativeId = (id: string) => relative(root, id.split('?')[0]!).split(sep).join('/');
        updateConfig({
          vite: { plugins: [mdxCompileCache({ inputsDigest: mdxInputsDigest(root, contentDir), store, relativeId })] },
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
