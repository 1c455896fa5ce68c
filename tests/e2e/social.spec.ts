import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { servedPage, type ServedPage } from './served-html';
import { allPages, langOf, sourceArticles } from './site';

const ogLocale = { bn: 'bn_IN', en: 'en_IN' } as const;
/** A `<meta>` tag's content, as a link-preview scraper reads it from the HTML. */
const meta = (page: ServedPage, property: string) =>
  page.attribute(`meta[property="${property}"], meta[name="${property}"]`, 'content');

for (const path of allPages) {
  test(`${path} tells link previews its title, language, URL and image`, async ({ request }) => {
    const page = await servedPage(request, path);
    const lang = langOf(path) ?? 'bn';
    const canonical = page.attribute('link[rel=canonical]', 'href');
    expect(canonical).toBeTruthy();
    expect(meta(page, 'og:url')).toBe(canonical);
    expect(meta(page, 'og:title')).toBeTruthy();
    expect(meta(page, 'og:description')).toBeTruthy();
    expect(meta(page, 'og:site_name')).toBeTruthy();
    expect(meta(page, 'og:locale')).toBe(ogLocale[lang]);
    const alternates = page.all('meta[property="og:locale:alternate"]').map((tag) => tag.attribs.content);
    expect(alternates).not.toContain(ogLocale[lang]);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'og:image:alt')).toBeTruthy();

    const image = new URL(meta(page, 'og:image')!);
    expect(image.protocol).toBe('https:');
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect(bytes.length, 'WhatsApp drops thumbnails over 300 KB').toBeLessThan(300 * 1024);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
  });
}

for (const story of sourceArticles().filter((article) => article.collection === 'stories')) {
  test(`${story.path} is an article to Open Graph, with its dates and section`, async ({ request }) => {
    const page = await servedPage(request, story.path);
    expect(meta(page, 'og:type')).toBe('article');
    const published = new Date(meta(page, 'article:published_time')!);
    expect(published.toISOString().slice(0, 10)).toBe(
      new Date(story.data.pubDate as string).toISOString().slice(0, 10),
    );
    expect(Number.isNaN(new Date(meta(page, 'article:modified_time')!).getTime())).toBe(false);
    expect(meta(page, 'article:section')).toBe(story.data.section);
  });
}
