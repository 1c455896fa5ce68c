import { expect, test } from './shared-tab';
import { langs } from '../../src/site.config';
import { recordedShifts, recordShifts } from './layout-shifts';
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
      await recordShifts(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const { cumulative, shifts } = await recordedShifts(page);
      expect(cumulative, `layout shifts: ${shifts.join('; ')}`).toBeLessThan(0.01);

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
