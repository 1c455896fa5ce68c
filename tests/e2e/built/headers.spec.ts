import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cspOfPage, securityHeaders } from '../../../src/integrations/security-headers/policy';
import { serviceWorkerPath } from '../../../src/site/offline-reading';
import { distDir, headerRules, headersFor, pagesOfBuild } from '../build-output';

/** A policy's directives, each with its sources. */
const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((entry) => entry.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, new Set(sources)]),
  );

test('dist/_headers gives every page a policy that allows what its <meta> policy allows, and the security headers', () => {
  const pages = pagesOfBuild();
  // A wildcard rule, the policy's for each top-level folder of pages, the content-named files' and the service
  // worker's, whatever the number of pages: static hosts read 100 rules and 2,000 characters a line.
  expect(headerRules().map((rule) => rule.pattern)).toEqual([
    '/*',
    '/',
    '/404.html',
    '/bn/*',
    '/en/*',
    '/_astro/*',
    serviceWorkerPath,
  ]);
  for (const { file, path } of pages) {
    const headers = headersFor(encodeURI(path));
    const metaPolicy = cspOfPage(readFileSync(join(distDir, file), 'utf8'));
    expect(metaPolicy, `${file} carries its policy in a <meta> tag`).toBeDefined();
    expect(headers['Content-Security-Policy']!.length).toBeLessThanOrEqual(2000);
    const header = directivesOf(headers['Content-Security-Policy']!);
    // The browser enforces both: the header must not take away anything the page's own policy allows.
    for (const [name, sources] of directivesOf(metaPolicy!)) {
      expect(
        [...sources].filter((source) => !header.get(name)?.has(source)),
        `${path}: ${name}`,
      ).toEqual([]);
    }
    expect(headers).toMatchObject(securityHeaders);
  }
  // Any other path (a 404, a feed, an image) gets the same headers.
  expect(headersFor('/no/such/page/')).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
});

test('the service worker is never cached without asking the server, so a new deploy replaces it', () => {
  expect(existsSync(join(distDir, serviceWorkerPath))).toBe(true);
  const headers = headersFor(serviceWorkerPath);
  expect(headers['Cache-Control']).toBe('no-cache');
  expect(headers).toMatchObject(securityHeaders);
});

test('the font files and scripts are named by their content and kept a year without asking the server again', () => {
  const files = readdirSync(join(distDir, '_astro'));
  expect(files.filter((file) => file.endsWith('.woff2')).length).toBeGreaterThan(0);
  for (const file of files) {
    // Astro's content hash before the extension: a changed file gets a new name, so it can never be served stale.
    expect(file, 'named by its content').toMatch(/\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/);
    const headers = headersFor(`/_astro/${file}`);
    expect(headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headers).toMatchObject(securityHeaders);
    // The page's policy (2 KiB of hashes) is not sent with a font or a script.
    expect(headers['Content-Security-Policy']).toBeUndefined();
  }
  // Pages are not: a reader must get a correction at once.
  for (const path of ['/bn/', '/bn/news/phonepe-outage/', '/bn/rss.xml', '/og/bn/statements/paytm.png']) {
    expect(headersFor(path)['Cache-Control'], path).toBeUndefined();
  }
});

test('the policy allows no inline script without a hash, nothing from other origins, and no framing', () => {
  const policy = headersFor('/')['Content-Security-Policy']!;
  const directive = (name: string) => policy.split(/;\s*/).find((entry) => entry.startsWith(`${name} `));
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive('worker-src')).toBe("worker-src 'self'");
  for (const name of ['script-src', 'style-src']) {
    // Hashes only; the search page's WebAssembly engine needs 'wasm-unsafe-eval', which its own <meta> policy alone adds.
    expect(directive(name)).toMatch(new RegExp(`^${name} 'self'( 'sha256-[A-Za-z0-9+/]+=*'| 'wasm-unsafe-eval')*$`));
  }
});
