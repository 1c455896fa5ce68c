import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;

/**
 * A copy of the site in a temporary folder, with extra content files, for
 * tests that run the real `astro build` on content the site itself must
 * not carry (a broken id, an invented update). `node_modules` is linked, not
 * copied; Astro's cache lives in the copy, so the real site's is untouched.
 */
export function fixtureSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'astro.fixture.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache/' };\n",
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs `astro build` in a fixture site on this Node; returns its exit status and everything it printed. */
export function buildFixture(dir: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'astro.fixture.config.mjs'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        OG_CACHE_DIR: process.env.OG_CACHE_DIR ?? join(root, 'node_modules/.cache/og-images'),
      },
      timeout: 300_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
