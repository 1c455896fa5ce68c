import { expect, test } from './shared-tab';
import { langs, sourceArticles } from './site';

// A definition shown on hover or focus must be closable without moving the pointer or focus (WCAG 1.4.13).
// Readers with scripts get Escape; the components spec checks the definitions with scripts off.
for (const lang of langs) {
  const explainer = sourceArticles().find((article) => article.collection === 'explainers' && article.lang === lang)!;

  test(`${lang}: Escape closes a glossary definition shown by hover or focus, until the reader moves on`, async ({
    page,
    problems,
  }) => {
    await page.goto(explainer.path);
    const term = page.locator('.prose .glossary-term').first();
    const link = term.locator('> a');
    const tip = term.locator('.glossary-term__tip');

    await link.hover();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(tip, 'shown again once the pointer came back').toBeVisible();

    await page.mouse.move(0, 0);
    await link.focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(link, 'Escape leaves focus where it was').toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await expect(tip, 'shown again once focus came back').toBeVisible();
    expect(problems).toEqual([]);
  });
}
