import { expect, test } from './shared-tab';
import { langs } from '../../src/site.config';
import { sourceArticles } from './site';

// Articles, and the search pages, whose search box arrives with a script.
const pages = [...sourceArticles().map((article) => article.path), ...langs.map((lang) => `/${lang}/search/`)];

test.describe('nothing moves while a page loads', () => {
  for (const path of pages) {
    test(`${path}: no layout shift while the scripts arrive late, and every image has its size`, async ({
      page,
      problems,
    }) => {
      // A slow network: scripts arrive after the first paint. (This machine has Noto Sans Bengali; a phone without it
      // is font-fallback-shift.spec's.)
      await page.route(/\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.addInitScript(() => {
        // The tab is shared between tests: an earlier test may have added this script already.
        if ((window as unknown as { shifts?: number[] }).shifts) return;
        (window as unknown as { shifts: number[] }).shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForLoadState('networkidle');
      // Let the frame after the swap be laid out and reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      const cumulative = shifts.reduce((sum, value) => sum + value, 0);
      expect(cumulative, `layout shifts: ${shifts.join(', ')}`).toBeLessThan(0.01);

      const unsized = await page
        .locator('img')
        .evaluateAll((images) =>
          images
            .filter((image) => !image.getAttribute('width') || !image.getAttribute('height'))
            .map((image) => (image as HTMLImageElement).src),
        );
      expect(unsized, 'images without width and height').toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
