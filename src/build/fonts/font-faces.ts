import { cssRules, splitTopLevel } from './css-rules';
import { parseUnicodeRange, type CodePointRange } from './unicode-range';

/** One `@font-face` rule, as far as subsetting needs it. */
export interface FontFaceRule {
  family: string;
  /** The lightest weight the face declares: `400`, or `100` for `font-weight: 100 900`. */
  weight: number;
  /** Every `url()` of `src`, as written. */
  urls: string[];
  /** Code points the face is for; every code point when the rule has no `unicode-range`. */
  unicodeRange: CodePointRange[];
}

const namedWeights: Record<string, number> = { normal: 400, bold: 700 };

/** The `@font-face` rules of a stylesheet. */
export function fontFaces(css: string): FontFaceRule[] {
  return cssRules(css)
    .filter(({ prelude }) => prelude.toLowerCase() === '@font-face')
    .map(({ declarations }) => {
      const weight = (declarations.get('font-weight') ?? 'normal').split(/\s+/)[0]!;
      const range = declarations.get('unicode-range');
      return {
        family: unquote(declarations.get('font-family') ?? ''),
        weight: namedWeights[weight] ?? Number(weight),
        urls: splitTopLevel(declarations.get('src') ?? '', ',').flatMap((source) => {
          const match = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/.exec(source);
          return match ? [match[1] ?? match[2] ?? match[3]!] : [];
        }),
        unicodeRange: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
      };
    });
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, '$2');
}
