import { uiStrings } from './content';
import { expect, test } from './shared-tab';
import { langs, readablePath, sourceArticles, type SourceArticle } from './site';

const articles = sourceArticles();
const tagsOf = (article: SourceArticle) => (article.data.tags as string[] | undefined) ?? [];
const hrefs = (locator: import('@playwright/test').Locator) =>
  locator.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

for (const lang of langs) {
  const mine = articles.filter((article) => article.lang === lang);
  const tags = [...new Set(mine.flatMap(tagsOf))];

  test(`/${lang}/topics/ lists every ${lang} tag, and each topic page lists the pieces with that tag`, async ({
    page,
    problems,
  }) => {
    await page.goto(`/${lang}/topics/`);
    const list = page.locator('main .topic-list');
    await expect(list.locator('li')).toHaveCount(tags.length);
    for (const tag of tags) {
      await page.goto(`/${lang}/topics/`);
      await page.locator('main .topic-list').getByRole('link', { name: tag, exact: true }).click();
      await expect(page.locator('h1')).toContainText(tag);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const listed = (await hrefs(page.locator('main .article-list .card__title a'))).map(readablePath);
      const expected = mine.filter((article) => tagsOf(article).includes(tag)).map((article) => article.path);
      expect(listed.sort(), tag).toEqual(expected.sort());
      const dates = await page
        .locator('main .article-list time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
      expect(dates).toEqual([...dates].sort().reverse());
    }
    expect(problems).toEqual([]);
  });

  test(`${lang} pieces link their tags to the topic pages`, async ({ page, problems }) => {
    await page.goto(`/${lang}/topics/`);
    const topicLinks = new Map<string, string>();
    for (const tag of tags) {
      const link = page.locator('main .topic-list').getByRole('link', { name: tag, exact: true });
      topicLinks.set(tag, (await link.getAttribute('href'))!);
    }
    for (const article of mine) {
      await page.goto(article.path);
      const nav = page.getByRole('navigation', { name: uiStrings(lang)['tags.label'] });
      await expect(nav.getByRole('link')).toHaveText(tagsOf(article));
      expect(await hrefs(nav.getByRole('link'))).toEqual(tagsOf(article).map((tag) => topicLinks.get(tag)));
    }
    expect(problems).toEqual([]);
  });

  test(`the language switcher on ${lang} topic pages leads to the same topic or to the list of topics`, async ({
    page,
    problems,
  }) => {
    /** Clicks a link and waits until the browser has arrived at the next page. */
    const follow = async (link: import('@playwright/test').Locator) => {
      const before = page.url();
      await link.click();
      await page.waitForURL((url) => url.href !== before);
      await page.waitForLoadState();
    };
    for (const tag of tags) {
      await page.goto(`/${lang}/topics/`);
      await follow(page.locator('main .topic-list').getByRole('link', { name: tag, exact: true }));
      const here = (await hrefs(page.locator('main .article-list .card__title a'))).map(readablePath);
      await follow(page.locator('.language-switcher a').first());
      const other = (await page.locator('html').getAttribute('lang'))!;
      expect(other).not.toBe(lang);
      const path = readablePath(new URL(page.url()).pathname);
      if (path === `/${other}/topics/`) continue;
      expect(path).toMatch(new RegExp(`^/${other}/topics/[^/]+/$`));
      // The same topic: the pieces that exist in both languages are listed on both pages.
      const there = (await hrefs(page.locator('main .article-list .card__title a'))).map(readablePath);
      const translated = (paths: string[], from: string, to: string) =>
        paths
          .map((p) => p.replace(`/${from}/`, `/${to}/`))
          .filter((p) => articles.some((article) => article.path === p));
      expect(translated(here, lang, other).sort()).toEqual(
        there.filter((p) => translated([p], other, lang).length).sort(),
      );
    }
    expect(problems).toEqual([]);
  });
}
