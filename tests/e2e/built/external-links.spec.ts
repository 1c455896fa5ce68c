import { expect, test } from '@playwright/test';
import { site } from '../../../src/site.config';
import { pagesOfBuild } from '../build-output';
import { servedPage } from '../served-html';

test('every link that leaves the site has rel="noopener noreferrer"', async ({ request, baseURL }) => {
  const own = new Set([new URL(baseURL!).origin, new URL(site.url).origin]);
  const external: string[] = [];
  const missing: string[] = [];
  // The built HTML as it is, not as scripts change it: each page as the server sends it, parsed.
  for (const { path } of pagesOfBuild()) {
    const page = await servedPage(request, path);
    for (const link of page.all('a[href], area[href]')) {
      const url = new URL(link.attribs.href!, new URL(path, baseURL));
      if (!['http:', 'https:'].includes(url.protocol) || own.has(url.origin)) continue;
      external.push(url.href);
      const tokens = (link.attribs.rel ?? '').trim().split(/\s+/);
      if (!tokens.includes('noopener') || !tokens.includes('noreferrer'))
        missing.push(`${path}: ${url.href} (rel="${link.attribs.rel ?? ''}")`);
    }
  }
  expect(external.length, 'the site links out (share links at least)').toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
