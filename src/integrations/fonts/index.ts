import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { detached } from '../shared/detached-string';
import { BuiltFiles } from './built-files';
import { pageTextReader } from './page-text';
import { cachedSubset, rememberTextRuns, rememberedTextRuns, textRunsKey } from './caches';
import { subsetForText, type TextSubset } from './text-subset';
import { boldSelectors, fontFaces, runsInRanges, type FontFaceRule } from './stylesheets';
import { sfntToWoff2, woff2ToSfnt } from './woff2';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Once the site is built, cuts a web font's files down to the glyphs its pages use (see `subsetSiteFonts`). Only the
 * build output changes. The font modules are imported up front, with the config: Astro's config loader, which would
 * resolve a later `import()`, is closed by the time hooks run (wawoff2 so compiles its WebAssembly in `astro dev` too).
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
export type SubsetReport = { file: string; weight: number; bytesBefore: number; bytesAfter: number } & Omit<
  TextSubset,
  'font'
>;

/**
 * Cuts every WOFF2 file of `family` in the built site at `dir` down to the glyphs that shaping the site's text needs:
 * the text of every page (bold text only, for faces of weight 600 and up) in the face's `unicode-range`, shaped with the
 * face's own font, every intermediate glyph kept. Each file is replaced under a new name, and pages and stylesheets are
 * pointed at it.
 */
export async function subsetSiteFonts(dir: string, options: SubsetSiteFontsOptions): Promise<SubsetReport[]> {
  const site = await BuiltFiles.load(dir, options.ignore);
  const css = site.stylesheets.map(([, text]) => text).join('\n');
  const pageText = pageTextReader(boldSelectors(css));
  const faces = uniqueFiles(site, options.family);
  // Each face's runs, gathered page by page: the pages themselves are not kept. Pages repeat their short texts
  // (menus, labels, definitions), so each of those is split into runs once per face; long ones are rarely
  // repeated and are not remembered, which keeps memory flat.
  const runsOf = new Map([...faces.keys()].map((file) => [file, new Set<string>()]));
  const partsSeen = new Map([...faces.keys()].map((file) => [file, new Set<string>()]));
  const addRuns = (file: string, parts: string[]) => {
    const seen = partsSeen.get(file)!;
    const runs = runsOf.get(file)!;
    for (const part of parts) {
      if (part.length <= 200) {
        if (seen.has(part)) continue;
        seen.add(detached(part));
      }
      for (const run of runsInRanges(part, faces.get(file)!.unicodeRange)) if (!runs.has(run)) runs.add(detached(run));
    }
  };
  // A build whose pages and stylesheets are those of the last one reads the runs the last one kept.
  const textKey = textRunsKey(site.digest, JSON.stringify({ family: options.family }));
  const remembered = await rememberedTextRuns(textKey, options.cacheDir);
  if (remembered && [...faces.keys()].every((file) => relative(dir, file) in remembered)) {
    for (const file of faces.keys()) for (const run of remembered[relative(dir, file)]!) runsOf.get(file)!.add(run);
  } else {
    for await (const [, html] of site.pages()) {
      const text = pageText(html);
      // Faces of 600 and heavier draw only the bold text.
      for (const [file, face] of faces) addRuns(file, face.weight >= 600 ? text.bold : text.all);
    }
    const runs = Object.fromEntries([...runsOf].map(([file, fileRuns]) => [relative(dir, file), [...fileRuns]]));
    await rememberTextRuns(textKey, runs, options.cacheDir);
  }
  const subsets = new Map<string, Uint8Array>();
  const reports: Omit<SubsetReport, 'file'>[] = [];
  for (const [file, face] of faces) {
    const original = new Uint8Array(await readFile(file));
    const font = await woff2ToSfnt(original);
    addRuns(file, [options.extraText ?? '']);
    const runs = runsOf.get(file)!;
    const make = async () => {
      const { font: subset, ...described } = subsetForText(font, runs);
      return { woff2: await sfntToWoff2(subset), ...described };
    };
    const { woff2, glyphs, layoutPruned } = await cachedSubset(font, runs, make, options.cacheDir);
    subsets.set(file, woff2);
    reports.push({ weight: face.weight, glyphs, layoutPruned, bytesBefore: original.length, bytesAfter: woff2.length });
  }
  const renamed = [...(await site.replaceAssets(subsets)).values()];
  return reports.map((report, index) => ({ file: relative(dir, renamed[index]!), ...report }));
}

/** The WOFF2 files the family's `@font-face` rules point to, each once, with its rule. */
function uniqueFiles(site: BuiltFiles, family: string): Map<string, FontFaceRule> {
  const files = new Map<string, FontFaceRule>();
  for (const [from, css] of site.stylesheets) {
    for (const face of fontFaces(css).filter((rule) => rule.family === family)) {
      for (const url of face.urls.filter((candidate) => /\.woff2([?#].*)?$/.test(candidate))) {
        files.set(site.resolve(url.replace(/[?#].*$/, ''), from), face);
      }
    }
  }
  return files;
}
