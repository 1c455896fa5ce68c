import { expect, test } from './shared-tab';
import { allPages, langs, sections, sourceArticles } from './site';

/** A piece named by slug, as a page in `lang` links it: its page in that language, translated or not. */
const slugToPath = (collection: keyof typeof sections, slug: string, lang: string) =>
  `/${lang}/${sections[collection]}/${slug}/`;

test('each story links to its explainers and statements, and each statement links back', async ({ page, problems }) => {
  const stories = sourceArticles().filter((article) => article.collection === 'stories');
  expect(stories.length).toBeGreaterThan(0);
  for (const story of stories) {
    await page.goto(story.path);
    const explainers = (story.data.explainers as string[]).map((slug) => slugToPath('explainers', slug, story.lang));
    const statements = (story.data.statements as string[]).map((slug) => slugToPath('statements', slug, story.lang));
    expect(statements.length).toBeGreaterThan(0);
    for (const target of [...explainers, ...statements]) {
      await expect(page.locator(`main a[href="${target}"]`).first()).toBeVisible();
    }
    for (const statement of statements) {
      await page.goto(statement);
      await expect(page.locator(`main a[href="${story.path}"]`).first()).toBeVisible();
    }
  }
  expect(problems).toEqual([]);
});

test('every internal link on every page leads somewhere', async ({ page, request }) => {
  // One walk over every page of the site, and a request for every address they link.
  test.slow();
  const seen = new Set<string>();
  for (const path of allPages) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin !== new URL(page.url()).origin) continue;
      if (url.hash && url.pathname === new URL(page.url()).pathname) {
        const id = decodeURIComponent(url.hash.slice(1));
        expect(await page.locator(`[id="${id}"]`).count(), `${path}: ${href}`).toBe(1);
        continue;
      }
      if (seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      expect((await request.get(url.pathname)).status(), `${path} → ${href}`).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThan(langs.length);
});
