import { expect, test } from './shared-tab';
import { sourceArticles } from './site';

const bengali = /[\u0980-\u09FF]/;

for (const article of sourceArticles()) {
  test(`${article.path} offers WhatsApp and Telegram links carrying its URL and title`, async ({ page }) => {
    await page.goto(article.path);
    const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;

    const whatsapp = new URL((await page.locator('a[href^="https://wa.me/"]').getAttribute('href'))!);
    const message = whatsapp.searchParams.get('text')!;
    expect(message).toContain(canonical);
    expect(message).toContain(article.data.title);

    const telegram = new URL((await page.locator('a[href^="https://t.me/share/url"]').getAttribute('href'))!);
    expect(telegram.searchParams.get('url')).toBe(canonical);
    expect(telegram.searchParams.get('text')).toBe(article.data.title);

    const text = message + (telegram.searchParams.get('text') ?? '');
    if (article.lang === 'bn') expect(text).toMatch(bengali);
    else expect(telegram.searchParams.get('text')).not.toMatch(bengali);
  });
}

test('the copy button copies the canonical link and says so', async ({ browser }) => {
  // A context of its own: the permissions stay with this test.
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const [story] = sourceArticles();
  await page.goto(story!.path);
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  await page.getByRole('button', { name: 'লিঙ্ক কপি করুন' }).click();
  // The status speaks once the copy has happened; read the clipboard after that.
  await expect(page.locator('.share [role=status]')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the share links stay and the script-only buttons stay hidden', async ({ page }) => {
    const [story] = sourceArticles();
    await page.goto(story!.path);
    await expect(page.locator('a[href^="https://wa.me/"]')).toBeVisible();
    await expect(page.locator('a[href^="https://t.me/share/url"]')).toBeVisible();
    await expect(page.locator('.share button:visible')).toHaveCount(0);
  });
});
