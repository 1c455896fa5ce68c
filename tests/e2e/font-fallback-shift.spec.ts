import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../shared/chromium';
import { fontConditionEnv, fontConditions } from '../shared/font-conditions';
import { recordedShifts, recordShifts } from './layout-shifts';
import { sourceArticles } from './site';
import { bengaliFontFile } from './web-fonts';

// Phones without Noto Sans Bengali, on a first visit: Chromium sees only Latin system fonts, or those and Lohit Bengali.
// The site's font files arrive late (1.2 s), as on a slow network; the page must not move for them. (The next page,
// which draws the site's font from the service worker's copy, is font-loading.spec's.)
const pages = sourceArticles()
  .filter((article) => article.lang === 'bn')
  .map((article) => article.path);

/** The most a reader may see the page move (Lighthouse's "good" is 0.1; the site's target is 0.02). */
const maxShift = 0.02;

/**
 * The page's cumulative layout shift once its fonts have come (a phone with no Bengali font fetches the site's; one
 * with a Bengali font of its own fetches none) and the frame after them has been drawn.
 */
async function settledShift(
  page: Page,
  fonts: string[],
  fetches: boolean,
): Promise<{ cumulative: number; shifts: string[] }> {
  if (fetches)
    await expect.poll(() => fonts.length, 'the phone has no Bengali font: the page fetches the site’s').toBe(2);
  await page.waitForLoadState('networkidle');
  if (!fetches) expect(fonts, 'the phone has a Bengali font: the page fetches none').toEqual([]);
  return recordedShifts(page);
}

for (const condition of fontConditions) {
  test.describe(`a phone with ${condition.label}`, () => {
    let browser: Browser;
    test.beforeAll(async () => {
      browser = await chromium.launch({ ...chromiumLaunchOptions(), env: fontConditionEnv(condition) });
    });
    test.afterAll(async () => {
      await browser.close();
    });

    for (const path of pages) {
      test(`${path}: nothing moves when the site's font arrives late`, async ({ baseURL, viewport, isMobile }) => {
        const context = await browser.newContext({
          ...(baseURL ? { baseURL } : {}),
          viewport,
          isMobile,
          hasTouch: isMobile,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        const fonts: string[] = [];
        await page.route(bengaliFontFile, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1200));
          fonts.push(route.request().url());
          await route.continue();
        });
        await recordShifts(page);
        await page.goto(path);
        const { cumulative, shifts } = await settledShift(page, fonts, condition.id === 'latin');
        // In the JSON report, for docs/performance.md's table.
        test.info().annotations.push({ type: 'CLS', description: `${cumulative.toFixed(4)}: ${shifts.join('; ')}` });
        expect(cumulative, `layout shifts: ${shifts.join('; ')}`).toBeLessThanOrEqual(maxShift);
        await context.close();
      });
    }
  });
}
