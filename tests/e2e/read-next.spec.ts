import { uiStrings } from './content';
import { expect, test } from './shared-tab';
import { readablePath, sourceArticles, type SourceArticle } from './site';

const articles = sourceArticles();
const subjects = (article: SourceArticle) => [
  ...((article.data.tags as string[] | undefined) ?? []).map((tag) => `tag:${tag}`),
  ...((article.data.organizations as string[] | undefined) ?? []).map((id) => `org:${id}`),
];
const related = (a: SourceArticle, b: SourceArticle) => subjects(a).some((subject) => subjects(b).includes(subject));

for (const article of articles) {
  const candidates = articles.filter(
    (other) => other.lang === article.lang && other.path !== article.path && related(article, other),
  );

  test(`${article.path} ends with up to three related ${article.lang} pieces to read next`, async ({
    page,
    request,
    problems,
  }) => {
    await page.goto(article.path);
    const section = page.locator('.read-next');
    if (candidates.length === 0) {
      await expect(section).toHaveCount(0);
      return;
    }
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(uiStrings(article.lang)['readNext.title']);
    const links = await section
      .locator('.card__title a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    const paths = links.map(readablePath);
    expect(paths).toHaveLength(Math.min(3, candidates.length));
    for (const path of paths) {
      expect(
        candidates.map((candidate) => candidate.path),
        path,
      ).toContain(path);
      expect((await request.get(path)).status(), path).toBe(200);
    }
    const dates = await section
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(problems).toEqual([]);
  });
}
