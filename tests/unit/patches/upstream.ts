import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The Astro release that the code listed in src/patches/README.md leans on. */
export const patchedAstroVersion = '7.3.5';

/** The folder of an installed package. */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The version of an installed package, from its package.json. */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}

/** A file of an installed package, read as text: `path` inside the package's folder. */
export function upstreamFile(name: string, path: string): string {
  return readFileSync(join(packageDir(name), path), 'utf8');
}

/** The file an ESM import of `specifier` loads, read as text. */
export function importedSource(specifier: string): string {
  return readFileSync(fileURLToPath(import.meta.resolve(specifier)), 'utf8');
}
