import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { BuiltFiles } from './built-files';
import { detached } from '../../lib/detached-string';
import { pageTextReader, type PageText } from './page-text';
import { cachedSubset } from './subset-cache';
import { rememberTextRuns, rememberedTextRuns, textRunsKey } from './text-runs-cache';
import { subsetForText } from './text-subset';
import { boldSelectors, fontFaces, type FontFaceRule } from './stylesheets';
import { runsInRanges } from './unicode-range';
import { sfntToWoff2, woff2ToSfnt } from './woff2';

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

/** One font file the build replaced. */
export interface SubsetReport {
  /** The new file, relative to the build folder. */
  file: string;
  weight: number;
  glyphs: number;
  /** Whether layout rules the text never used were left out (see `subsetForText`). */
  layoutPruned: boolean;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Cuts every WOFF2 file of `family` in the built site at `dir` down to the
 * glyphs that shaping the site's text needs: the text of every page (bold
 * text only, for faces of weight 600 and up) in the face's `unicode-range`,
 * shaped with the face's own font, every intermediate glyph kept. Each file
 * is replaced under a new name, and pages and stylesheets are pointed at it.
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
      for (const [file, face] of faces) addRuns(file, textFor(face, text));
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
    const cut = await cachedSubset(
      font,
      runs,
      async () => {
        const { font: subset, glyphs, layoutPruned } = subsetForText(font, runs);
        return { woff2: await sfntToWoff2(subset), glyphs, layoutPruned };
      },
      options.cacheDir,
    );
    subsets.set(file, cut.woff2);
    reports.push({
      weight: face.weight,
      glyphs: cut.glyphs,
      layoutPruned: cut.layoutPruned,
      bytesBefore: original.length,
      bytesAfter: cut.woff2.length,
    });
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

/** The text of a page a face draws: everything for regular faces, bold text for faces of 600 and heavier. */
function textFor(face: FontFaceRule, text: PageText): string[] {
  return face.weight >= 600 ? text.bold : text.all;
}
