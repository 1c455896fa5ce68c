import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Browser, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Satori } from '../../../../src/patches/satori-mark-offsets';
import { div, type OgElement } from '../../../../src/integrations/og-cards/element';
import { loadOgFonts, ogFontPath } from '../../../../src/integrations/og-cards/fonts';
import { rasterise } from '../../../../src/integrations/og-cards/rasterise';
import { launchChromium } from '../../../shared/chromium';
import { compareInk, type InkComparison } from './ink';

/**
 * Does the preview pipeline (satori → resvg) shape Bengali the way a browser
 * does? Each word is drawn by both, in the same font file at the same size,
 * and the ink compared. Conjuncts (ক্ষ, প্র, ষ্ঠ), reph (র্থ), pre-base vowel
 * signs (বি, কে) and split forms all change the ink's shape and width, so a
 * pipeline that draws code points one after another cannot pass.
 */

const words = ['প্রতিষ্ঠাতার', 'বিপাকে', 'লক্ষ', 'ক্ষমাপ্রার্থী'];
/** Words with a mark that GPOS moves up or down (the ra-phala of প্র), which unfixed satori misplaces. */
const withVerticalMarks = ['প্রতিষ্ঠাতার', 'ক্ষমাপ্রার্থী'];
const canvas = { width: 800, height: 240 };
const fontSize = 64;
/** Ink boxes may differ by this many px in width and height (rounding, anti-aliasing). */
const maxSizeDifference = 2;
/** Share of the ink that may differ beyond anti-aliasing; a wrong conjunct or a misplaced vowel sign is several times this. */
const maxMismatchShare = 0.01;

const fontFile = readFileSync(ogFontPath('Noto Sans Bengali', 400));
const outDir = new URL('../../../../test-results/og-shaping/', import.meta.url).pathname;

/** The word in the test's style; `pieces` splits it into separately shaped runs. */
function wordElement(pieces: string[]): OgElement {
  const style = {
    ...canvas,
    display: 'flex',
    padding: 40,
    background: '#ffffff',
    color: '#000000',
    fontFamily: "'Noto Sans Bengali'",
    fontWeight: 400,
    fontSize,
  };
  return div(style, pieces.length === 1 ? pieces : pieces.map((piece) => div({}, [piece])));
}

/** Through the preview pipeline, `rasterise`. */
async function drawnBySatori(pieces: string[]): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await rasterise(wordElement(pieces), canvas)));
}

/** Through satori as published (its CommonJS build, which `src/patches/satori-mark-offsets.ts` leaves alone), then resvg. */
async function drawnByUnfixedSatori(word: string): Promise<PNG> {
  const { default: satori } = createRequire(import.meta.url)('satori') as { default: Satori };
  const svg = await satori(wordElement([word]), { ...canvas, fonts: (await loadOgFonts()).script });
  return PNG.sync.read(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
}

async function drawnByChromium(page: Page, text: string): Promise<PNG> {
  const src = `data:font/woff;base64,${fontFile.toString('base64')}`;
  await page.setContent(`<!doctype html><meta charset="utf-8">
    <style>
      @font-face { font-family: OgShapingTest; src: url(${src}) format('woff'); }
      html, body { margin: 0; background: #fff; }
      p { margin: 0; padding: 40px; font: 400 ${fontSize}px OgShapingTest; color: #000; white-space: nowrap; }
    </style>
    <p lang="bn">${text}</p>`);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((face) => `${face.family}:${face.status}`);
  });
  // Were the web font missing, Chromium would quietly use a system Bengali font.
  expect(loaded).toEqual(['OgShapingTest:loaded']);
  return PNG.sync.read(await page.screenshot({ type: 'png' }));
}

/** The test's verdict: ink boxes of nearly one size, and nearly all ink the same. */
function agrees({ sizes: [[wa, ha], [wb, hb]], mismatched, ink }: InkComparison): boolean {
  return (
    Math.abs(wa - wb) <= maxSizeDifference &&
    Math.abs(ha - hb) <= maxSizeDifference &&
    mismatched / ink < maxMismatchShare
  );
}

/** Leaves the crops, the diff and the numbers in `test-results/og-shaping/` for a human to look at. */
function save(name: string, word: string, comparison: InkComparison): void {
  mkdirSync(outDir, { recursive: true });
  const [satori, chromium] = comparison.crops;
  writeFileSync(`${outDir}${name}-satori.png`, PNG.sync.write(satori));
  writeFileSync(`${outDir}${name}-chromium.png`, PNG.sync.write(chromium));
  writeFileSync(`${outDir}${name}-diff.png`, PNG.sync.write(comparison.diff));
  writeFileSync(`${outDir}${name}.txt`, `${word}: ${summary(comparison)}\n`);
}

function summary({ sizes, mismatched, ink }: InkComparison): string {
  return `satori ${sizes[0].join('×')}, chromium ${sizes[1].join('×')}, ${mismatched}/${ink} px differ`;
}

describe('Bengali shaping in preview images matches Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: canvas, deviceScaleFactor: 1 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  words.forEach((word, index) => {
    const name = `${index + 1}`;

    it(`draws ${word} as Chromium does`, async () => {
      const comparison = compareInk(await drawnBySatori([word]), await drawnByChromium(page, word));
      save(name, word, comparison);
      const {
        sizes: [[wa, ha], [wb, hb]],
        mismatched,
        ink,
      } = comparison;
      expect(Math.abs(wa - wb), 'ink width').toBeLessThanOrEqual(maxSizeDifference);
      expect(Math.abs(ha - hb), 'ink height').toBeLessThanOrEqual(maxSizeDifference);
      expect(mismatched / ink, `share of ink that differs: ${summary(comparison)}`).toBeLessThan(maxMismatchShare);
    });

    // The controls below draw the word wrongly on purpose: the comparison must tell.
    it(`tells ${word} from its code points shaped one by one`, async () => {
      const unshaped = compareInk(await drawnBySatori([...word]), await drawnByChromium(page, word));
      save(`${name}-unshaped`, word, unshaped);
      expect(agrees(unshaped), summary(unshaped)).toBe(false);
    });

    if (word.includes('\u09cd')) {
      it(`tells ${word} from its conjuncts broken by zero-width non-joiners`, async () => {
        const broken = compareInk(await drawnBySatori([[...word].join('\u200c')]), await drawnByChromium(page, word));
        save(`${name}-no-conjuncts`, word, broken);
        expect(agrees(broken), summary(broken)).toBe(false);
      });
    }

    if (withVerticalMarks.includes(word)) {
      it(`tells ${word} from satori's mirrored vertical mark offsets`, async () => {
        const unfixed = compareInk(await drawnByUnfixedSatori(word), await drawnByChromium(page, word));
        save(`${name}-unfixed-satori`, word, unfixed);
        expect(agrees(unfixed), summary(unfixed)).toBe(false);
      });
    }
  });
});
