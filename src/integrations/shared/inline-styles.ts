import { createHash } from 'node:crypto';

/** A `<style>` element of a built page: its opening tag, its CSS and its closing tag. */
const styleElement = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/** The CSS of each `<style>` element of a page, in order. */
export function inlineStylesheets(html: string): string[] {
  return [...html.matchAll(styleElement)].map((match) => match[2]!);
}

/** A page whose inline stylesheets were rewritten, and the same change to a security policy that hashes them. */
export interface RewrittenStyles {
  html: string;
  /** `policy` with each changed stylesheet's hash (sha256, sha384 or sha512) replaced by its new one. */
  rehash(policy: string): string;
}

/** What a stylesheet became, and the hashes of before and after, by algorithm: shared by pages with the same one. */
export type StyleRewrites = Map<string, { updated: string; hashes: [before: string, after: string][] }>;

/**
 * Each `<style>` of a page passed through `rewrite`. A browser applies an inline stylesheet only if the page's policy
 * lists its hash, so a stylesheet that changes needs its new hash wherever its old one was: `rehash` does that, for
 * the page's `<meta>` tag or a header. `done` keeps each stylesheet's rewrite and hashes for the next page with it,
 * for a `rewrite` that gives the same result for the same stylesheet.
 */
export function rewriteInlineStyles(
  html: string,
  rewrite: (css: string) => string,
  done: StyleRewrites = new Map(),
): RewrittenStyles {
  const hashes = new Map<string, string>();
  const rewritten = html.replace(styleElement, (element, open: string, css: string, close: string) => {
    let result = done.get(css);
    if (!result) {
      const updated = rewrite(css);
      done.set(css, (result = { updated, hashes: hashesOf(css, updated) }));
    }
    if (result.updated === css) return element;
    for (const [before, after] of result.hashes) hashes.set(before, after);
    return open + result.updated + close;
  });
  const rehash = (policy: string) =>
    [...hashes].reduce((result, [before, after]) => result.replaceAll(before, after), policy);
  return { html: rewritten, rehash };
}

/** A policy's hash of `css` and of `updated`, for each algorithm a policy may use; none when they are the same. */
function hashesOf(css: string, updated: string): [string, string][] {
  if (updated === css) return [];
  return ['sha256', 'sha384', 'sha512'].map((algorithm) => {
    const hash = (text: string) => `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
    return [hash(css), hash(updated)];
  });
}
