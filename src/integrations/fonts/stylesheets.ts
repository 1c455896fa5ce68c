import { generate, parse, walk, type Block, type CssNode } from 'css-tree';

/** An inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** The ranges of a CSS `unicode-range` value such as `U+0980-09FE, U+200C-200D, U+4??`. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .filter((part) => part.trim() !== '')
    .map((part): CodePointRange => {
      const [, start = '', end] = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part) ?? [];
      if (!start) throw new Error(`Not a unicode-range: ${part.trim()}`);
      return [parseInt(start.replaceAll('?', '0'), 16), parseInt(end ?? start.replaceAll('?', 'f'), 16)];
    });
}

const runPatterns = new WeakMap<readonly CodePointRange[], RegExp>();

/** The longest runs of `text` made only of characters in `ranges`: what a browser hands a font with that range. */
export function runsInRanges(text: string, ranges: readonly CodePointRange[]): string[] {
  let pattern = runPatterns.get(ranges);
  if (!pattern) {
    const set = ranges.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join('');
    // Made once per list of ranges; an empty list matches nothing.
    runPatterns.set(ranges, (pattern = new RegExp(set === '' ? '[^\\s\\S]' : `[${set}]+`, 'gu')));
  }
  return text.match(pattern) ?? [];
}

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

/** The declarations of a block, by property name, lower-cased; a later one wins. */
function declarations(block: Block): Map<string, CssNode> {
  const found = new Map<string, CssNode>();
  block.children.forEach((node) => {
    if (node.type === 'Declaration') found.set(node.property.toLowerCase(), node.value);
  });
  return found;
}

const text = (value: CssNode | undefined) => (value ? generate(value).trim() : '');

/** The `@font-face` rules of a stylesheet. */
export function fontFaces(css: string): FontFaceRule[] {
  const faces: FontFaceRule[] = [];
  walk(parse(css), {
    visit: 'Atrule',
    enter(rule) {
      if (rule.name.toLowerCase() !== 'font-face' || !rule.block) return;
      const values = declarations(rule.block);
      const urls: string[] = [];
      const src = values.get('src');
      if (src) walk(src, { visit: 'Url', enter: (url) => void urls.push(url.value) });
      const weight = text(values.get('font-weight')).split(/\s+/)[0] || 'normal';
      const range = text(values.get('unicode-range'));
      faces.push({
        family: text(values.get('font-family')).replace(/^(["'])(.*)\1$/, '$2'),
        weight: namedWeights[weight] ?? Number(weight),
        urls,
        unicodeRange: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
      });
    },
  });
  return faces;
}

/** Elements browsers set in bold with no stylesheet at all. */
const boldByDefault = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'strong', 'th'];

/** Pseudo-elements whose text comes from CSS, not from the element. */
const generated = new Set(['before', 'after', 'marker', 'placeholder', 'backdrop', 'file-selector-button']);

const setsBold = (weight: string, font: string) =>
  /^(bold|bolder|[6-9]00)\b/.test(weight) || /(^|\s)(bold|bolder|[6-9]00)\s/.test(font);

/**
 * Selectors (for css-select) of the elements `css` sets in weight 600 or more, which a browser draws with the 700 face,
 * and of those set in bold by default. They err towards bold: attribute conditions and pseudo-classes, which scripts
 * and readers change (`[aria-expanded]`, `:hover`), are left out, and rules that make text lighter are not looked at.
 */
export function boldSelectors(css: string): string[] {
  const selectors = [...boldByDefault];
  walk(parse(css), {
    visit: 'Rule',
    enter(rule) {
      const values = declarations(rule.block);
      if (rule.prelude.type !== 'SelectorList' || !setsBold(text(values.get('font-weight')), text(values.get('font'))))
        return;
      rule.prelude.children.forEach((selector) => {
        if (selector.type !== 'Selector') return;
        const nodes = selector.children.toArray();
        if (nodes.some((node) => node.type === 'PseudoElementSelector' && generated.has(node.name))) return;
        selectors.push(withoutConditions(nodes));
      });
    },
  });
  // Each once: pages kept from the last build carry the same stylesheet with other font names.
  return [...new Set(selectors)];
}

/** A selector without its attribute conditions, pseudo-classes and pseudo-elements: `*` where nothing is left. */
function withoutConditions(nodes: CssNode[]): string {
  let selector = '';
  let compound = '';
  for (const node of nodes) {
    if (node.type === 'Combinator') {
      selector += `${compound || '*'} ${node.name === ' ' ? '' : `${node.name} `}`;
      compound = '';
    } else if (!['AttributeSelector', 'PseudoClassSelector', 'PseudoElementSelector'].includes(node.type)) {
      compound += generate(node);
    }
  }
  return selector + (compound || '*');
}
