import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { beforePolicy, cspOfPage, securityHeaders } from '../../../src/integrations/security-headers/policy';
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

test('every page carries its own policy before any script or style, and dist/_headers the security headers', () => {
  // A wildcard rule, the content-named files' and the service worker's, whatever the number of pages: static hosts
  // read 100 rules and 2,000 characters a line.
  expect(headerRules().map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', serviceWorkerPath]);
  for (const { file, path } of pagesOfBuild()) {
    const html = readFileSync(join(distDir, file), 'utf8');
    const metaPolicy = cspOfPage(html);
    expect(metaPolicy, `${file} carries its policy in a <meta> tag`).toBeDefined();
    // A <meta> policy holds only for what follows it: no script runs and no style applies before it.
    expect(beforePolicy(html), `${file}: a script or style before its policy`).toBeUndefined();
    expect(html.search(/<script[\s>]/), `${file} has scripts`).toBeGreaterThan(0);
    const headers = headersFor(encodeURI(path));
    expect(headers).toMatchObject(securityHeaders);
    // The browser enforces both: the header must not take away anything the page's own policy allows.
    const header = directivesOf(headers['Content-Security-Policy']!);
    const own = directivesOf(metaPolicy!);
    for (const [name, sources] of header) {
      if (name === 'frame-ancestors') continue;
      expect([...own.get(name)!].sort(), `${path}: ${name}`).toEqual([...sources].sort());
    }
    expect(
      [...header.keys()].filter((name) => /^(default|script|style)-src$/.test(name)),
      path,
    ).toEqual([]);
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
  }
  // Pages are not: a reader must get a correction at once.
  for (const path of ['/bn/', '/bn/news/phonepe-outage/', '/bn/rss.xml', '/og/bn/statements/paytm.png']) {
    expect(headersFor(path)['Cache-Control'], path).toBeUndefined();
  }
});

test('every page allows no inline script without a hash and nothing from other origins, and no host frames it', () => {
  expect(headersFor('/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  for (const { file } of pagesOfBuild()) {
    const policy = cspOfPage(readFileSync(join(distDir, file), 'utf8'))!;
    const directive = (name: string) => policy.split(/;\s*/).find((entry) => entry.startsWith(`${name} `));
    expect(directive('default-src'), file).toBe("default-src 'self'");
    expect(directive('object-src'), file).toBe("object-src 'none'");
    expect(directive('worker-src'), file).toBe("worker-src 'self'");
    for (const name of ['script-src', 'style-src']) {
      // Hashes only; the search page's WebAssembly engine needs 'wasm-unsafe-eval', which its own policy alone adds.
      expect(directive(name), file).toMatch(
        new RegExp(`^${name} 'self'( 'sha256-[A-Za-z0-9+/]+=*'| 'wasm-unsafe-eval')*$`),
      );
    }
  }
});
