import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, parse, walk } from 'css-tree';

const css = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');
/** Each rule's declarations, by its selector as written, at any depth (inside `@media` too). */
const palettes = new Map<string, Record<string, string>>();
walk(parse(css, { parseRulePrelude: false, parseValue: false }), {
  visit: 'Rule',
  enter(rule) {
    const declarations: Record<string, string> = {};
    rule.block.children.forEach((node) => {
      if (node.type === 'Declaration') declarations[node.property] = generate(node.value).trim();
    });
    palettes.set(generate(rule.prelude).trim(), declarations);
  },
});
const light = palettes.get(':root')!;
const darkBySystem = palettes.get(":root:not([data-theme='light'])")!;
const darkByChoice = palettes.get(":root[data-theme='dark']")!;

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

describe('colour themes', () => {
  it('defines the dark theme once for the system preference and once for the reader’s choice, identically', () => {
    expect(darkBySystem).toBeDefined();
    expect(darkByChoice).toEqual(darkBySystem);
    expect(Object.keys(darkByChoice).sort()).toEqual(Object.keys(light).sort());
  });

  it.each([
    ['light', light],
    ['dark', darkByChoice],
  ])('%s: text, muted text and links meet WCAG AA (4.5:1) on the page and on panels', (_name, palette) => {
    for (const foreground of ['--text', '--muted', '--accent']) {
      for (const background of ['--bg', '--surface']) {
        const ratio = contrast(palette[foreground]!, palette[background]!);
        expect(ratio, `${foreground} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('tells the browser which scheme each theme is, for form controls and scrollbars', () => {
    expect([light['color-scheme'], darkByChoice['color-scheme']]).toEqual(['light', 'dark']);
  });
});
