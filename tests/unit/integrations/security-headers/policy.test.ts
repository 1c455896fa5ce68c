import { describe, expect, it } from 'vitest';
import {
  cspOfPage,
  headerCsp,
  headersFile,
  securityHeaders,
  siteWidePolicy,
} from '../../../../src/integrations/security-headers/policy';
import { serviceWorkerPath } from '../../../../src/site/offline-reading';
import { headersFor, parseHeaderRules } from '../../../shared/headers-file';

const policy = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';";

describe('cspOfPage', () => {
  it('reads the policy Astro writes into the <meta> tag, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`;
    expect(cspOfPage(html)).toBe("script-src 'self';");
    expect(cspOfPage('<head></head>')).toBeUndefined();
  });
});

describe('headerCsp', () => {
  it('adds what a <meta> policy cannot say: who may frame the page', () => {
    expect(headerCsp(policy)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
    );
  });
});

/** The rules of a `_headers` file, as a static host reads them. */
const rulesOf = (file: string) => parseHeaderRules(file);

describe('headersFile', () => {
  it('gives every path the security headers, and every page one policy when all pages share it', () => {
    const file = headersFile([
      { path: '/', csp: policy },
      { path: '/bn/', csp: policy },
      { path: '/bn/news/phonepe-outage/', csp: policy },
      { path: '/404.html', csp: policy },
    ]);
    const rules = rulesOf(file);
    expect(rules.map((rule) => rule.pattern)).toEqual([
      '/*',
      '/',
      '/404.html',
      '/bn/*',
      '/_astro/*',
      serviceWorkerPath,
    ]);
    for (const path of [
      '/',
      '/bn/',
      '/bn/news/phonepe-outage/',
      '/404.html',
      '/bn/rss.xml',
      '/og/bn/a.png',
      '/_astro/a.woff2',
    ]) {
      expect(headersFor(path, rules), path).toMatchObject(securityHeaders);
    }
    for (const path of ['/', '/bn/', '/bn/news/phonepe-outage/', '/404.html']) {
      expect(headersFor(path, rules)['Content-Security-Policy'], path).toBe(headerCsp(policy));
    }
    // The 2 KiB policy is not sent with what is not a page: a font, a script, a preview card.
    for (const path of ['/_astro/noto.AbCd1234.woff2', '/og/bn/news/phonepe-outage.png', '/pagefind/pagefind.js']) {
      expect(headersFor(path, rules)['Content-Security-Policy'], path).toBeUndefined();
    }
    // The service worker is asked for again on every visit: a new deploy replaces it and its caches.
    expect(headersFor(serviceWorkerPath, rules)['Cache-Control']).toBe('no-cache');
    // Fonts and scripts are named by their content: kept a year, never asked for again.
    expect(headersFor('/_astro/noto.AbCd1234.woff2', rules)['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor('/bn/', rules)['Cache-Control']).toBeUndefined();
  });

  it("names the folder of the files named by their content as Astro's build.assets says", () => {
    const rules = rulesOf(headersFile([{ path: '/', csp: policy }], 'assets'));
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/', '/assets/*', serviceWorkerPath]);
  });

  it('gives every page one site-wide policy that allows what each page allows, and no more', () => {
    const search = "default-src 'self'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self';";
    const rules = rulesOf(
      headersFile([
        { path: '/', csp: policy },
        { path: '/en/search/', csp: search },
      ]),
    );
    const expected =
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' " +
      "'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'";
    expect(headersFor('/', rules)['Content-Security-Policy']).toBe(expected);
    expect(headersFor('/en/search/', rules)['Content-Security-Policy']).toBe(expected);
  });

  it('stays a few rules (every path, a folder of pages each, the content-named files, the service worker), and a line a static host reads whole, for an archive of ten thousand pages', () => {
    // Pages share the layouts' inline scripts and styles: a few hashes, whatever the number of pages.
    const hashes = Array.from({ length: 12 }, (_, index) => `'sha256-${String(index).padStart(43, 'x')}='`);
    const pages = Array.from({ length: 10_000 }, (_, index) => ({
      path: `/${index % 2 ? 'bn' : 'en'}/news/story-${index}/`,
      csp: `default-src 'self'; script-src 'self' ${hashes[index % 12]} ${hashes[(index + 5) % 12]}; style-src 'self' ${hashes[index % 7]}`,
    }));
    const lines = headersFile(pages).split('\n');
    // Cloudflare Pages reads at most 100 rules and 2,000 characters a line, and ignores the rest.
    expect(lines.filter((line) => line.startsWith('/'))).toEqual([
      '/*',
      '/bn/*',
      '/en/*',
      '/_astro/*',
      serviceWorkerPath,
    ]);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(2000);
  });
});

describe('siteWidePolicy', () => {
  it('joins the sources of each directive, each once, in the order first met', () => {
    expect(siteWidePolicy(["script-src 'self' 'sha256-a='; img-src 'self'", "script-src 'self' 'sha256-b='"])).toBe(
      "script-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self'",
    );
  });
});
