import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect, test } from './shared-tab';
import { allPages, langOf } from './site';
import { fontsDrawing, phoneLaunchOptions } from './phone-fonts';
import { bengaliFontFile, fullBengaliWoff2 } from './web-fonts';

// A phone with no Bengali font: the site's font files draw every Bengali word (this machine has Noto Sans Bengali,
// which the pages would draw instead).
test.use({ launchOptions: phoneLaunchOptions('latin') });

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

for (const path of bengaliPages) {
  test(`${path} draws its text with the subset fonts exactly as with the full fonts`, async ({
    page,
    problems,
  }, info) => {
    // Two full-page screenshots of the longest pages: seconds each on a busy runner.
    test.slow();
    const downloaded = new Set<string>();
    page.on('response', (response) => {
      const match = bengaliFontFile.exec(response.url());
      if (match && response.ok()) downloaded.add(match[1]!);
    });
    const subset = await screenshot(page, path);
    // The comparison means something only if the site's own files drew the page.
    expect([...downloaded].sort(), 'Bengali faces downloaded').toEqual(['400', '700']);
    // A phone with no Bengali font has nothing else to draw Bengali with: a glyph missing from the subset would show
    // as a box, which the full font's screenshot would not.
    expect(await fontsDrawing(page, 'main'), 'the site’s font drew the content').toContain(
      'Noto Sans Bengali (web font)',
    );

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
