import { expect, test } from './shared-tab';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ offers both languages', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('a[href="/bn/"]').first()).toBeVisible();
    await expect(page.locator('a[href="/en/"]').first()).toBeVisible();
    await expect(page.locator('[data-hint-for]:visible')).toHaveCount(0);
  });
});

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['bn-BD', 'bn'],
] as const) {
  test.describe(`a browser set to ${locale}`, () => {
    test.use({ locale });

    test(`/ points it to the ${lang} edition`, async ({ page }) => {
      await page.goto('/');
      await expect(page.locator(`[data-hint-for="${lang}"]`)).toBeVisible();
      await expect(page.locator('[data-hint-for]:visible')).toHaveCount(1);
    });
  });
}

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/bn/news/no-such-story/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[lang="bn"] a[href="/bn/"]').first()).toBeVisible();
  await expect(page.locator('[lang="en"] a[href="/en/"]').first()).toBeVisible();
});
