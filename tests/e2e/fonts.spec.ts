import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect, test } from './shared-tab';
import { allPages, langOf } from './site';
import { bengaliFontFile, fullBengaliWoff2, withoutLocalFonts } from './web-fonts';

const bengaliPages = ['/', ...allPages.filter((path) => langOf(path) === 'bn')];
const outDir = new URL('../../test-results/font-subset/', import.meta.url).pathname;

/**
 * The whole page, once every web font it uses has loaded and its scripts have
 * settled (the search page changes its layout when its index has loaded).
 * In CSS pixels: the phone's width decides where lines break, which is what the
 * phone adds here; its pixel density does not change which glyphs are drawn or
 * where (font-coverage.spec compares those exactly), and would make each image
 * seven times bigger (28 million pixels for the explainer) and the test four
 * times slower.
 */
async function screenshot(page: Page, path: string): Promise<Buffer> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
}

const code = 'code, kbd, samp, pre';

/**
 * The fonts Chromium drew the page's text with that are not the site's web
 * fonts: the system's sans-serif for Latin words, and any font a Bengali
 * character fell back to because the subset lacked it. Code, set in the system's monospace font, is left out, with the
 * elements around it: Chromium reports the fonts of an element's descendants too.
 */
async function systemFontsUsed(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: `body :not(${code}, pre *, :has(${code}))`,
  });
  const used = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts.filter((candidate) => !candidate.isCustomFont)) used.add(font.familyName);
  }
  await session.detach();
  return [...used];
}

for (const path of bengaliPages) {
  test(`${path} draws its text with the subset fonts exactly as with the full fonts`, async ({
    page,
    problems,
  }, info) => {
    // Two full-page screenshots of the longest pages: seconds each on a busy runner.
    test.slow();
    await withoutLocalFonts(page);
    const downloaded = new Set<string>();
    page.on('response', (response) => {
      const match = bengaliFontFile.exec(response.url());
      if (match && response.ok()) downloaded.add(match[1]!);
    });
    const subset = await screenshot(page, path);
    // The comparison means something only if the site's own files drew the page.
    expect([...downloaded].sort(), 'Bengali faces downloaded').toEqual(['400', '700']);
    const bengaliSystemFonts = (await systemFontsUsed(page)).filter((family) => /bengali|bangla/i.test(family));
    expect(bengaliSystemFonts, 'Bengali text drawn by a system font, not the site’s').toEqual([]);

    await page.route(bengaliFontFile, (route) =>
      route.fulfill({
        body: fullBengaliWoff2(bengaliFontFile.exec(route.request().url())![1]!),
        contentType: 'font/woff2',
      }),
    );
    const full = await screenshot(page, path);
    // The same pixels encode to the same bytes; only images that differ are decoded and compared pixel by pixel.
    if (!full.equals(subset)) {
      const [subsetImage, fullImage] = [PNG.sync.read(subset), PNG.sync.read(full)];
      expect([fullImage.width, fullImage.height]).toEqual([subsetImage.width, subsetImage.height]);
      const { width, height } = fullImage;
      const diff = new PNG({ width, height });
      const differing = pixelmatch(subsetImage.data, fullImage.data, diff.data, width, height, { threshold: 0 });
      if (differing > 0) {
        mkdirSync(outDir, { recursive: true });
        const name = `${info.project.name}${path.replace(/\W+/g, '-')}`;
        writeFileSync(`${outDir}${name}-subset.png`, subset);
        writeFileSync(`${outDir}${name}-full.png`, full);
        writeFileSync(`${outDir}${name}-diff.png`, PNG.sync.write(diff));
      }
      expect(differing, `pixels that differ; images in ${outDir}`).toBe(0);
    }
    expect(problems).toEqual([]);
  });
}
