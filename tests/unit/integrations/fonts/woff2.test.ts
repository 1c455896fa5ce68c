import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as wawoff2 from 'wawoff2';
import { subsetForText } from '../../../../src/integrations/fonts/text-subset';
import { sfntToWoff2, woff2ToSfnt } from '../../../../src/integrations/fonts/woff2';
import { launchChromium } from '../../../shared/chromium';
import { bengaliTrueType, bengaliWords, bengaliWoff2 } from './fixtures';
import { differingPixels, drawWith } from './render';

describe('wawoff2 2.0.1', () => {
  it("returns views its next call overwrites (when this fails, upstream changed: woff2.ts's copies can go)", async () => {
    const [regular, bold] = [bengaliWoff2(400), bengaliWoff2(700)];
    const raw = await wawoff2.decompress(regular);
    const copied = await woff2ToSfnt(regular);
    const before = raw.slice();
    await wawoff2.decompress(bold);
    expect(raw).not.toEqual(before);
    await woff2ToSfnt(bold);
    expect(copied).toEqual(before);
  });

  it('gives each of several calls at once its own result', async () => {
    const [regular, bold] = await Promise.all([woff2ToSfnt(bengaliWoff2(400)), woff2ToSfnt(bengaliWoff2(700))]);
    expect(regular).toEqual(await woff2ToSfnt(bengaliWoff2(400)));
    expect(bold).toEqual(await woff2ToSfnt(bengaliWoff2(700)));
    expect(bold).not.toEqual(regular);
  });
});

// The subsets ship as WOFF2 made by wawoff2 (Google's encoder): what a browser receives.
describe('the subsets as WOFF2', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 700, height: 200 }, deviceScaleFactor: 1 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('compress the full font as well as the encoder @fontsource used (within 1 %)', async () => {
    expect((await sfntToWoff2(await bengaliTrueType(400))).length).toBeLessThan(bengaliWoff2(400).length * 1.01);
  });

  it('draw in Chromium pixel for pixel as the TrueType subset they encode', async () => {
    const { font: subset } = subsetForText(await bengaliTrueType(700), new Set(bengaliWords));
    const reference = await drawWith(page, subset, bengaliWords);
    expect(differingPixels(await drawWith(page, await sfntToWoff2(subset), bengaliWords), reference)).toBe(0);
  }, 30_000);
});
