import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { builtPagesRead } from '../shared/built-page-readers.ts';
import { detached } from '../shared/detached-string.ts';
import { inlineStylesheets, rewriteInlineStyles } from '../shared/inline-styles.ts';
import { writeAtomically } from '../shared/write-atomically.ts';

/** A build's pages and stylesheets, read when needed and written back once changed: never all in memory at once. */
export class BuiltFiles {
  readonly dir: string;
  /** Every page and stylesheet file, with the asset file names it mentions: only those are read again on a rename. */
  private readonly files: Map<string, Set<string>>;
  /** Every stylesheet as loaded, with the site path it applies from: `.css` files, and each distinct `<style>`. */
  readonly stylesheets: Map<string, string>;

  private constructor(dir: string, files: Map<string, Set<string>>, stylesheets: Map<string, string>) {
    this.dir = dir;
    this.files = files;
    this.stylesheets = stylesheets;
  }

  /** Every `.html` and `.css` file under `dir`, except in the folders `ignore` names (`pagefind/`). */
  static async load(dir: string, ignore: readonly string[] = []): Promise<BuiltFiles> {
    const paths = (await readdir(dir, { recursive: true }))
      .map((name) => `/${name.replaceAll('\\', '/')}`)
      .filter((path) => /\.(html|css)$/.test(path) && !ignore.some((folder) => path.startsWith(`/${folder}`)))
      .sort();
    const files = new Map<string, Set<string>>();
    const stylesheets = new Map<string, string>();
    // Read synchronously: thousands of small files cost less without a trip through the thread pool each.
    for (const path of paths) {
      const text = readFileSync(join(dir, path), 'utf8');
      // Only copies are kept, so that no page stays in memory through a name or a stylesheet cut from it.
      files.set(join(dir, path), new Set(text.match(assetName)?.map(detached)));
      const sheets = path.endsWith('.css') ? [text] : inlineStylesheets(text);
      for (const css of sheets) if (!stylesheets.has(css)) stylesheets.set(detached(css), path);
    }
    return new BuiltFiles(dir, files, stylesheets);
  }

  /** The HTML of every page, read one at a time. */
  *pages(): Generator<string> {
    for (const file of this.files.keys()) if (file.endsWith('.html')) yield readFileSync(file, 'utf8');
  }

  /** The file a URL in the stylesheet or page at `from` points to, as a path under `dir`. */
  resolve(url: string, from: string): string {
    return join(this.dir, decodeURIComponent(new URL(url, `https://site.invalid${from}`).pathname));
  }

  /**
   * Replaces each built asset (`file` → content) under a name with its new content's hash, so that no cache serves
   * the old file for it, and points pages and stylesheets at the new names, each rewritten once. Stylesheets that
   * change are renamed in turn. Returns each file's new name.
   */
  async replaceAssets(replacements: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
    const results = new Map<string, string>();
    const renames = new Map<string, string>();
    for (const [file, content] of replacements) {
      const renamed = join(dirname(file), hashedName(basename(file), content));
      await writeAtomically(renamed, content);
      if (renamed !== file) await rm(file);
      // A page or stylesheet renamed keeps what it mentions.
      const mentioned = this.files.get(file);
      if (mentioned && renamed !== file) {
        this.files.delete(file);
        this.files.set(renamed, mentioned);
      }
      results.set(file, renamed);
      renames.set(basename(file), basename(renamed));
    }
    const stylesheets = new Map<string, Uint8Array>();
    // Pages are rewritten in place, synchronously: a new file for each costs the file system three times the time
    // (0.4 ms a page here), and the thread pool a trip per call. Nothing may be reading them meanwhile.
    await builtPagesRead();
    for (const [file, mentioned] of this.files) {
      const found = [...renames].filter(([from]) => mentioned.has(from));
      if (found.length === 0) continue;
      let text = readFileSync(file, 'utf8');
      for (const [from, to] of found) {
        text = file.endsWith('.html') ? replaceInPage(text, from, to) : text.replaceAll(from, to);
        mentioned.delete(from);
        mentioned.add(to);
      }
      if (file.endsWith('.css')) stylesheets.set(file, Buffer.from(text));
      else writeFileSync(file, text);
    }
    if (stylesheets.size > 0) await this.replaceAssets(stylesheets);
    return results;
  }
}

/** An asset name (`noto-sans-bengali-bengali-400-normal.dN2VMkWJ.woff2`), never matched from inside a word. */
const assetName = /(?<![\w-])[\w-]+(?:\.[\w-]+)*\.(?:woff2?|ttf|otf|css|js|mjs|png|svg|jpe?g|webp|avif|gif)\b/g;

/** `name.<hash>.ext`, the hash from `content`, in the form Vite gives built assets. */
export function hashedName(name: string, content: Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  const [, stem = name, extension = ''] = /^([^.]+)(?:\..*)?(\.[^.]+)$/.exec(name) ?? [];
  return `${stem}.${hash}${extension}`;
}

/** `from` replaced by `to` throughout a page; an inline `<style>` that changes gets its new hash in the page's CSP. */
export function replaceInPage(html: string, from: string, to: string): string {
  const styled = rewriteInlineStyles(html, (css) => css.replaceAll(from, to));
  return styled.rehash(styled.html.replaceAll(from, to));
}
