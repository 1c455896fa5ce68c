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
  return [first, ...rest].map((family) => `'${family}'`).join(', ');
}

let loading: Promise<OgFont[]> | undefined;

/** Every preview font, read once per process. */
export function loadOgFonts(): Promise<OgFont[]> {
  loading ??= Promise.all(
    fontSources().flatMap((source) =>
      weights.map(async (weight) => ({
        name: source.family,
        weight,
        style: 'normal' as const,
        data: await readFile(resolvePackageFile(fontFile(source, weight))),
      })),
    ),
  );
  return loading;
}

let fontsDigest: Promise<string> | undefined;

/** sha256 over every font file's bytes: a different font release makes different images. Worked out once per process. */
export function ogFontsDigest(): Promise<string> {
  fontsDigest ??= loadOgFonts().then((fonts) => {
    const hash = createHash('sha256');
    for (const font of fonts) hash.update(font.data);
    return hash.digest('hex');
  });
  return fontsDigest;
}
