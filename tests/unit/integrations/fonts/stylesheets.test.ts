import { describe, expect, it } from 'vitest';
import {
  boldSelectors,
  fontFaces,
  parseUnicodeRange,
  runsInRanges,
} from '../../../../src/integrations/fonts/stylesheets';

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

describe('boldSelectors', () => {
  it('lists the elements browsers set in bold, then those rules of weight 600 and more select, longhand or shorthand', () => {
    const css = '.site-name{font-weight:700}@media (min-width:40em){.kicker{font:bold 1rem x}}.light{font-weight:300}';
    expect(boldSelectors(css)).toEqual([
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'b',
      'strong',
      'th',
      '.site-name',
      '.kicker',
    ]);
  });

  it('leaves out generated text and the conditions scripts and readers change, keeping the combinators', () => {
    const css =
      'dt::after{content:":";font-weight:700}.switcher a:hover,ul+p.note[data-x]{font-weight:600}' +
      'nav>:focus-visible,dd::first-line{font-weight:800}';
    expect(boldSelectors(css).slice(9)).toEqual(['.switcher a', 'ul + p.note', 'nav > *', 'dd']);
  });
});
