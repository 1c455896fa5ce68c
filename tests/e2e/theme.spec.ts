import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { langOf } from './site';

const pages = ['/bn/news/phonepe-outage/', '/en/news/phonepe-outage/'];
/** What the button offers, in each language: the theme the page does not show. */
const toDark = { bn: 'গাঢ় থিম', en: 'Dark theme' } as const;
const toLight = { bn: 'হালকা থিম', en: 'Light theme' } as const;

/** The page background, as the reader sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const darkBackground = 'rgb(20, 24, 27)';
const lightBackground = 'rgb(253, 252, 249)';

/** Records `data-theme` and the background at the moment <body> is created, before anything in it can be painted. */
async function recordThemeAtBodyStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // The moment the parser reaches the page's first content, past the inline scripts that open <body>.
    new MutationObserver((_records, observer) => {
      if (!document.body?.querySelector(':scope > :not(script)')) return;
      observer.disconnect();
      const record = window as unknown as { themeAtBodyStart?: string | null };
      record.themeAtBodyStart = document.documentElement.getAttribute('data-theme');
    }).observe(document, { childList: true, subtree: true });
  });
}

for (const path of pages) {
  const lang = langOf(path)!;

  test(`${path}: the theme button, named in the page's language, offers the theme not shown and switches to it`, async ({
    page,
    problems,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const button = page.locator('.theme-toggle button');
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName(toDark[lang]);
    await expect(button).toHaveText(toDark[lang], { useInnerText: true });
    expect(await background(page)).toBe(lightBackground);

    await button.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(button).toHaveAccessibleName(toLight[lang]);
    await expect(button).toHaveText(toLight[lang], { useInnerText: true });
    expect(await background(page)).toBe(darkBackground);

    await button.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(button).toHaveAccessibleName(toDark[lang]);
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
  await page.getByRole('button', { name: toDark.bn }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  for (const path of ['/bn/', '/en/statements/']) {
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { themeAtBodyStart?: string }).themeAtBodyStart)).toBe(
      'dark',
    );
    expect(await background(page)).toBe(darkBackground);
    await expect(page.locator('.theme-toggle button')).toHaveAccessibleName(toLight[langOf(path)!]);
  }
  expect(problems).toEqual([]);
});

test('on a phone set to dark, the button offers the light theme, and a reader who chose it keeps it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/bn/');
  const button = page.locator('.theme-toggle button');
  // Dark by the system's setting, no choice stored: the button offers what is not shown.
  await expect(button).toHaveAccessibleName(toLight.bn);
  await expect(button).toHaveText(toLight.bn, { useInnerText: true });
  expect(await background(page)).toBe(darkBackground);
  await button.click();
  await page.reload();
  expect(await background(page)).toBe(lightBackground);
  await expect(button).toHaveAccessibleName(toDark.bn);
  // The system turns light and back: the stored choice stays, and so does the label.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(button).toHaveAccessibleName(toDark.bn);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no toggle, and the system preference still applies', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/bn/news/phonepe-outage/');
    await expect(page.locator('.theme-toggle button')).toBeHidden();
    expect(await background(page)).toBe(darkBackground);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(lightBackground);
  });
});
