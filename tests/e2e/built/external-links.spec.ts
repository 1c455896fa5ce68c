import { expect, test } from '@playwright/test';
import { site } from '../../../src/site.config';
import { pagesOfBuild } from '../build-output';

// The built HTML as it is, not as scripts change it.
test.use({ javaScriptEnabled: false });

test('every link that leaves the site has rel="noopener noreferrer"', async ({ page, baseURL }) => {
  const own = new Set([new URL(baseURL!).origin, new URL(site.url).origin]);
  const external: string[] = [];
  const missing: string[] = [];
  for (const { path } of pagesOfBuild()) {
    await page.goto(path);
    const links = await page.locator('a[href], area[href]').evaluateAll((elements) =>
      elements.map((link) => ({
        href: (link as HTMLAnchorElement).href,
        rel: (link as HTMLAnchorElement).relList.value,
      })),
    );
    for (const { href, rel } of links) {
      const url = new URL(href);
      if (!['http:', 'https:'].includes(url.protocol) || own.has(url.origin)) continue;
      external.push(href);
      const tokens = rel.split(/\s+/);
      if (!tokens.includes('noopener') || !tokens.includes('noreferrer'))
        missing.push(`${path}: ${href} (rel="${rel}")`);
    }
  }
  expect(external.length, 'the site links out (share links at least)').toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
