import { describe, expect, it } from 'vitest';
import {
  cspOfPage,
  headerCsp,
  headersFile,
  securityHeaders,
  siteWidePolicy,
} from '../../../../src/integrations/security-headers/policy';
import { serviceWorkerPath } from '../../../../src/site/offline-reading';

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

describe('headersFile', () => {
  it('gives every path the headers, and one policy when all pages share it', () => {
    const file = headersFile([
      { path: '/', csp: policy },
      { path: '/bn/', csp: policy },
    ]);
    expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual(['/*', serviceWorkerPath]);
    for (const [name, value] of Object.entries(securityHeaders)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain(`  Content-Security-Policy: ${headerCsp(policy)}\n`);
    // The service worker is asked for again on every visit: a new deploy replaces it and its caches.
    expect(file).toContain(`${serviceWorkerPath}\n  Cache-Control: no-cache\n`);
  });

  it('gives every path one site-wide policy that allows what each page allows, and no more', () => {
    const search = "default-src 'self'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; style-src 'self';";
    const file = headersFile([
      { path: '/', csp: policy },
      { path: '/en/search/', csp: search },
    ]);
    expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual(['/*', serviceWorkerPath]);
    expect(file).toContain(
      "  Content-Security-Policy: default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc=' " +
        "'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'none'\n",
    );
  });

  it('stays two rules (every path, the service worker), and a line a static host reads whole, for an archive of ten thousand pages', () => {
    // Pages share the layouts' inline scripts and styles: a few hashes, whatever the number of pages.
    const hashes = Array.from({ length: 12 }, (_, index) => `'sha256-${String(index).padStart(43, 'x')}='`);
    const pages = Array.from({ length: 10_000 }, (_, index) => ({
      path: `/bn/news/story-${index}/`,
      csp: `default-src 'self'; script-src 'self' ${hashes[index % 12]} ${hashes[(index + 5) % 12]}; style-src 'self' ${hashes[index % 7]}`,
    }));
    const lines = headersFile(pages).split('\n');
    // Cloudflare Pages reads at most 100 rules and 2,000 characters a line, and ignores the rest.
    expect(lines.filter((line) => line.startsWith('/'))).toHaveLength(2);
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
