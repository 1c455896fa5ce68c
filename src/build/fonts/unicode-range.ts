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

const runPatterns = new WeakMap<readonly CodePointRange[], RegExp>();

/** A pattern matching the longest runs of characters in `ranges`, made once per list of ranges. */
function runPattern(ranges: readonly CodePointRange[]): RegExp {
  let pattern = runPatterns.get(ranges);
  if (!pattern) {
    const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
    const set = ranges.map(([first, last]) => (first === last ? hex(first) : `${hex(first)}-${hex(last)}`)).join('');
    // An empty range list matches nothing.
    pattern = new RegExp(set === '' ? '[^\\s\\S]' : `[${set}]+`, 'gu');
    runPatterns.set(ranges, pattern);
  }
  return pattern;
}

/**
 * The longest runs of `text` made only of characters in `ranges`: what a
 * browser hands a font whose `unicode-range` is `ranges` to shape.
 */
export function runsInRanges(text: string, ranges: readonly CodePointRange[]): string[] {
  return text.match(runPattern(ranges)) ?? [];
}
