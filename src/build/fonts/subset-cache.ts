import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { writeAtomically } from '../../lib/write-atomically';

/** Bump when the subsetter's output for the same font and text changes. */
const subsetterVersion = 4;

/** A face cut down, ready to ship: the WOFF2 file and what the build log says of it. */
export interface CachedSubset {
  woff2: Uint8Array;
  glyphs: number;
  layoutPruned: boolean;
}

/** Where cut-down fonts are kept between builds unless told otherwise: outside every source folder and `dist/`. */
export function fontCacheDir(root = process.cwd()): string {
  return resolve(root, process.env.FONT_CACHE_DIR ?? 'node_modules/.cache/font-subsets');
}

let libraries: string | undefined;

/**
 * The identity of the libraries that make the bytes: a digest of HarfBuzz's subsetter WebAssembly and of the WOFF2
 * encoder's (wawoff2 ships it inside its JavaScript), which every release of each rebuilds.
 */
function librariesDigest(): string {
  const require = createRequire(import.meta.url);
  libraries ??= createHash('sha256')
    .update(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')))
    .update(readFileSync(require.resolve('wawoff2/build/compress_binding.js')))
    .digest('hex');
  return libraries;
}

/** sha256 of the font, the text's runs, the subsetter's version and its libraries: equal keys mean byte-equal subsets. */
export function subsetCacheKey(font: Uint8Array, runs: ReadonlySet<string>): string {
  return createHash('sha256')
    .update(`subsetter@${subsetterVersion} libraries@${librariesDigest()}\0`)
    .update(font)
    .update('\0')
    .update([...runs].sort().join('\n'))
    .digest('hex');
}

/**
 * The subset of `font` for `runs`: the one an earlier build made from the same
 * font and text, or made now with `make` and kept. Shaping every word and
 * pruning the layout rules takes seconds on a large site; most builds change
 * no word the font draws.
 */
export async function cachedSubset(
  font: Uint8Array,
  runs: ReadonlySet<string>,
  make: () => Promise<CachedSubset>,
  dir = fontCacheDir(),
): Promise<CachedSubset> {
  const file = join(dir, subsetCacheKey(font, runs));
  try {
    const [woff2, meta] = await Promise.all([readFile(`${file}.woff2`), readFile(`${file}.json`, 'utf8')]);
    const { glyphs, layoutPruned } = JSON.parse(meta) as Omit<CachedSubset, 'woff2'>;
    return { woff2: new Uint8Array(woff2), glyphs, layoutPruned };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const subset = await make();
  await mkdir(dir, { recursive: true });
  // The font first, then its description: a description is only ever there with its font.
  await writeAtomically(`${file}.woff2`, subset.woff2);
  await writeAtomically(`${file}.json`, JSON.stringify({ glyphs: subset.glyphs, layoutPruned: subset.layoutPruned }));
  return subset;
}
