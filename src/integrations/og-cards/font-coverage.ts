/**
 * Which characters a card's fonts can draw, read from the fonts' character maps (fontkitten). satori draws a
 * character no font has as an empty box: the card leaves such a character out, as the page could not show it either
 * on a phone without a font for it. A sign only the symbol fonts draw (→ ☎ ★) puts their bytes in the card's key.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { ogFontFiles } from './fonts';
import { emojiIn } from './without-emoji';

let coverage: { script: Set<number>; symbols: Set<number> } | undefined;

/** The code points the script fonts draw, and those the symbol fonts draw; read once per process. */
function fontCoverage() {
  if (coverage) return coverage;
  const { script, symbols } = ogFontFiles();
  // Each file is one font, not a collection.
  const codePoints = (files: string[]) =>
    new Set(files.flatMap((file) => (create(readFileSync(file)) as Font).characterSet));
  coverage = { script: codePoints(script), symbols: codePoints(symbols) };
  return coverage;
}

/** The characters of the text that no font draws, other than white space and the emoji the card draws as images. */
function undrawable(text: string): (char: string) => boolean {
  const { script, symbols } = fontCoverage();
  const inEmoji = new Set(emojiIn(text).flatMap((emoji) => [...emoji]));
  return (char) => {
    const code = char.codePointAt(0)!;
    return !/\s/u.test(char) && !inEmoji.has(char) && !script.has(code) && !symbols.has(code);
  };
}

/** The text without the characters no card font draws. */
export function withoutUndrawable(text: string): string {
  const missing = undrawable(text);
  return [...text].filter((char) => !missing(char)).join('');
}

/** True when a character of the texts is drawn by a symbol font only. */
export function needsSymbolFonts(texts: readonly string[]): boolean {
  const { script, symbols } = fontCoverage();
  return texts.some((text) =>
    [...text].some((char) => !script.has(char.codePointAt(0)!) && symbols.has(char.codePointAt(0)!)),
  );
}
