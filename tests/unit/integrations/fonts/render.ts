import type { Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

/**
 * Draws `lines` in Chromium with only `font`, at 28 px, and returns the
 * screenshot. Fails if Chromium rejects the font (its sanitiser checks every
 * table), so a font that draws at all was read the way browsers read it.
 */
export async function drawWith(page: Page, font: Uint8Array, lines: string[]): Promise<PNG> {
  const format = new DataView(font.buffer, font.byteOffset).getUint32(0) === 0x774f4632 ? 'woff2' : 'truetype';
  const src = `data:font/${format};base64,${Buffer.from(font).toString('base64')}`;
  await page.setContent(`<!doctype html><meta charset="utf-8">
    <style>
      @font-face { font-family: Test; src: url(${src}) format('${format}'); }
      body { margin: 8px; background: #fff; color: #000; font: 28px/1.6 Test; }
    </style>
    ${lines.map((line) => `<p lang="bn">${line}</p>`).join('')}`);
  const status = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((face) => face.status);
  });
  expect(status, 'Chromium loaded the font').toEqual(['loaded']);
  return PNG.sync.read(await page.screenshot({ fullPage: true }));
}

/** How many pixels differ between two screenshots of one size. */
export function differingPixels(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0 });
}
