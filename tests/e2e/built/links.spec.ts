import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { site } from '../../../src/site.config';
import { pagesOfBuild } from '../build-output';

test('every internal link, image, feed and #fragment of the built site resolves', async ({ baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const local = new URL(baseURL!).origin;
  // Canonical, Open Graph, JSON-LD and feed links are absolute, on the site's public origin: check them here.
  const publicOrigin = new URL(site.url).origin;
  const escaped = publicOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await new LinkChecker().check({
    // Every page of the build, linked or not (with `sitemap` set, linkinator would start from the sitemap alone).
    path: pagesOfBuild().map((page) => new URL(page.path, local).href),
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: local }],
    // Other sites are listed, never fetched: the tests stay offline. (linkinator asks before rewriting.)
    linksToSkip: async (link) => ![local, publicOrigin].includes(new URL(link).origin),
  });

  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.parent ?? '(start)'} → ${link.url}: ${link.status ?? ''} ${reason(link)}`);
  const external = new Map<string, Set<string>>();
  for (const link of result.links.filter((link) => link.state === LinkState.SKIPPED)) {
    external.set(link.url, (external.get(link.url) ?? new Set()).add(link.parent?.replace(local, '') ?? ''));
  }
  const listing = [...external]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, parents]) => `${url}\n    from ${[...parents].sort().join(', ')}`)
    .join('\n');
  writeFileSync(testInfo.outputPath('external-links.txt'), `${listing}\n`);
  await testInfo.attach('external-links.txt', { body: listing, contentType: 'text/plain' });
  const checked = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url));
  console.log(
    `linkinator: ${checked.size} internal URLs resolve; ${external.size} external links listed, not fetched, ` +
      `in ${testInfo.outputPath('external-links.txt')}`,
  );

  for (const page of pagesOfBuild())
    expect(checked, 'every page was crawled').toContain(new URL(page.path, local).href);
  // Links written with the public origin (canonical, og:image, feeds) were checked here, not skipped.
  expect([...checked].some((url) => url.startsWith(`${local}/og/`))).toBe(true);
  expect(broken).toEqual([]);
});

function reason(link: LinkResult): string {
  return (link.failureDetails ?? [])
    .map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`))
    .join('; ');
}
