import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { detached } from '../shared/detached-string.ts';
import { BuiltFiles } from './built-files.ts';
import { pageTextReader } from './page-text.ts';
import { join } from 'node:path';
import { PageStringsCache } from '../incremental/page-strings-cache.ts';
import {
  cachedSubset,
  fontCacheDir,
  shapingMemoVersion,
  textRunsKey,
  type CachedSubset,
  type TextRuns,
} from './caches.ts';
import { PageScans } from './page-scans.ts';
import { ShapingMemo } from './shaping-memo.ts';
import { subsetForText } from './text-subset.ts';
import { boldSelectors, fontFaces, runsInRanges, type FontFaceRule } from './stylesheets.ts';
import { sfntToWoff2, woff2ToSfnt } from './woff2.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Once the site is built, cuts a web font's files down to the glyphs its pages use (`subsetSiteFonts`). The font
 * modules are imported with the config: Astro's config loader, which would resolve a later `import()`, is closed by
 * the time hooks run (so wawoff2 compiles its WebAssembly in `astro dev` too).
 */
export default function subsetFonts(options: SubsetSiteFontsOptions): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const reports = await subsetSiteFonts(fileURLToPath(dir), options);
        if (reports.length === 0) logger.warn(`No WOFF2 file of ${options.family} found in the build`);
        for (const { file, weight, glyphs, layoutPruned, bytesBefore, bytesAfter } of reports) {
          const layout = layoutPruned ? 'used layout rules only' : 'every layout rule (pruning changed the shaping)';
          logger.info(`${file} (${weight}): ${glyphs} glyphs, ${layout}, ${kib(bytesBefore)} → ${kib(bytesAfter)}`);
        }
      },
    },
  };
}

/** What to subset. */
export interface SubsetSiteFontsOptions {
  /** The `font-family` of the `@font-face` rules whose WOFF2 files are cut down. */
  family: string;
  /** Text the browser draws in this family that no page contains, such as list numbers from `list-style-type`. */
  extraText?: string;
  /** Where subsets are kept between builds; `fontCacheDir()` by default. */
  cacheDir?: string;
  /** Folders of the build that are not the site's pages, such as a search bundle written at the same time. */
  ignore?: string[];
}

/** One font file the build replaced: its new name in the build folder, and what the log says of it. */
export type SubsetReport = { file: string } & Omit<CachedSubset, 'woff2'> &
  Record<'weight' | 'bytesBefore' | 'bytesAfter', number>;

/**
 * Cuts every WOFF2 file of `family` in the built site at `dir` down to what shaping the site's text (bold text only for
 * faces of 600 and up) in the face's `unicode-range` needs, and points pages and stylesheets at its new name.
 */
export async function subsetSiteFonts(dir: string, options: SubsetSiteFontsOptions): Promise<SubsetReport[]> {
  const cacheDir = options.cacheDir ?? fontCacheDir();
  const scansFile = join(cacheDir, 'page-scans.json');
  const site = await BuiltFiles.load(dir, options.ignore, PageScans.open(scansFile, dir));
  const faces = uniqueFiles(site, options.family);
  const bold = boldSelectors([...site.stylesheets.keys()].join('\n'));
  const described = [...faces].map(([file, { weight, unicodeRange }]) => [relative(dir, file), weight, unicodeRange]);
  const key = textRunsKey(JSON.stringify({ family: options.family, bold, faces: described }));
  const cache = await PageStringsCache.open(join(cacheDir, 'page-text-runs.json'), key);
  const runsOf = readTextRuns(site, faces, bold, cache);
  const subsets = new Map<string, Uint8Array>();
  const reports = new Map<string, Omit<SubsetReport, 'file'>>();
  for (const [file, face] of faces) {
    const original = new Uint8Array(await readFile(file));
    const font = await woff2ToSfnt(original);
    const extra = runsInRanges(options.extraText ?? '', face.unicodeRange);
    const runs = new Set([...runsOf[relative(dir, file)]!, ...extra]);
    const make = async () => {
      // What shaping this face's runs went through, kept for the next build that changes its text.
      const memoFile = join(cacheDir, `shaping-${basename(file).split('.')[0]}.json`);
      const memo = await ShapingMemo.open(memoFile, shapingMemoVersion());
      const { font: subset, ...described } = subsetForText(font, runs, memo);
      await memo.save(memoFile);
      return { woff2: await sfntToWoff2(subset), ...described };
    };
    const { woff2, ...described } = await cachedSubset(font, runs, make, options.cacheDir);
    subsets.set(file, woff2);
    reports.set(file, { weight: face.weight, ...described, bytesBefore: original.length, bytesAfter: woff2.length });
  }
  // A page rewritten with the new names draws the same text: the next build finds its runs under its new digest.
  const renamed = await site.replaceAssets(subsets, (before, after) => cache.alias(before, after));
  await cache.save();
  await site.saveScans(scansFile);
  return [...renamed].map(([file, name]) => ({ file: relative(dir, name), ...reports.get(file)! }));
}

/**
 * The runs of text each face draws, by its file's path in the build: each page's own, read only when the cache does
 * not have them for that page's digest, joined in page order.
 */
function readTextRuns(
  site: BuiltFiles,
  faces: Map<string, FontFaceRule>,
  bold: readonly string[],
  cache: PageStringsCache,
): TextRuns {
  const pageText = pageTextReader(bold);
  const named = [...faces].map(([file, face]) => ({ name: relative(site.dir, file), face, runs: new Set<string>() }));
  // Pages repeat their short texts (menus, labels): each is split once per face. Long ones are rarely repeated.
  const splits = new Map<string, string[]>();
  const split = (part: string, face: FontFaceRule, name: string): string[] => {
    if (part.length > 200) return runsInRanges(part, face.unicodeRange).map(detached);
    const key = `${name}\0${part}`;
    let runs = splits.get(key);
    if (!runs) splits.set(detached(key), (runs = runsInRanges(part, face.unicodeRange).map(detached)));
    return runs;
  };
  for (const [file, digest] of site.pageDigests()) {
    const onPage = cache.get(digest, () => {
      const text = pageText(readFileSync(file, 'utf8'));
      return Object.fromEntries(
        named.map(({ name, face }) => {
          const runs = new Set<string>();
          for (const part of face.weight >= 600 ? text.bold : text.all)
            for (const run of split(part, face, name)) runs.add(run);
          return [name, [...runs]];
        }),
      );
    });
    for (const { name, runs } of named) for (const run of onPage[name] ?? []) runs.add(run);
  }
  return Object.fromEntries(named.map(({ name, runs }) => [name, [...runs]]));
}

/**
 * The WOFF2 files the family's `@font-face` rules point to, each once, with its rule. A page kept from the last build
 * names that build's subset, which is gone: its name stands for the file the build made anew (`BuiltFiles.current`).
 */
function uniqueFiles(site: BuiltFiles, family: string): Map<string, FontFaceRule> {
  const files = new Map<string, FontFaceRule>();
  for (const [css, from] of site.stylesheets) {
    for (const face of fontFaces(css).filter((rule) => rule.family === family)) {
      for (const url of face.urls.filter((candidate) => /\.woff2([?#].*)?$/.test(candidate))) {
        files.set(site.current(site.resolve(url.replace(/[?#].*$/, ''), from)), face);
      }
    }
  }
  return files;
}
