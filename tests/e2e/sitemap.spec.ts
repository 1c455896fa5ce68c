import { expect, test } from './fixtures';
import { readNewsSitemap } from '../shared/news-sitemap-reader';
import { allPages, readablePath, translationLangs } from './site';

test('robots.txt names the sitemap, and the sitemap lists every page with its translations', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBeTruthy();
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const xml = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).join('\n');

  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => ({
    loc: readablePath(new URL(/<loc>([^<]+)<\/loc>/.exec(match[1]!)![1]!).pathname),
    alternates: [...match[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => ({
      lang: link[1]!,
      path: readablePath(new URL(link[2]!).pathname),
    })),
  }));
  expect(entries.map((entry) => entry.loc).sort()).toEqual([...allPages].sort());
  expect(entries.some((entry) => entry.loc.includes('404'))).toBe(false);

  for (const entry of entries.filter((candidate) => candidate.loc !== '/')) {
    const listed = entry.alternates.map((alternate) => alternate.lang);
    for (const lang of translationLangs(entry.loc)) expect(listed, entry.loc).toContain(lang);
    for (const alternate of entry.alternates) {
      const [first] = alternate.path.split('/').filter(Boolean);
      if (alternate.lang !== 'x-default') expect(first, `${entry.loc}: ${alternate.path}`).toBe(alternate.lang);
    }
  }
});

test('robots.txt names the news sitemap, which lists only story pages of the site, each in its own language', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const newsUrl = [...robots.matchAll(/^Sitemap: (\S+)$/gm)]
    .map((match) => match[1]!)
    .find((url) => /news/.test(new URL(url).pathname));
  expect(newsUrl).toBeTruthy();
  const response = await request.get(new URL(newsUrl!).pathname);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  // The build's clock decides what is recent: the entries may be none, but each must be a story in its language.
  for (const entry of readNewsSitemap(xml)) {
    const path = readablePath(new URL(entry.loc).pathname);
    expect(allPages).toContain(path);
    expect(path).toMatch(new RegExp(`^/${entry.language}/news/`));
  }
});
