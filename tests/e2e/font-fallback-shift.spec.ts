import { chromium, expect, test, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../shared/chromium';
import { fontConditionEnv, fontConditions } from '../shared/font-conditions';
import { sourceArticles } from './site';
import { bengaliFontFile } from './web-fonts';

// A first visit from a phone without Noto Sans Bengali: Chromium sees only Latin system fonts, or those and Lohit
// Bengali, so the site's font is downloaded and arrives, late, after the page was drawn in what the phone has.
const pages = sourceArticles()
  .filter((article) => article.lang === 'bn')
  .map((article) => article.path);

/** The most a reader may see the page move (Lighthouse's "good" is 0.1; the site's target is 0.02). */
const maxShift = 0.02;

/**
 * Still over the target at a phone's width: a line of the headline, or of the header, that the fallback fits and Noto
 * Sans Bengali does not (the fallback matches Noto's width on the site's text as a whole, not line by line). These
 * are held to what they measure now (0.027–0.056, against 0.14–0.42 without the fallback faces), so that they cannot
 * get worse, and are marked in the report as over the target.
 */
const overTargetShift = 0.06;
const overTargetOnPhones = new Set([
  'latin /bn/news/phonepe-outage/',
  'lohit /bn/news/phonepe-outage/',
  'latin /bn/explainers/upi/',
  'latin /bn/statements/phonepe-rahul-chari/',
]);

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
        const overTarget = isMobile === true && overTargetOnPhones.has(`${condition.id} ${path}`);
        if (overTarget) {
          test
            .info()
            .annotations.push({ type: 'over target', description: `CLS above ${maxShift}: a wrapped line moves` });
        }
        const context = await browser.newContext({
          ...(baseURL ? { baseURL } : {}),
          viewport,
          isMobile,
          hasTouch: isMobile,
        });
        const page = await context.newPage();
        const fonts: string[] = [];
        await page.route(bengaliFontFile, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1200));
          fonts.push(route.request().url());
          await route.continue();
        });
        await page.addInitScript(() => {
          const shifts: string[] = [];
          (window as unknown as { shifts: string[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources: { node?: Node }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              const nodes = entry.sources.map(({ node }) =>
                node instanceof Element ? `${node.localName}.${node.className}` : (node?.nodeName ?? '?'),
              );
              shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms (${nodes.join(', ')})`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await expect.poll(() => fonts.length, 'the phone lacks the font, so the page downloads it').toBeGreaterThan(0);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForLoadState('networkidle');
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        const cumulative = shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0);
        // In the JSON report, for docs/performance.md's table.
        test.info().annotations.push({ type: 'CLS', description: `${cumulative.toFixed(4)}: ${shifts.join('; ')}` });
        expect(cumulative, `layout shifts: ${shifts.join('; ')}`).toBeLessThanOrEqual(
          overTarget ? overTargetShift : maxShift,
        );
        await context.close();
      });
    }
  });
}
