import { describe, expect, it } from 'vitest';
import {
  beforePolicy,
  cspDirectives,
  cspOfPage,
  headerCsp,
  headersFile,
  securityHeaders,
} from '../../../../src/integrations/security-headers/policy';
import { serviceWorkerPath } from '../../../../src/site/offline-reading';
import { headersFor, parseHeaderRules } from '../../../shared/headers-file';

const meta = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;">`;

describe('cspOfPage', () => {
  it('reads the policy Astro writes into the <meta> tag, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`;
    expect(cspOfPage(html)).toBe("script-src 'self';");
    expect(cspOfPage('<head></head>')).toBeUndefined();
  });
});

describe('beforePolicy', () => {
  it('finds a script, a style or a stylesheet the page would run or apply before its policy', () => {
    expect(beforePolicy(`<head><script>theme()</script>${meta}</head>`)).toBe('<script>');
    expect(beforePolicy(`<head><style>p{}</style>${meta}</head>`)).toBe('<style>');
    expect(beforePolicy(`<head><link rel="stylesheet" href="/a.css">${meta}</head>`)).toBe(
      '<link rel="stylesheet" href="/a.css">',
    );
    expect(beforePolicy(`<head><script type="module" src="/a.js"></script>${meta}</head>`)).toBe(
      '<script type="module" src="/a.js">',
    );
    // No policy at all: the first script is before it.
    expect(beforePolicy('<head><script>theme()</script></head>')).toBe('<script>');
  });

  it('lets through what follows the policy, and JSON-LD, which is data and never runs', () => {
    expect(
      beforePolicy(
        `<head><title>খবর</title><script type="application/ld+json">{}</script>${meta}<style>p{}</style></head><body><script>theme()</script>`,
      ),
    ).toBeUndefined();
    expect(beforePolicy(`<head><link rel="canonical" href="/bn/">${meta}</head>`)).toBeUndefined();
    // A headline pasted with markup is text in an attribute, not a script.
    expect(
      beforePolicy(
        `<head><meta name="description" content="<script>alert(1)</script>">${meta}<script>theme()</script>`,
      ),
    ).toBeUndefined();
  });
});

describe('headerCsp', () => {
  it('says who may frame the page, which a <meta> policy cannot, and takes nothing from a page’s own policy', () => {
    const header = headerCsp();
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("object-src 'none'");
    // A browser enforces both policies: with default-src, script-src or style-src the header would block the pages'
    // inline scripts and styles, whose hashes only the pages' tags carry.
    expect(header).not.toMatch(/default-src|script-src|style-src/);
    for (const directive of header.split('; ').filter((entry) => !entry.startsWith('frame-ancestors'))) {
      expect(cspDirectives).toContain(directive);
    }
  });
});

describe('headersFile', () => {
  it('gives every path the security headers and the header policy, content-named files a year, the worker none', () => {
    const rules = parseHeaderRules(headersFile());
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', serviceWorkerPath]);
    for (const path of ['/', '/bn/news/phonepe-outage/', '/404.html', '/bn/rss.xml', '/_astro/a.AbCd1234.woff2']) {
      expect(headersFor(path, rules), path).toMatchObject({
        ...securityHeaders,
        'Content-Security-Policy': headerCsp(),
      });
    }
    // The service worker is asked for again on every visit: a new deploy replaces it and its caches.
    expect(headersFor(serviceWorkerPath, rules)['Cache-Control']).toBe('no-cache');
    // Fonts and scripts are named by their content: kept a year, never asked for again. Pages are not.
    expect(headersFor('/_astro/noto.AbCd1234.woff2', rules)['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersFor('/bn/', rules)['Cache-Control']).toBeUndefined();
  });

  it("names the folder of the files named by their content as Astro's build.assets says", () => {
    expect(parseHeaderRules(headersFile('assets')).map((rule) => rule.pattern)).toEqual([
      '/*',
      '/assets/*',
      serviceWorkerPath,
    ]);
  });

  it('sends a small policy with each response, in lines a static host reads whole', () => {
    const lines = headersFile().split('\n');
    const policy = lines.find((line) => line.includes('Content-Security-Policy'))!;
    // Cloudflare Pages reads at most 100 rules and 2,000 characters a line; the policy goes with every response.
    expect(policy.length).toBeLessThan(300);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(2000);
  });
});
