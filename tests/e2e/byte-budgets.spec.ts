import { expect, test } from './shared-tab';
import { brotliSize, describe as list, loadResources, totalBytes } from './page-weight';
import { Phones } from './phone-fonts';
import { sourceArticles } from './site';

/**
 * What reading one article may cost a phone, text responses brotli-compressed
 * (docs/performance.md compares these with other Astro themes).
 */
const budget = {
  /** First visit, empty cache, fonts included. */
  firstVisit: 45 * 1024,
  requests: 6,
  /** First visit on a phone that has the site's font already. */
  withLocalFont: 15 * 1024,
  /** Every script, in the page and fetched; none is needed to read. */
  javascript: 2 * 1024,
};

const articles = sourceArticles().map((article) => article.path);

const phones = new Phones();
test.afterAll(() => phones.close());

test.describe('byte budgets of article pages', () => {
  for (const path of articles) {
    test(`${path}: first visit within ${budget.firstVisit / 1024} KiB and ${budget.requests} requests`, async ({}, info) => {
      // The test machine has Noto Sans Bengali installed; a phone with no Bengali font fetches the site's font files
      // at once (one with another Bengali font, the same files once the page has loaded).
      const page = await phones.page('latin', info);
      const resources = await loadResources(page, path);
      const total = totalBytes(resources);
      expect(total, `${(total / 1024).toFixed(1)} KiB:\n${list(resources)}`).toBeLessThanOrEqual(budget.firstVisit);
      expect(resources.length, list(resources)).toBeLessThanOrEqual(budget.requests);
      if (path.startsWith('/bn/')) {
        expect(
          resources.filter((resource) => resource.type === 'font'),
          list(resources),
        ).toHaveLength(2);
      }
      await page.context().close();
    });

    test(`${path}: within ${budget.withLocalFont / 1024} KiB when the phone has the font`, async ({ page }) => {
      const resources = await loadResources(page, path);
      expect(resources.filter((resource) => resource.type === 'font')).toEqual([]);
      const total = totalBytes(resources);
      expect(total, `${(total / 1024).toFixed(1)} KiB:\n${list(resources)}`).toBeLessThanOrEqual(budget.withLocalFont);
    });

    test(`${path}: at most ${budget.javascript / 1024} KiB of JavaScript, no search code, no render-blocking stylesheet`, async ({
      page,
    }) => {
      const resources = await loadResources(page, path);
      const fetched = resources.filter((resource) => resource.type === 'script');
      const inline = await page
        .locator('script:not([src]):not([type="application/ld+json"])')
        .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
      const javascript = totalBytes(fetched) + brotliSize(inline.join('\n'));
      expect(javascript, `${javascript} bytes of JavaScript`).toBeLessThanOrEqual(budget.javascript);
      expect(resources.map((resource) => resource.url).filter((url) => /pagefind|search/i.test(url))).toEqual([]);

      const blocking = await page.evaluate(() => ({
        stylesheets: [...document.querySelectorAll('link[rel~="stylesheet"]')]
          .filter((link) => !(link as HTMLLinkElement).media || matchMedia((link as HTMLLinkElement).media).matches)
          .map((link) => (link as HTMLLinkElement).href),
        scripts: [...document.querySelectorAll('script[src]')]
          .filter((script) => !(script as HTMLScriptElement).async && !(script as HTMLScriptElement).defer)
          .filter((script) => (script as HTMLScriptElement).type !== 'module')
          .map((script) => (script as HTMLScriptElement).src),
        imports: [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules].filter((rule) => rule instanceof CSSImportRule).map((rule) => rule.cssText),
        ),
      }));
      // The stylesheet is inside the page: the first paint waits for no other request.
      expect(blocking.stylesheets, 'render-blocking stylesheets').toEqual([]);
      expect(blocking.scripts, 'render-blocking scripts').toEqual([]);
      expect(blocking.imports, '@import in a stylesheet').toEqual([]);
    });
  }
});
