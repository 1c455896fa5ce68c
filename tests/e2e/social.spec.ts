import { PNG } from 'pngjs';
import { expect, test } from './shared-tab';
import { allPages, langOf, sourceArticles } from './site';

const ogLocale = { bn: 'bn_IN', en: 'en_IN' } as const;
const meta = (page: import('@playwright/test').Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');

for (const path of allPages) {
  test(`${path} tells link previews its title, language, URL and image`, async ({ page, request }) => {
    await page.goto(path);
    const lang = langOf(path) ?? 'bn';
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(await meta(page, 'og:url')).toBe(canonical);
    expect(await meta(page, 'og:title')).toBeTruthy();
    expect(await meta(page, 'og:description')).toBeTruthy();
    expect(await meta(page, 'og:site_name')).toBeTruthy();
    expect(await meta(page, 'og:locale')).toBe(ogLocale[lang]);
    const alternates = await page
      .locator('meta[property="og:locale:alternate"]')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
    expect(alternates).not.toContain(ogLocale[lang]);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'og:image:alt')).toBeTruthy();

    const image = new URL((await meta(page, 'og:image'))!);
    expect(image.protocol).toBe('https:');
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect(bytes.length, 'WhatsApp drops thumbnails over 300 KB').toBeLessThan(300 * 1024);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
  });
}

for (const story of sourceArticles().filter((article) => article.collection === 'stories')) {
  test(`${story.path} is an article to Open Graph, with its dates and section`, async ({ page }) => {
    await page.goto(story.path);
    expect(await meta(page, 'og:type')).toBe('article');
    const published = new Date((await meta(page, 'article:published_time'))!);
    expect(published.toISOString().slice(0, 10)).toBe(
      new Date(story.data.pubDate as string).toISOString().slice(0, 10),
    );
    expect(Number.isNaN(new Date((await meta(page, 'article:modified_time'))!).getTime())).toBe(false);
    expect(await meta(page, 'article:section')).toBe(story.data.section);
  });
}
