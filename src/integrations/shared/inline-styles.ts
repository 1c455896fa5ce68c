import { createHash } from 'node:crypto';

/** A `<style>` element of a built page: its opening tag, its CSS and its closing tag. */
const styleElement = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/** The CSS of each `<style>` element of a page, in order. */
export function inlineStylesheets(html: string): string[] {
  return [...html.matchAll(styleElement)].map((match) => match[2]!);
}

/** What a stylesheet became, and the hashes of before and after, by algorithm: shared by pages with the same one. */
export type StyleRewrites = Map<string, { updated: string; hashes: [before: string, after: string][] }>;

/**
 * What `rewrite` makes of the stylesheet `css`, with the hashes a policy lists it by before and after, kept in `done`.
 * A browser applies an inline stylesheet only if the page's policy lists its hash, so a stylesheet that changes needs
 * its new hash wherever its old one was.
 */
export function styleRewrite(css: string, rewrite: (css: string) => string, done: StyleRewrites = new Map()) {
  let result = done.get(css);
  if (!result) {
    const updated = rewrite(css);
    done.set(css, (result = { updated, hashes: hashesOf(css, updated) }));
  }
  return result;
}

/** A policy's hash of `css` and of `updated`, for each algorithm a policy may use; none when they are the same. */
function hashesOf(css: string, updated: string): [string, string][] {
  if (updated === css) return [];
  return ['sha256', 'sha384', 'sha512'].map((algorithm) => {
    const hash = (text: string) => `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
    return [hash(css), hash(updated)];
  });
}
