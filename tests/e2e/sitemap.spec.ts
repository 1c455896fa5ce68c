import { expect, test } from './fixtures';
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
