import { readFileSync } from 'node:fs';
import { feedPaths } from '../../src/integrations/feeds/feed-paths';
import type { JsonFeed } from '../../src/integrations/feeds/json-feed';
import { locales, site, type Lang } from '../../src/site.config';
import { feedReaders, type ReadItem } from '../shared/feed-readers';
import { expect, test } from './shared-tab';
import { allPages, langOf, langs, sourceArticles, type Collection, type SourceArticle } from './site';

/** The UI-string key of each kind's label, which feeds list as the first category. */
const kindKeys = { stories: 'kind.story', explainers: 'kind.explainer', statements: 'kind.statement' } as const;

const uiStrings = (lang: Lang): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'));

const intl = (lang: Lang) => locales.find((locale) => locale.code === lang)!.intl;
const siteOrigin = new URL(site.url).origin;
const bengali = /[\u0980-\u09FF]/;

/** Text of an HTML fragment as a reader sees it, with typographic quotes made plain so source text matches. */
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ');
const plain = (markdown: string) => readable(markdown).trim();

/** The articles a language's feeds must carry: every source file in that language's folders. */
const articlesIn = (lang: Lang) => sourceArticles().filter((article) => article.lang === lang);

/** Checks what a reader would see of one item against the source file it was built from. */
function expectItemMatches(item: Pick<ReadItem, 'title' | 'content' | 'categories'>, article: SourceArticle) {
  const where = article.path;
  expect(item.title, where).toBe(article.data.title);
  const text = readable(item.content);
  expect(text, `${where}: first paragraph`).toContain(plain(article.firstParagraph));
  expect(text, `${where}: last paragraph, so the whole piece is there`).toContain(plain(article.lastParagraph));
  if (article.lang === 'bn') expect(text, `${where}: Bengali text`).toMatch(bengali);
  const kind = uiStrings(article.lang)[kindKeys[article.collection as Collection]];
  const tags = (article.data.tags as string[] | undefined) ?? [];
  expect(item.categories, `${where}: kind, then tags, each once`).toEqual([...new Set([kind, ...tags])]);
  for (const [, url] of item.content.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    expect(url, `${where}: links in the content are absolute`).toMatch(/^[a-z][a-z0-9+.-]*:/i);
  }
}

/** Every item link points at the site and the page answers. */
async function expectLinksResolve(links: string[], get: (path: string) => Promise<{ status(): number }>) {
  for (const link of links) {
    const url = new URL(link); // throws on a relative link
    expect(url.origin, link).toBe(siteOrigin);
    expect((await get(url.pathname + url.search)).status(), link).toBe(200);
  }
}

for (const lang of langs) {
  const paths = feedPaths(lang);
  const expected = articlesIn(lang);

  for (const format of ['rss', 'atom'] as const) {
    for (const [readerName, read] of Object.entries(feedReaders)) {
      test(`${paths[format]}, read by ${readerName}, carries every ${lang} article in full`, async ({ request }) => {
        const response = await request.get(paths[format]);
        expect(response.status()).toBe(200);
        const feed = await read(await response.text());

        expect(feed.language).toBe(intl(lang));
        expect(feed.title).toBe(site.name[lang]);
        expect(feed.link).toBe(new URL(`/${lang}/`, site.url).href);
        expect(feed.selfUrl).toBe(new URL(paths[format], site.url).href);

        expect(expected.length).toBeGreaterThan(0);
        const itemPaths = feed.items.map((item) => new URL(item.link).pathname);
        expect([...itemPaths].sort()).toEqual(expected.map((article) => article.path).sort());
        expect(feed.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.link));

        const dates = feed.items.map((item) => item.published?.getTime() ?? NaN);
        expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
        expect(dates).toEqual([...dates].sort((a, b) => b - a));

        for (const item of feed.items) {
          expectItemMatches(
            item,
            expected.find((article) => article.path === new URL(item.link).pathname)!,
          );
        }
        await expectLinksResolve(
          feed.items.map((item) => item.link),
          (path) => request.get(path),
        );
      });
    }
  }

  test(`${paths.json} is a JSON Feed 1.1 of every ${lang} article in full`, async ({ request }) => {
    const response = await request.get(paths.json);
    expect(response.status()).toBe(200);
    const feed = (await response.json()) as JsonFeed;

    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe(intl(lang));
    expect(feed.title).toBe(site.name[lang]);
    expect(feed.home_page_url).toBe(new URL(`/${lang}/`, site.url).href);
    expect(feed.feed_url).toBe(new URL(paths.json, site.url).href);

    const { items } = feed;
    expect(items.map((item) => new URL(item.url).pathname).sort()).toEqual(
      expected.map((article) => article.path).sort(),
    );
    for (const item of items) {
      const article = expected.find((candidate) => candidate.path === new URL(item.url).pathname)!;
      expect(item.id).toBe(item.url);
      expect(item.language).toBe(intl(lang));
      expect(item.summary).toBe(article.data.description);
      expect(new Date(item.date_published).toISOString().slice(0, 10)).toBe(
        new Date(String(article.data.pubDate)).toISOString().slice(0, 10),
      );
      expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published));
      // A correction moves the entry's modified date, as an update does.
      for (const { date } of (article.data.corrections ?? []) as { date: string }[]) {
        expect(item.date_modified.slice(0, 10) >= String(date), `corrected on ${date}`).toBe(true);
      }
      expectItemMatches({ title: item.title, content: item.content_html, categories: item.tags }, article);
    }
    await expectLinksResolve(
      items.map((item) => item.url),
      (path) => request.get(path),
    );
  });

  test(`every ${lang} page announces its own language's feeds for auto-discovery`, async ({ page, request }) => {
    for (const path of allPages.filter((candidate) => langOf(candidate) === lang)) {
      await page.goto(path);
      const links = page.locator('head link[rel="alternate"][type$="xml"], head link[rel="alternate"][type$="json"]');
      const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
      expect(hrefs.map((href) => new URL(href).pathname)).toEqual(Object.values(paths));
      for (const title of await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('title')))) {
        expect(title).toContain(site.name[lang]);
      }
      await expectLinksResolve(hrefs, (href) => request.get(href));
    }
  });
}
