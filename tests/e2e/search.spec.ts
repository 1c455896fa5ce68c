import type { Page } from '@playwright/test';
import { uiStrings } from './content';
import { expect, test } from './shared-tab';
import { langs, readablePath, sourceArticles } from './site';

const queries = ['PhonePe', 'পেমেন্ট', 'NPCI'];

/** Searches from the page's form and returns the paths of the results once the box has announced them. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  const status = page.locator('.site-search [role=status]');
  await expect(status).toContainText(query);
  const hrefs = await page
    .locator('.site-search__results a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return hrefs.map((href) => readablePath(new URL(href, page.url()).pathname));
}

for (const lang of langs) {
  const mine = sourceArticles().filter((article) => article.lang === lang);

  for (const query of queries) {
    test(`/${lang}/search/ finds “${query}” in ${lang} pieces only`, async ({ page, request, problems }) => {
      await page.goto(`/${lang}/search/`);
      const found = await search(page, query);
      // Every result is a piece written in this language.
      for (const path of found)
        expect(
          mine.map((article) => article.path),
          path,
        ).toContain(path);
      // A piece whose opening words use the query is among the results.
      for (const article of mine.filter((piece) => piece.firstParagraph.includes(query))) {
        expect(found, article.path).toContain(article.path);
      }
      const inThisLanguage = mine.some((article) =>
        [article.data.title, article.data.description, article.firstParagraph].some((text) =>
          String(text).includes(query),
        ),
      );
      if (inThisLanguage) expect(found.length, `${query} is in ${lang} pieces`).toBeGreaterThan(0);
      if (query === 'পেমেন্ট' && lang !== 'bn') expect(found).toEqual([]);
      for (const path of found) expect((await request.get(path)).status(), path).toBe(200);
      expect(problems).toEqual([]);
    });
  }

  test(`/${lang}/search/ runs the search in the address (?q=)`, async ({ page, problems }) => {
    await page.goto(`/${lang}/search/?q=PhonePe`);
    await expect(page.getByRole('searchbox')).toHaveValue('PhonePe');
    await expect(page.locator('.site-search__results li').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test(`/${lang}/search/ without JavaScript says so, lists the newest ${lang} pieces and links to all of them`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${lang}/search/`);
    await expect(page.getByRole('searchbox')).toBeHidden();
    // Playwright's text search skips <noscript>, whose text a reader without JavaScript does see.
    const note = page.locator('main noscript .notice');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(uiStrings(lang)['search.noscript']);
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    const newest = (await hrefs('main .article-list a')).map(readablePath);
    // This edition's pieces all fit in the list; tests/build/long-lists.test.ts checks a longer archive.
    expect([...newest].sort()).toEqual(mine.map((article) => article.path).sort());
    await page.getByRole('link', { name: uiStrings(lang)['archive.link'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/archive/$`));
    expect((await hrefs('main .article-list a')).map(readablePath)).toEqual(newest);
    await context.close();
  });

  test(`the ${lang} header links to the ${lang} search page`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const link = page.locator('.site-header nav').getByRole('link', { name: uiStrings(lang)['nav.search'] });
    await expect(link).toHaveAttribute('href', `/${lang}/search/`);
  });
}
