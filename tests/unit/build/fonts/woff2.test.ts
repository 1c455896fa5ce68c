import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSfnt } from '../../../../src/build/fonts/sfnt';
import { woff2ToSfnt } from '../../../../src/build/fonts/woff2-decode';
import { sfntToWoff2 } from '../../../../src/build/fonts/woff2-encode';
import { launchChromium } from '../../../shared/chromium';
import { bengaliTrueType, bengaliWords, bengaliWoff2, fontsourceFile } from './fixtures';
import { differingPixels, drawWith } from './render';
import { Shaper } from '../../../shared/shaping';

describe('WOFF2', () => {
  const trueType = bengaliTrueType(400);
  const woff2 = sfntToWoff2(trueType);

  it('compresses as well as the encoder @fontsource used (within 1 %)', () => {
    expect(woff2.length).toBeLessThan(bengaliWoff2(400).length * 1.01);
  });

  it('decodes to the tables it was made from, glyf and loca rebuilt from their transform', () => {
    const original = readSfnt(trueType).tables;
    const decoded = readSfnt(woff2ToSfnt(woff2)).tables;
    expect([...decoded.keys()]).toEqual([...original.keys()]);
    for (const tag of original.keys()) {
      if (!['head', 'glyf', 'loca'].includes(tag)) expect(decoded.get(tag), tag).toEqual(original.get(tag));
    }
  });

  it('decodes to a font that shapes every word exactly as the original', () => {
    const original = new Shaper(trueType);
    const decoded = new Shaper(woff2ToSfnt(woff2));
    for (const word of bengaliWords) expect(decoded.drawn(word), word).toEqual(original.drawn(word));
  });

  it('reads a Latin font too', () => {
    const latin = woff2ToSfnt(fontsourceFile('noto-sans/files/noto-sans-latin-700-normal.woff2'));
    expect(new Shaper(woff2ToSfnt(sfntToWoff2(latin))).drawn('PhonePe')).toEqual(new Shaper(latin).drawn('PhonePe'));
  });

  it('refuses a file that is not WOFF2', () => {
    expect(() => woff2ToSfnt(trueType)).toThrow(/Not a WOFF2 file/);
  });
});

describe('WOFF2 in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 700, height: 200 }, deviceScaleFactor: 1 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws our WOFF2 pixel for pixel as the TrueType font it encodes', async () => {
    const trueType = bengaliTrueType(700);
    const reference = await drawWith(page, trueType, bengaliWords);
    expect(differingPixels(await drawWith(page, sfntToWoff2(trueType), bengaliWords), reference)).toBe(0);
  }, 30_000);

  it("decodes @fontsource's WOFF2 (another encoder's) to a font Chromium draws as it draws the WOFF2", async () => {
    const published = bengaliWoff2(400);
    const reference = await drawWith(page, published, bengaliWords);
    expect(differingPixels(await drawWith(page, woff2ToSfnt(published), bengaliWords), reference)).toBe(0);
  }, 30_000);
});
