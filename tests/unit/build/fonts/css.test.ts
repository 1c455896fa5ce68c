import { describe, expect, it } from 'vitest';
import { boldElements, type ElementInfo } from '../../../../src/build/fonts/bold-elements';
import { cssRules } from '../../../../src/build/fonts/css-rules';
import { fontFaces } from '../../../../src/build/fonts/font-faces';
import { parseUnicodeRange, runsInRanges } from '../../../../src/build/fonts/unicode-range';

describe('unicode-range', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0980-09FE, u+200c, U+4??')).toEqual([
      [0x980, 0x9fe],
      [0x200c, 0x200c],
      [0x400, 0x4ff],
    ]);
    expect(() => parseUnicodeRange('U+XYZ')).toThrow(/Not a unicode-range/);
  });

  it('splits text into the runs a face with that range would draw', () => {
    const bengali = parseUnicodeRange('U+0964-0965, U+0980-09FE, U+200C-200D');
    expect(runsInRanges('PhonePe-র পরিষেবা? বন্ধ।', bengali)).toEqual(['র', 'পরিষেবা', 'বন্ধ।']);
    expect(runsInRanges('Paytm', bengali)).toEqual([]);
  });
});

describe('cssRules', () => {
  it('finds rules inside at-rules, after statements, without comments', () => {
    const rules = cssRules(
      '@charset "utf-8";/* a{b:c} */@media print{.a{color:red;font:700 1rem/1 x}}.b{x:url("a;b")}',
    );
    expect(rules.map((rule) => [rule.prelude, Object.fromEntries(rule.declarations)])).toEqual([
      ['.a', { color: 'red', font: '700 1rem/1 x' }],
      ['.b', { x: 'url("a;b")' }],
    ]);
  });
});

describe('fontFaces', () => {
  it('reads family, weight, every url and the unicode-range, as a build minifies them', () => {
    const css =
      "@font-face{font-family:'Noto Sans Bengali';font-style:normal;font-weight:700;font-display:swap;" +
      "src:local('Noto Sans Bengali Bold'),url(/_astro/bn-700.Ab12Cd34.woff2) format('woff2'),url(\"/f.woff\");" +
      'unicode-range:U+0980-09FE,U+200C-200D}.x{font-weight:400}' +
      '@font-face{font-family:Other;src:url(o.woff2)}';
    expect(fontFaces(css)).toEqual([
      {
        family: 'Noto Sans Bengali',
        weight: 700,
        urls: ['/_astro/bn-700.Ab12Cd34.woff2', '/f.woff'],
        unicodeRange: [
          [0x980, 0x9fe],
          [0x200c, 0x200d],
        ],
      },
      { family: 'Other', weight: 400, urls: ['o.woff2'], unicodeRange: [[0, 0x10ffff]] },
    ]);
  });
});

describe('boldElements', () => {
  const element = (tag: string, ...classes: string[]): ElementInfo => ({ tag, classes });
  const isBold = boldElements(
    '.site-name{font-weight:700}.switcher a{font-weight:600}.kicker{font:bold 1rem x}' +
      'dt::after{content:":";font-weight:700}.light{font-weight:300}ul+p.note{font-weight:800}',
  );

  it('takes headings, strong, b and th as bold, as browsers do', () => {
    for (const tag of ['h1', 'h3', 'strong', 'b', 'th']) expect(isBold(element(tag), []), tag).toBe(true);
    expect(isBold(element('p'), [])).toBe(false);
  });

  it('takes elements that rules of weight 600 and more select, in longhand or shorthand', () => {
    expect(isBold(element('a', 'site-name'), [])).toBe(true);
    expect(isBold(element('p', 'kicker'), [])).toBe(true);
    expect(isBold(element('p', 'light'), [])).toBe(false);
  });

  it('matches descendant selectors against the ancestors', () => {
    expect(isBold(element('a'), [element('nav', 'switcher'), element('ul')])).toBe(true);
    expect(isBold(element('a'), [element('nav'), element('ul')])).toBe(false);
  });

  it('leaves out pseudo-elements, whose text is not the element’s, and errs to bold past sibling combinators', () => {
    expect(isBold(element('dt'), [])).toBe(false);
    expect(isBold(element('p', 'note'), [])).toBe(true);
  });
});
