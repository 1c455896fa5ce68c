import { expect, test } from './shared-tab';
import { allPages, langOf, readablePath, sourceArticles, translationLangs } from './site';

for (const path of allPages) {
  test(`${path} renders in its language with title, one h1 and translations`, async ({ page, problems }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const lang = langOf(path) ?? 'bn';
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveCount(1);
    const h1 = (await page.locator('h1').innerText()).trim();
    expect(h1.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('');

    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(readablePath(new URL(canonical!).pathname)).toBe(path);
    for (const code of [...translationLangs(path), 'x-default']) {
      await expect(page.locator(`link[rel=alternate][hreflang="${code}"]`)).toHaveCount(1);
    }
    expect(problems).toEqual([]);
  });
}

for (const article of sourceArticles()) {
  test(`${article.path} shows the article its author wrote`, async ({ page, problems }) => {
    await page.goto(article.path);
    await expect(page.locator('h1')).toHaveText(article.data.title);
    expect(await page.title()).toContain(article.data.title);
    // The body's opening words reach the reader.
    await expect(page.locator('.prose')).toContainText(article.firstParagraph.slice(0, 40));
    expect(problems).toEqual([]);
  });
}

test('the story shows its timeline, in order, from the frontmatter', async ({ page, problems }) => {
  for (const story of sourceArticles().filter((article) => article.collection === 'stories')) {
    await page.goto(story.path);
    const events = story.data.timeline as { when: string; event: string }[];
    const items = page.locator('.timeline li');
    await expect(items).toHaveCount(events.length);
    for (const [index, { when, event }] of events.entries()) {
      await expect(items.nth(index)).toContainText(when);
      await expect(items.nth(index)).toContainText(event);
    }
  }
  expect(problems).toEqual([]);
});

test('the Bengali story leaves out the source site furniture', async ({ page }) => {
  await page.goto('/bn/news/phonepe-outage/');
  const text = await page.locator('main').innerText();
  for (const furniture of ['WhatsApp Group Join Now', 'Telegram Group Join Now', 'Leave a Comment', 'আরও পড়ুন']) {
    expect(text).not.toContain(furniture);
  }
});
