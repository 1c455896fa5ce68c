import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { writeAtomically } from '../shared/write-atomically';
import { cardTexts, ogLayoutVersion, type OgImageInput } from './card';
import { emojiSetVersion } from './emoji-images';
import { needsSymbolFonts } from './font-coverage';
import { ogFontsDigest, ogSymbolFontsDigest, resolvePackageFile } from './fonts';
import { emojiIn } from './without-emoji';
import { renderOgImage } from './render';

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
 * The renderer's identity: a new satori, resvg or sharp release, or a layout change, draws every card again.
 * Read once per process: every card of a build asks.
 */
export function ogRendererVersion(): Promise<string> {
  rendererVersion ??= Promise.all(['satori', '@resvg/resvg-js'].map(packageVersion)).then((versions) =>
    // sharp's package.json is not among its exports; it reports its own version and its libvips's.
    [...versions, `sharp@${sharp.versions.sharp}`, `vips@${sharp.versions.vips}`, `layout@${ogLayoutVersion}`].join(
      ' ',
    ),
  );
  return rendererVersion;
}

/**
 * sha256 of the input, the renderer version and the script fonts' files, and
 * of the emoji set's version when the input has emoji and of the symbol fonts
 * when it has a sign only they draw (a card without either keeps its key when
 * those change): equal keys mean byte-equal cards.
 */
export async function ogCacheKey(input: OgImageInput): Promise<string> {
  const { title, siteName, kindLabel, lang } = input;
  const hash = createHash('sha256')
    .update(JSON.stringify({ title, siteName, kindLabel, lang }))
    .update('\0')
    .update(await ogRendererVersion())
    .update('\0')
    .update(await ogFontsDigest());
  if ([title, siteName, kindLabel].some((text) => emojiIn(text).length > 0))
    hash.update('\0').update(emojiSetVersion());
  if (needsSymbolFonts(Object.values(cardTexts(input)))) hash.update('\0').update(await ogSymbolFontsDigest());
  return hash.digest('hex');
}

/** Where to cache, and how to draw on a miss; tests swap both. */
export interface OgCacheOptions {
  dir?: string;
  render?: (input: OgImageInput) => Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * Cards being drawn ahead of their page's request (`drawMissingOgImages`), by
 * cache file. The request takes the drawn bytes from here rather than read
 * back the file just written.
 */
const drawingAhead = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

async function drawAndStore(
  input: OgImageInput,
  file: string,
  { dir, render }: Required<OgCacheOptions>,
): Promise<Uint8Array<ArrayBuffer>> {
  const png = await render(input);
  // A build that stops midway never leaves half a PNG under a valid key.
  // The folder is made when it is missing, not checked for every card.
  await writeAtomically(file, png).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    await writeAtomically(file, png);
  });
  return png;
}

function withDefaults({ dir = ogCacheDir(), render = renderOgImage }: OgCacheOptions): Required<OgCacheOptions> {
  return { dir, render };
}

/**
 * A page's card: the cached PNG when an earlier build drew the same input with
 * the same renderer and fonts, otherwise drawn now and stored as `<key>.png`.
 * A card already being drawn ahead is waited for, not drawn twice.
 */
export async function cachedOgImage(
  input: OgImageInput,
  options: OgCacheOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const settings = withDefaults(options);
  const file = join(settings.dir, `${await ogCacheKey(input)}.png`);
  const ahead = drawingAhead.get(file);
  if (ahead) {
    drawingAhead.delete(file);
    return ahead;
  }
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return drawAndStore(input, file, settings);
}

/**
 * Starts drawing every card of `inputs` that the cache lacks, in order, `lanes`
 * at a time, and returns once they are queued. A build collects every route's
 * paths before it renders any, so the worker draws the cards back to back from
 * the start, rather than each when the build reaches its request; each card's
 * request then waits for its own. A card that fails fails its own request, with
 * the reason. Four lanes keep the worker laying out one card while resvg and
 * sharp finish others, and no more than a few cards' pixels in memory.
 */
export async function drawMissingOgImages(
  inputs: OgImageInput[],
  options: OgCacheOptions = {},
  lanes = 4,
): Promise<void> {
  const settings = withDefaults(options);
  const cached = new Set(await readdir(settings.dir).catch(() => []));
  const tails = Array.from({ length: lanes }, (): Promise<unknown> => Promise.resolve());
  let queued = 0;
  for (const input of inputs) {
    const name = `${await ogCacheKey(input)}.png`;
    const file = join(settings.dir, name);
    if (cached.has(name) || drawingAhead.has(file)) continue;
    const lane = queued++ % lanes;
    const drawn = tails[lane]!.then(() => drawAndStore(input, file, settings));
    // Handled by the card's own request; the lane goes on with the next card.
    tails[lane] = drawn.catch(() => undefined);
    drawingAhead.set(file, drawn);
  }
}
