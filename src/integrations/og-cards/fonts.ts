import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { localeOf, type Lang } from '../../language/locales';
import { locales } from '../../site.config';

/** A font as satori takes it: family name, weight and the file's bytes. */
export interface OgFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

/** Noto Sans draws Latin in every card, e.g. "PhonePe" inside a Bengali headline. */
const latin = { family: 'Noto Sans', package: '@fontsource/noto-sans', subset: 'latin' } as const;
const weights = [400, 700] as const;

type FontSource = { family: string; package: string; subset: string };

/**
 * Last in every card's list, for the signs no script font has: symbols (☎ ✈ ★ ✔) and arrows and mathematical
 * signs (→ ⇒ ≠). Each comes in one weight only, which satori uses for bold text too.
 */
const symbolSources: FontSource[] = [
  { family: 'Noto Sans Symbols 2', package: '@fontsource/noto-sans-symbols-2', subset: 'symbols' },
  { family: 'Noto Sans Math', package: '@fontsource/noto-sans-math', subset: 'latin' },
];
const symbolWeight = 400;

/** Every locale's script font (from `src/site.config.ts`), then Latin, each family once. */
function fontSources(): FontSource[] {
  const scripts = locales.map((locale) => ('font' in locale ? locale.font : undefined)).filter(Boolean) as FontSource[];
  return [...new Map([...scripts, latin].map((font) => [font.family, font])).values()];
}

/**
 * The WOFF file of one family and weight inside its `@fontsource` package
 * (satori reads WOFF, not WOFF2, and it needs no decompression library).
 */
function fontFile({ package: name, subset }: FontSource, weight: number): string {
  return `${name}/files/${name.split('/')[1]}-${subset}-${weight}-normal.woff`;
}

/**
 * Absolute path of a file inside an installed package, or of one of
 * package.json's `#` imports, resolved like `require` does.
 */
export function resolvePackageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/** The files of the script fonts, every weight, and those of the symbol fonts: what `font-coverage.ts` reads. */
export function ogFontFiles(): { script: string[]; symbols: string[] } {
  return {
    script: fontSources().flatMap((source) => weights.map((weight) => resolvePackageFile(fontFile(source, weight)))),
    symbols: symbolSources.map((source) => resolvePackageFile(fontFile(source, symbolWeight))),
  };
}

/** Absolute path of the font file of one family and weight. */
export function ogFontPath(family: string, weight: OgFont['weight']): string {
  const source = fontSources().find((font) => font.family === family);
  if (!source) throw new Error(`No preview font "${family}": name it as a locale's font in src/site.config.ts.`);
  return resolvePackageFile(fontFile(source, weight));
}

/** The CSS font stack of a card: the page language's script first, so each script gets its own face. */
export function ogFontStack(lang: Lang): string {
  const first = localeOf(lang).font?.family ?? latin.family;
  const rest = fontSources()
    .map((font) => font.family)
    .filter((family) => family !== first);
  const symbols = symbolSources.map((font) => font.family);
  return [first, ...rest, ...symbols].map((family) => `'${family}'`).join(', ');
}

const readFont = async (source: FontSource, weight: OgFont['weight']): Promise<OgFont> => ({
  name: source.family,
  weight,
  style: 'normal',
  data: await readFile(resolvePackageFile(fontFile(source, weight))),
});

let scriptFonts: Promise<OgFont[]> | undefined;
let symbolFonts: Promise<OgFont[]> | undefined;

/**
 * The preview fonts, read once per process: the script fonts, and the symbol fonts, which a card is drawn with only
 * when its text needs them (`needsSymbolFonts`): satori reads every font it is given for every card.
 */
export async function loadOgFonts(): Promise<{ script: OgFont[]; symbols: OgFont[] }> {
  scriptFonts ??= Promise.all(fontSources().flatMap((source) => weights.map((weight) => readFont(source, weight))));
  symbolFonts ??= Promise.all(symbolSources.map((source) => readFont(source, symbolWeight)));
  return { script: await scriptFonts, symbols: await symbolFonts };
}

const digestOf = (fonts: OgFont[]) => {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(font.data);
  return hash.digest('hex');
};

let fontsDigest: Promise<string> | undefined;
let symbolsDigest: Promise<string> | undefined;

/**
 * sha256 over the script fonts' bytes: a different font release makes different images. Worked out once per process.
 * The symbol fonts are apart (`ogSymbolFontsDigest`): they draw only the cards whose text needs them.
 */
export function ogFontsDigest(): Promise<string> {
  fontsDigest ??= loadOgFonts().then(({ script }) => digestOf(script));
  return fontsDigest;
}

/** sha256 over the symbol fonts' bytes, for the key of a card that draws a sign with them. */
export function ogSymbolFontsDigest(): Promise<string> {
  symbolsDigest ??= loadOgFonts().then(({ symbols }) => digestOf(symbols));
  return symbolsDigest;
}
