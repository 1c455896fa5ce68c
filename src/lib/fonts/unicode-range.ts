/** An inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** The ranges of a CSS `unicode-range` value such as `U+0980-09FE, U+200C-200D, U+4??`. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part): CodePointRange => {
      const match = /^u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!match) throw new Error(`Not a unicode-range: ${part}`);
      const [, start = '', end] = match;
      if (end) return [parseInt(start, 16), parseInt(end, 16)];
      return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'f'), 16)];
    });
}

/** Whether `ranges` include the code point. */
export function inRanges(ranges: readonly CodePointRange[], codePoint: number): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The longest runs of `text` made only of characters in `ranges`: what a
 * browser hands a font whose `unicode-range` is `ranges` to shape.
 */
export function runsInRanges(text: string, ranges: readonly CodePointRange[]): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of text) {
    if (inRanges(ranges, char.codePointAt(0)!)) {
      run += char;
    } else if (run !== '') {
      runs.push(run);
      run = '';
    }
  }
  if (run !== '') runs.push(run);
  return runs;
}
