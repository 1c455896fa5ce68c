import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { builtPagesRead } from '../shared/built-page-readers';
import { detached } from '../shared/detached-string';
import { writeAtomically } from '../shared/write-atomically';

/**
 * The pages and stylesheets of a build, read from disk as they are needed and written back as soon as they change: a
 * site of thousands of pages is never held in memory at once.
 */
export class BuiltFiles {
  private constructor(
    readonly dir: string,
    /** Site paths (`/bn/index.html`, `/_astro/x.css`) of every page and stylesheet file. */
    private readonly paths: string[],
    /** Every stylesheet with the site path it applies from: `.css` files, and each distinct `<style>` of the pages. */
    readonly stylesheets: [path: string, css: string][],
    /** The asset file names each page and stylesheet mentions: only those are read again when an asset is renamed. */
    private readonly mentions: Map<string, Set<string>>,
    /** A SHA-256 of every page and stylesheet as they were read: each one's path and text, in path order. */
    readonly digest: string,
  ) {}

  /** Every `.html` and `.css` file under `dir`, except in the folders `ignore` names (`pagefind/`). */
  static async load(dir: string, ignore: readonly string[] = []): Promise<BuiltFiles> {
    const paths = (await readdir(dir, { recursive: true }))
      .map((name) => name.split('\\').join('/'))
      .filter((name) => /\.(html|css)$/.test(name) && !ignore.some((folder) => name.startsWith(folder)))
      .sort()
      .map((name) => `/${name}`);
    const stylesheets = new Map<string, string>();
    const mentions = new Map<string, Set<string>>();
    const digest = createHash('sha256');
    // Read synchronously: thousands of small files, one after another, cost less without a trip through the
    // thread pool each.
    for (const path of paths) {
      const text = readFileSync(join(dir, path), 'utf8');
      digest.update(`${path}\0${text.length}\0`).update(text);
      // Only copies are kept, so that no page stays in memory through a name or a stylesheet cut from it.
      mentions.set(path, new Set(text.match(assetName)?.map(detached)));
      const sheets = path.endsWith('.css') ? [text] : [...text.matchAll(styleElement)].map((match) => match[2]!);
      for (const css of sheets) if (!stylesheets.has(css)) stylesheets.set(detached(css), path);
    }
    return new BuiltFiles(
      dir,
      paths,
      [...stylesheets].map(([css, path]) => [path, css]),
      mentions,
      digest.digest('hex'),
    );
  }

  /** Every page with its HTML, read one at a time. */
  async *pages(): AsyncGenerator<[path: string, html: string]> {
    for (const path of this.paths.filter((candidate) => candidate.endsWith('.html'))) {
      yield [path, readFileSync(join(this.dir, path), 'utf8')];
    }
  }

  /** The file a URL in the stylesheet or page at `from` points to, as a path under `dir`. */
  resolve(url: string, from: string): string {
    return join(this.dir, decodeURIComponent(new URL(url, `https://site.invalid${from}`).pathname));
  }

  /**
   * Replaces each built asset (`file` → content) under a name with its new content's hash, so that caches holding the
   * old file do not serve it for the new one, and points every page and stylesheet at the new names, each rewritten
   * once for all of them. Stylesheets that change are renamed the same way in turn. Returns each file's new name.
   */
  async replaceAssets(replacements: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
    const results = new Map<string, string>();
    const renames = new Map<string, string>();
    for (const [file, content] of replacements) {
      const renamed = join(dirname(file), hashedName(basename(file), content));
      await writeAtomically(renamed, content);
      if (renamed !== file) await rm(file);
      this.move(file, renamed);
      results.set(file, renamed);
      renames.set(basename(file), basename(renamed));
    }
    const stylesheets = new Map<string, Uint8Array>();
    // Pages are rewritten in place, synchronously: a new file for each costs the file system three times the time
    // (0.4 ms a page here), and the thread pool a trip per call. Nothing may be reading them meanwhile.
    await builtPagesRead();
    for (const path of this.paths) {
      const mentioned = this.mentions.get(path)!;
      const found = [...renames].filter(([from]) => mentioned.has(from));
      if (found.length === 0) continue;
      let text = readFileSync(join(this.dir, path), 'utf8');
      for (const [from, to] of found) {
        text = path.endsWith('.html') ? replaceInPage(text, from, to) : text.replaceAll(from, to);
        mentioned.delete(from);
        mentioned.add(to);
      }
      if (path.endsWith('.css')) stylesheets.set(join(this.dir, path), Buffer.from(text));
      else writeFileSync(join(this.dir, path), text);
    }
    if (stylesheets.size > 0) {
      for (const [file, renamed] of await this.replaceAssets(stylesheets)) {
        const [oldPath, newPath] = [file, renamed].map((name) => `/${relative(this.dir, name)}`);
        for (const sheet of this.stylesheets) {
          if (sheet[0] === oldPath) sheet.splice(0, 2, newPath!, stylesheets.get(file)!.toString());
        }
      }
    }
    return results;
  }

  /** Follows a file that was renamed. */
  private move(file: string, renamed: string): void {
    const [oldPath, newPath] = [file, renamed].map((name) => `/${relative(this.dir, name)}`) as [string, string];
    const index = this.paths.indexOf(oldPath);
    if (index < 0 || newPath === oldPath) return;
    this.paths[index] = newPath;
    this.mentions.set(newPath, this.mentions.get(oldPath) ?? new Set());
    this.mentions.delete(oldPath);
  }
}

const styleElement = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/**
 * A file name a page or stylesheet can point to: `noto-sans-bengali-bengali-400-normal.dN2VMkWJ.woff2`. A name
 * starts where no letter, digit or hyphen comes before it, so no match is tried from inside a word.
 */
const assetName = /(?<![\w-])[\w-]+(?:\.[\w-]+)*\.(?:woff2?|ttf|otf|css|js|mjs|png|svg|jpe?g|webp|avif|gif)\b/g;

/** `name.<hash>.ext`, the hash from `content`, in the form Vite gives built assets. */
export function hashedName(name: string, content: Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  const [, stem = name, extension = ''] = /^([^.]+)(?:\..*)?(\.[^.]+)$/.exec(name) ?? [];
  return `${stem}.${hash}${extension}`;
}

/** `from` replaced by `to` throughout a page; an inline `<style>` that changes gets its new hash in the page's CSP. */
export function replaceInPage(html: string, from: string, to: string): string {
  const hashes = new Map<string, string>();
  const replaced = html.replace(styleElement, (element, open: string, css: string, close: string) => {
    if (!css.includes(from)) return element;
    const updated = css.replaceAll(from, to);
    for (const algorithm of ['sha256', 'sha384', 'sha512']) {
      hashes.set(`'${algorithm}-${digest(algorithm, css)}'`, `'${algorithm}-${digest(algorithm, updated)}'`);
    }
    return open + updated + close;
  });
  let result = replaced.replaceAll(from, to);
  for (const [before, after] of hashes) result = result.replaceAll(before, after);
  return result;
}

function digest(algorithm: string, text: string): string {
  return createHash(algorithm).update(text).digest('base64');
}
