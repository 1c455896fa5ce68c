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

/**
 * Each `<style>` of a page passed through `rewrite`. A browser applies an inline stylesheet only if the page's policy
 * lists its hash, so a stylesheet that changes needs its new hash wherever its old one was: `rehash` does that, for
 * the page's `<meta>` tag or a header.
 */
export function rewriteInlineStyles(html: string, rewrite: (css: string) => string): RewrittenStyles {
  const hashes = new Map<string, string>();
  const rewritten = html.replace(styleElement, (element, open: string, css: string, close: string) => {
    const updated = rewrite(css);
    if (updated === css) return element;
    for (const algorithm of ['sha256', 'sha384', 'sha512']) {
      const hash = (text: string) => `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
      hashes.set(hash(css), hash(updated));
    }
    return open + updated + close;
  });
  const rehash = (policy: string) =>
    [...hashes].reduce((result, [before, after]) => result.replaceAll(before, after), policy);
  return { html: rewritten, rehash };
}
