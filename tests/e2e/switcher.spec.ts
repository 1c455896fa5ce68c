import { expect, test } from './shared-tab';
import { allPages, counterpart, langOf, readablePath } from './site';

const localized = allPages.filter((path) => langOf(path) === 'bn');

for (const path of localized) {
  test(`the language switcher round-trips bn → en → bn from ${path}`, async ({ page, problems }) => {
    await page.goto(path);
    const switcher = page.locator('.language-switcher');
    await switcher.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const english = counterpart(path, 'en')!;
    expect(readablePath(new URL(page.url()).pathname)).toBe(english);
    await page.locator('.language-switcher').getByRole('link', { name: 'বাংলা' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
    // Back where the reader started, unless the page had no English counterpart (a topic only Bengali pieces have).
    expect(readablePath(new URL(page.url()).pathname)).toBe(counterpart(english, 'bn'));
    expect(problems).toEqual([]);
  });
}
