import { expect, test } from './shared-tab';

test('/ offers both languages and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('a[href="/bn/"]').first()).toBeVisible();
  await expect(page.locator('a[href="/en/"]').first()).toBeVisible();
  await expect(page.locator('[data-hint-for]:visible')).toHaveCount(0);
  await context.close();
});

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['bn-BD', 'bn'],
] as const) {
  test(`/ points a ${locale} browser to the ${lang} edition`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator(`[data-hint-for="${lang}"]`)).toBeVisible();
    await expect(page.locator('[data-hint-for]:visible')).toHaveCount(1);
    await context.close();
  });
}

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/bn/news/no-such-story/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[lang="bn"] a[href="/bn/"]').first()).toBeVisible();
  await expect(page.locator('[lang="en"] a[href="/en/"]').first()).toBeVisible();
});
