import { expect, test } from './shared-tab';
import { sections, sourceArticles } from './site';

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
