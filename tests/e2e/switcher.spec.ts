import { expect, test } from './fixtures';
import { allPages, langOf } from './site';

const localized = allPages.filter((path) => langOf(path) === 'bn');

for (const path of localized) {
  test(`the language switcher round-trips bn → en → bn from ${path}`, async ({ page, problems }) => {
    await page.goto(path);
    const switcher = page.locator('.language-switcher');
    await switcher.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(new URL(page.url()).pathname).toBe(path.replace(/^\/bn\//, '/en/'));
    await page.locator('.language-switcher').getByRole('link', { name: 'বাংলা' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
    expect(new URL(page.url()).pathname).toBe(path);
    expect(problems).toEqual([]);
  });
}
