import { expect, test } from './shared-tab';
import { allPages, langOf, readablePath, sourceArticles } from './site';

type Thing = Record<string, unknown> & { '@type': string };

async function jsonLd(page: import('@playwright/test').Page): Promise<Thing[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => JSON.parse(text) as Thing | Thing[]);
}

for (const path of allPages.filter((page) => langOf(page))) {
  test(`${path} has JSON-LD that parses, with a breadcrumb trail`, async ({ page }) => {
    await page.goto(path);
    const things = await jsonLd(page);
    const crumbs = things.find((thing) => thing['@type'] === 'BreadcrumbList');
    expect(crumbs).toBeTruthy();
    const items = crumbs!.itemListElement as { position: number; item: string }[];
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(readablePath(new URL(items.at(-1)!.item).pathname)).toBe(path);
  });
}

for (const lang of ['bn', 'en'] as const) {
  test(`/${lang}/ describes the website in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const site = (await jsonLd(page)).find((thing) => thing['@type'] === 'WebSite');
    expect(site?.inLanguage).toMatch(new RegExp(`^${lang}`));
  });
}

for (const article of sourceArticles()) {
  test(`${article.path} is a ${article.collection === 'stories' ? 'NewsArticle' : 'Article'} in its language`, async ({
    page,
  }) => {
    await page.goto(article.path);
    const type = article.collection === 'stories' ? 'NewsArticle' : 'Article';
    const piece = (await jsonLd(page)).find((thing) => thing['@type'] === type)!;
    expect(piece).toBeTruthy();
    expect(piece.headline).toBe(article.data.title);
    expect(piece.inLanguage).toMatch(new RegExp(`^${article.lang}`));
    for (const field of ['description', 'datePublished', 'dateModified', 'author', 'image', 'mainEntityOfPage']) {
      expect(piece[field], field).toBeTruthy();
    }
    const publisher = piece.publisher as { logo?: { url?: string } };
    expect(publisher.logo?.url).toMatch(/^https?:\/\//);
    const other = article.lang === 'bn' ? 'en' : 'bn';
    const link = (article.lang === 'bn' ? piece.workTranslation : piece.translationOfWork) as
      { '@id': string } | { '@id': string }[];
    const ids = [link].flat().map((ref) => new URL(ref['@id']).pathname);
    expect(ids).toContain(article.path.replace(`/${article.lang}/`, `/${other}/`));
  });
}
