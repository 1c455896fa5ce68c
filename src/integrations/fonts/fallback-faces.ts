import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fallbackDescriptors, measureFace, type FallbackDescriptors } from './fallback-metrics.ts';
import { parseUnicodeRange, runsInRanges } from './stylesheets.ts';
import { woff2ToSfnt } from './woff2.ts';

/**
 * The fallback faces of `src/styles/fonts.css` whose descriptors are measured: a phone font that draws Bengali, or,
 * for a phone with none, the Latin font whose empty boxes stand in for it. Only fonts whose files are at hand are
 * here; the iPhone's and Windows' Bengali fonts (Kohinoor Bangla, Bangla Sangam MN, Nirmala UI, Vrinda) are not, and
 * no npm package has their Bengali metrics, so fonts.css names them without descriptors.
 */
export const fallbackFaces = [
  {
    id: 'lohit-400',
    family: 'Lohit Bengali',
    weight: 400,
    file: '/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf',
  },
  // Lohit has no bold: the browser thickens the regular, which keeps its widths. It does so only for a face that does
  // not say it is bold, so fonts.css declares this one 500 (`declaredWeight`); bold text still picks it.
  {
    id: 'lohit-700',
    family: 'Lohit Bengali',
    weight: 700,
    declaredWeight: 500,
    file: '/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf',
  },
  { id: 'dejavu-400', family: 'DejaVu Sans', weight: 400, file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  {
    id: 'dejavu-700',
    family: 'DejaVu Sans',
    weight: 700,
    file: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  },
] as const;

/** The characters of fonts.css's Bengali faces that a font must set as Noto does (the script's block and ZWJ/ZWNJ). */
const bengali = parseUnicodeRange('U+0980-09FE, U+200C-200D');

/**
 * The Bengali runs whose width a fallback of `weight` must match: for 400, all of the Bengali content and UI strings;
 * for bold, the text the site sets bold, the pieces' titles and headings (Markdown `#` lines).
 */
export function siteBengaliRuns(root: string, weight: number): string[] {
  const sources = weight < 600 ? [join(root, 'src/i18n/locales/bn.json')] : [];
  for (const collection of readdirSync(join(root, 'content'))) {
    const folder = join(root, 'content', collection, 'bn');
    if (existsSync(folder)) sources.push(...readdirSync(folder).map((name) => join(folder, name)));
  }
  return sources.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const bold =
      weight < 600
        ? text
        : text
            .split('\n')
            .filter((line) => /^(title:|#)/.test(line))
            .join('\n');
    return runsInRanges(bold, bengali);
  });
}

/** Noto Sans Bengali at `weight`, as @fontsource ships it (before the build's subsetting), as an OpenType file. */
async function notoSansBengali(weight: number): Promise<Uint8Array> {
  const file = createRequire(import.meta.url).resolve(
    `@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-${weight}-normal.woff2`,
  );
  return woff2ToSfnt(readFileSync(file));
}

/** The descriptors of every fallback face whose font file this machine has, by id. */
export async function measureFallbackFaces(root: string): Promise<Map<string, FallbackDescriptors>> {
  const measured = new Map<string, FallbackDescriptors>();
  for (const face of fallbackFaces) {
    if (!existsSync(face.file)) continue;
    const runs = siteBengaliRuns(root, face.weight);
    const target = measureFace(await notoSansBengali(face.weight), runs);
    measured.set(face.id, fallbackDescriptors(target, measureFace(readFileSync(face.file), runs)));
  }
  return measured;
}
