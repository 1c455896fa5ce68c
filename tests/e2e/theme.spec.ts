import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langOf } from './site';

const pages = ['/bn/news/phonepe-outage/', '/en/news/phonepe-outage/'];
const names = { bn: 'গাঢ় থিম', en: 'Dark theme' } as const;

/** The page background, as the reader sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const darkBackground = 'rgb(20, 24, 27)';
const lightBackground = 'rgb(253, 252, 249)';

/** Records `data-theme` and the background at the moment <body> is created, before anything in it can be painted. */
async function recordThemeAtBodyStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const record = window as unknown as { themeAtBodyStart?: string | null };
      record.themeAtBodyStart = document.documentElement.getAttribute('data-theme');
    }).observe(document, { childList: true, subtree: true });
  });
}

for (const path of pages) {
  const lang = langOf(path)!;

  test(`${path}: the theme toggle is a button named in the page's language that switches and says so`, async ({
    page,
    problems,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const toggle = page.getByRole('button', { name: names[lang] });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe(lightBackground);

    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(darkBackground);

    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background(page)).toBe(lightBackground);
    expect(problems).toEqual([]);
  });
}

test('the chosen theme is remembered across reloads and pages, and applied before the page is painted', async ({
  page,
  problems,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordThemeAtBodyStart(page);
  await page.goto('/bn/');
  await page.getByRole('button', { name: names.bn }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  for (const path of ['/bn/', '/en/statements/']) {
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { themeAtBodyStart?: string }).themeAtBodyStart)).toBe(
      'dark',
    );
    expect(await background(page)).toBe(darkBackground);
    await expect(page.getByRole('button', { name: names[langOf(path)!] })).toHaveAttribute('aria-pressed', 'true');
  }
  expect(problems).toEqual([]);
});

test('a reader who chose light keeps it on a phone set to dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/bn/');
  const toggle = page.getByRole('button', { name: names.bn });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(darkBackground);
  await toggle.click();
  await page.reload();
  expect(await background(page)).toBe(lightBackground);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no toggle, and the system preference still applies', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/bn/news/phonepe-outage/');
    await expect(page.getByRole('button', { name: names.bn })).toBeHidden();
    expect(await background(page)).toBe(darkBackground);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(lightBackground);
  });
});
