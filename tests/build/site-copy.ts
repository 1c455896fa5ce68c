import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** The repository this test runs in. */
export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Build output, caches and tooling state: never part of a copy. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);

/** Caches that must stay private to each copy, so parallel builds share nothing they write. */
const privateCaches = new Set(['.astro', '.cache', '.vite']);

/** A throwaway copy of the site, with the same installed packages. */
export interface SiteCopy {
  root: string;
  /** Writes (or overwrites) a file, relative to the copy's root. */
  write(path: string, contents: string | Uint8Array): void;
  /** Deletes the copy. */
  remove(): void;
}

/** The site's caches of finished work (preview cards, font subsets, the search index), as the repository's build left them. */
const workCaches = join(repoRoot, 'node_modules/.cache');

/**
 * Copies the repository's sources into a temporary folder. `node_modules` is
 * a real folder of links to each installed package, so Astro's content cache
 * (`node_modules/.astro`) and the site's own caches (`node_modules/.cache`) stay private to the copy.
 *
 * `caches: 'warm'` starts the copy with a copy of the repository's preview-card, font-subset and search-index caches,
 * as a newsroom's machine has them: every entry is keyed by what it was made from, so a build uses only those that
 * match its content and makes the rest, and the test spends its time on what it changed. `'cold'` starts empty, for
 * a test of what a first build makes.
 */
export function copySite({ caches = 'warm' }: { caches?: 'warm' | 'cold' } = {}): SiteCopy {
  const root = mkdtempSync(join(tmpdir(), 'site-copy-'));
  cpSync(repoRoot, root, {
    recursive: true,
    filter: (source) => {
      const path = relative(repoRoot, source);
      return path === '' || !skipped.has(path.split(sep)[0]!);
    },
  });
  const modules = join(repoRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!privateCaches.has(name)) symlinkSync(join(modules, name), join(root, 'node_modules', name));
  }
  if (caches === 'warm' && existsSync(workCaches))
    cpSync(workCaches, join(root, 'node_modules/.cache'), { recursive: true });
  return {
    root,
    write(path, contents) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), contents);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** What `astro build` did in a copy. */
export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** Variables Vitest sets for the code it tests, which must not reach a build it starts. */
const testRunnerVariables = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/**
 * Runs `astro build` in a copy on this Node, offline, with the copy's own caches; with `npm: true`, the project's
 * `npm run build` (`src/cli/build.ts`), which splits a large archive into shards.
 */
export function buildSite(
  root: string,
  env: Record<string, string> = {},
  { npm = false }: { npm?: boolean } = {},
): Promise<BuildResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name)));
  return new Promise((resolve, reject) => {
    const command = npm ? [join(root, 'src/cli/build.ts')] : [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const child = spawn(process.execPath, command, {
      cwd: root,
      env: {
        ...inherited,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

/** A copy of the site with `files` added. */
function copyWith(files: Record<string, string | Uint8Array>): SiteCopy {
  const copy = copySite();
  for (const [path, contents] of Object.entries(files)) copy.write(path, contents);
  return copy;
}

/** Copies the site, adds `files`, builds it, and deletes the copy. */
export async function buildWith(files: Record<string, string | Uint8Array>): Promise<BuildResult & { root: string }> {
  const copy = copyWith(files);
  try {
    return { ...(await buildSite(copy.root)), root: copy.root };
  } finally {
    copy.remove();
  }
}

/**
 * Copies the site, adds `files` and builds it, for a test to read the built copy (and remove it when done). A build
 * that fails removes the copy and throws with its output.
 */
export async function builtCopy(files: Record<string, string | Uint8Array>): Promise<SiteCopy> {
  const copy = copyWith(files);
  const { code, output } = await buildSite(copy.root);
  if (code !== 0) {
    copy.remove();
    throw new Error(`The copy's build failed (exit code ${code}):\n${output}`);
  }
  return copy;
}

/** Every file under `dir`, by its path relative to `dir` with `/` between folders, with its bytes. */
export function filesUnder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path).split(sep).join('/'), readFileSync(path)];
      }),
  );
}
