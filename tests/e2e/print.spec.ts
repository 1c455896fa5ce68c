import { expect, test } from './shared-tab';
import { sourceArticles } from './site';

for (const article of sourceArticles().filter(({ collection }) => collection === 'stories')) {
  test(`${article.path} prints without the site's controls, black on white, with its address`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(article.path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const chrome of ['.site-header nav', '.language-switcher', '.theme-toggle', '.share', '.toc', '.skip-link']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.prose')).toBeVisible();
    // Corrections, folded away on screen, are printed.
    await expect(page.locator('.corrections li').first()).toBeVisible();

    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
    const address = page.locator('.print-url');
    await expect(address).toBeVisible();
    await expect(address).toContainText(canonical);

    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.prose p')!).color,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
  });
}

test('the address line is for paper only, and the corrections stay folded on screen', async ({ page }) => {
  await page.goto('/bn/news/phonepe-outage/');
  await expect(page.locator('.print-url')).toBeHidden();
  await expect(page.locator('.corrections li').first()).toBeHidden();
});
