import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { writeAtomically } from '../shared/write-atomically.ts';

/** Bump when the subsetter's output for the same font and text changes. */
const subsetterVersion = 7;
/** Bump when the same pages can give a face other runs (how text, bold text or a range is read). */
const textVersion = 2;

/** Where cut-down fonts are kept between builds unless told otherwise: outside every source folder and `dist/`. */
export function fontCacheDir(root = process.cwd()): string {
  return resolve(root, process.env.FONT_CACHE_DIR ?? 'node_modules/.cache/font-subsets');
}

/** For a read's `.catch`: undefined when the file is not there, any other error passed on. */
const ifMissing = (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error));

/** A face cut down, ready to ship: the WOFF2 file and what the build log says of it. */
export type CachedSubset = { woff2: Uint8Array; glyphs: number; layoutPruned: boolean };

let libraries: string | undefined;

/**
 * The libraries that make the bytes: HarfBuzz's shaper and subsetter WebAssembly, and the WOFF2 encoder's, in
 * wawoff2's JS.
 */
function librariesDigest(): string {
  const require = createRequire(import.meta.url);
  const files = [
    'harfbuzzjs/dist/harfbuzz.wasm',
    'harfbuzzjs/dist/harfbuzz-subset.wasm',
    'wawoff2/build/compress_binding.js',
  ];
  return (libraries ??= files
    .reduce((hash, file) => hash.update(readFileSync(require.resolve(file))), createHash('sha256'))
    .digest('hex'));
}

/** What a shaping memo (`shaping-memo.ts`) was made by: the subsetter's version and its libraries. */
export const shapingMemoVersion = (): string => `subsetter@${subsetterVersion} libraries@${librariesDigest()}`;

/** sha256 of the font, the text's runs, the subsetter's version and its libraries: equal keys mean equal subsets. */
export function subsetCacheKey(font: Uint8Array, runs: ReadonlySet<string>): string {
  return createHash('sha256')
    .update(`subsetter@${subsetterVersion} libraries@${librariesDigest()}\0`)
    .update(font)
    .update(`\0${[...runs].sort().join('\n')}`)
    .digest('hex');
}

/** The subset of `font` for `runs` an earlier build made, or made now with `make` and kept: most builds add no word. */
export async function cachedSubset(
  font: Uint8Array,
  runs: ReadonlySet<string>,
  make: () => Promise<CachedSubset>,
  dir = fontCacheDir(),
): Promise<CachedSubset> {
  const file = join(dir, subsetCacheKey(font, runs));
  const kept = await Promise.all([readFile(`${file}.woff2`), readFile(`${file}.json`, 'utf8')]).catch(ifMissing);
  if (kept) return { woff2: new Uint8Array(kept[0]), ...(JSON.parse(kept[1]) as Omit<CachedSubset, 'woff2'>) };
  const subset = await make();
  await mkdir(dir, { recursive: true });
  // The font first, then its description: a description is only ever there with its font.
  await writeAtomically(`${file}.woff2`, subset.woff2);
  await writeAtomically(`${file}.json`, JSON.stringify({ glyphs: subset.glyphs, layoutPruned: subset.layoutPruned }));
  return subset;
}

/** The runs of text each face draws, by the face file's path in the build. */
export type TextRuns = Record<string, string[]>;

/** The key of the runs read from pages: the reader's version and what else decides them (family, faces, bold rules). */
export function textRunsKey(options: string): string {
  return createHash('sha256').update(`text@${textVersion}\0${options}`).digest('hex');
}
