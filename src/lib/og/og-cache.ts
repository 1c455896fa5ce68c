import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeAtomically } from '../write-atomically';
import { ogLayoutVersion } from './og-card';
import { ogFontsDigest, resolvePackageFile } from './og-fonts';
import { renderOgImage, type OgImageInput } from './render-og-image';

/** Where cached cards live unless told otherwise: outside every source folder, and outside `dist/`. */
export function ogCacheDir(root = process.cwd()): string {
  return resolve(root, process.env.OG_CACHE_DIR ?? 'node_modules/.cache/og-images');
}

async function packageVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(resolvePackageFile(`${name}/package.json`), 'utf8')) as {
    version: string;
  };
  return `${name}@${manifest.version}`;
}

let rendererVersion: Promise<string> | undefined;

/**
 * The renderer's identity: a new satori or resvg release, or a layout change, draws every card again.
 * Read once per process: every card of a build asks.
 */
export function ogRendererVersion(): Promise<string> {
  rendererVersion ??= Promise.all(['satori', '@resvg/resvg-js'].map(packageVersion)).then((versions) =>
    [...versions, `layout@${ogLayoutVersion}`].join(' '),
  );
  return rendererVersion;
}

/** sha256 of the input, the renderer version and the font files: equal keys mean byte-equal cards. */
export async function ogCacheKey(input: OgImageInput): Promise<string> {
  const { title, siteName, kindLabel, lang } = input;
  return createHash('sha256')
    .update(JSON.stringify({ title, siteName, kindLabel, lang }))
    .update('\0')
    .update(await ogRendererVersion())
    .update('\0')
    .update(await ogFontsDigest())
    .digest('hex');
}

/** Where to cache, and how to draw on a miss; tests swap both. */
export interface OgCacheOptions {
  dir?: string;
  render?: (input: OgImageInput) => Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * A page's card: the cached PNG when an earlier build drew the same input with
 * the same renderer and fonts, otherwise drawn now and stored as `<key>.png`.
 */
export async function cachedOgImage(
  input: OgImageInput,
  options: OgCacheOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { dir = ogCacheDir(), render = renderOgImage } = options;
  const file = join(dir, `${await ogCacheKey(input)}.png`);
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await render(input);
  await mkdir(dir, { recursive: true });
  // A build that stops midway never leaves half a PNG under a valid key.
  await writeAtomically(file, png);
  return png;
}
