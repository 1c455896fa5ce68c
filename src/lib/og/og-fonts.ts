import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A font as satori takes it: family name, weight and the file's bytes. */
export interface OgFont {
  name: 'Noto Sans Bengali' | 'Noto Sans';
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

/**
 * The preview fonts, from the `@fontsource` packages (WOFF: satori reads it and
 * it needs no decompression library). The Bengali subset draws Bengali script;
 * Noto Sans draws Latin, e.g. "PhonePe" inside a Bengali headline.
 */
const fontFiles = [
  {
    name: 'Noto Sans Bengali',
    weight: 400,
    file: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff',
  },
  {
    name: 'Noto Sans Bengali',
    weight: 700,
    file: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff',
  },
  { name: 'Noto Sans', weight: 400, file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff' },
  { name: 'Noto Sans', weight: 700, file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff' },
] as const;

/** Absolute path of a file inside an installed package, resolved like `require` does. */
export function resolvePackageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/** Absolute path of the font file of one family and weight. */
export function ogFontPath(name: OgFont['name'], weight: OgFont['weight']): string {
  const font = fontFiles.find((candidate) => candidate.name === name && candidate.weight === weight)!;
  return resolvePackageFile(font.file);
}

let loading: Promise<OgFont[]> | undefined;

/** Every preview font, read once per process. */
export function loadOgFonts(): Promise<OgFont[]> {
  loading ??= Promise.all(
    fontFiles.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(resolvePackageFile(file)),
    })),
  );
  return loading;
}

/** sha256 over every font file's bytes: a different font release makes different images. */
export async function ogFontsDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const font of await loadOgFonts()) hash.update(font.data);
  return hash.digest('hex');
}
