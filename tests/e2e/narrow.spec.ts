import { expect, test } from './shared-tab';
import { offlinePath } from '../../src/language/paths';
import { langs } from '../../src/site.config';
import { allPages } from './site';

test.use({ viewport: { width: 320, height: 640 } });

// The offline pages too, which a reader reaches only offline, through the service worker.
for (const path of [...allPages, ...langs.map(offlinePath)]) {
  test(`${path} fits a 320 px wide screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((element) => element.outerHTML.slice(0, 80)),
    }));
    expect(overflow.wide, 'elements past the right edge').toEqual([]);
    expect(overflow.page).toBeLessThanOrEqual(0);
  });
}
