import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashesOnly } from '../../../../src/integrations/security-headers/page-hashes';

/** A source for a script's or style's text, as CSP Level 2 defines it: SHA-256 of its UTF-8, in base64. */
const source = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

const theme = "document.documentElement.dataset.theme = 'dark';";
const search = 'import("/pagefind/pagefind.js");';
const styles = '.a{color:red}';
const cardStyles = '.card{margin:0}';

/** A page with Astro's policy tag naming `scripts` and `styles`, and `body`. */
const page = (scripts: string[], styles: string[], body: string) =>
  `<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>খবর</title>` +
  `<meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};">` +
  `</head><body>${body}</body></html>`;

/** The policy of a page. */
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

describe('withOwnHashesOnly', () => {
  const allScripts = [source(theme), source(search)];
  const allStyles = [source(styles), source(cardStyles)];

  it('keeps the hashes of the scripts and styles the page has, and drops the route’s others', () => {
    const html = page(allScripts, allStyles, `<script>${theme}</script><style>${styles}</style><p>লেখা</p>`);
    expect(policyOf(withOwnHashesOnly(html))).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self' ${source(theme)}; style-src 'self' ${source(styles)};`,
    );
  });

  it('takes a hash of the text as written, Bengali and all', () => {
    const bengali = "document.title = 'খবর';";
    const html = page([source(bengali)], [], `<script type="module">${bengali}</script>`);
    expect(policyOf(withOwnHashesOnly(html))).toContain(source(bengali));
  });

  it('keeps a hash in the directive of the element it belongs to only', () => {
    // The same text as a style: its hash does not let it run as a script.
    const html = page([source(styles)], [source(styles)], `<style>${styles}</style>`);
    expect(policyOf(withOwnHashesOnly(html))).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self' ${source(styles)};`,
    );
  });

  it('keeps no hash for a script from a file, which the policy allows by its origin', () => {
    const html = page(allScripts, [], `<script type="module" src="/_astro/search.js"></script>`);
    expect(policyOf(withOwnHashesOnly(html))).toContain("script-src 'self';");
  });

  it('leaves the rest of the page as it was', () => {
    const html = page(allScripts, allStyles, `<script>${theme}</script><p>${'PhonePe-র'.repeat(3)}</p>`);
    const pruned = withOwnHashesOnly(html);
    expect(pruned.replace(policyOf(pruned), '')).toBe(html.replace(policyOf(html), ''));
  });

  it('finds the page’s styles and scripts past a headline that names a tag in an attribute', () => {
    // Astro leaves `<` as it is in attribute values: a headline on HTML may carry an unclosed "<style>".
    const head = '<meta property="og:title" content="How <style> and <script> work">';
    const html = page(allScripts, allStyles, `${head}<style>${styles}</style><script>${theme}</script>`);
    expect(policyOf(withOwnHashesOnly(html))).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self' ${source(theme)}; style-src 'self' ${source(styles)};`,
    );
  });

  it('leaves a page without a policy tag as it is', () => {
    const html = `<!DOCTYPE html><html><head><title>x</title></head><body><script>${theme}</script></body></html>`;
    expect(withOwnHashesOnly(html)).toBe(html);
  });
});
