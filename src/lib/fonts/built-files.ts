import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

/**
 * The pages and stylesheets of a build, held as text while they are edited;
 * `save` writes back the ones that changed.
 */
export class BuiltFiles {
  readonly dir: string;
  /** Site paths (`/bn/index.html`, `/_astro/x.css`) and their text. */
  readonly texts: Map<string, string>;
  private readonly changed = new Set<string>();

  private constructor(dir: string, texts: Map<string, string>) {
    this.dir = dir;
    this.texts = texts;
  }

  /** Every `.html` and `.css` file under `dir`. */
  static async load(dir: string): Promise<BuiltFiles> {
    const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(html|css)$/.test(name)).sort();
    const entries = await Promise.all(
      names.map(async (name) => [`/${name.split('\\').join('/')}`, await readFile(join(dir, name), 'utf8')] as const),
    );
    return new BuiltFiles(dir, new Map(entries));
  }

  get pages(): [path: string, html: string][] {
    return [...this.texts].filter(([path]) => path.endsWith('.html'));
  }

  /** Every stylesheet with the site path it applies from: `.css` files, and `<style>` elements of pages. */
  get stylesheets(): [path: string, css: string][] {
    return [...this.texts].flatMap(([path, text]): [string, string][] =>
      path.endsWith('.css') ? [[path, text]] : [...text.matchAll(styleElement)].map((match) => [path, match[2]!]),
    );
  }

  /** The file a URL in the stylesheet or page at `from` points to, as a path under `dir`. */
  resolve(url: string, from: string): string {
    return join(this.dir, decodeURIComponent(new URL(url, `https://site.invalid${from}`).pathname));
  }

  /**
   * Replaces the built asset at `file` by `content`, under a name with the new
   * content's hash, so that caches holding the old file do not serve it for
   * the new one, and points every page and stylesheet at the new name.
   * Stylesheets that change are renamed the same way in turn.
   */
  async replaceAsset(file: string, content: Uint8Array): Promise<string> {
    const renamed = join(dirname(file), hashedName(basename(file), content));
    await writeFile(renamed, content);
    if (renamed !== file) await rm(file);
    const [from, to] = [basename(file), basename(renamed)];
    const stylesheets: string[] = [];
    for (const [path, text] of this.texts) {
      if (!text.includes(from)) continue;
      this.texts.set(path, path.endsWith('.html') ? replaceInPage(text, from, to) : text.replaceAll(from, to));
      this.changed.add(path);
      if (path.endsWith('.css')) stylesheets.push(path);
    }
    for (const path of stylesheets) {
      const text = this.texts.get(path)!;
      this.texts.delete(path);
      this.changed.delete(path);
      const newPath = `/${relative(this.dir, await this.replaceAsset(join(this.dir, path), Buffer.from(text)))}`;
      this.texts.set(newPath, text);
    }
    return renamed;
  }

  /** Writes the pages and stylesheets that changed. */
  async save(): Promise<void> {
    await Promise.all([...this.changed].map((path) => writeFile(join(this.dir, path), this.texts.get(path)!)));
    this.changed.clear();
  }
}

const styleElement = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/** `name.<hash>.ext`, the hash from `content`, in the form Vite gives built assets. */
export function hashedName(name: string, content: Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  const [, stem = name, extension = ''] = /^([^.]+)(?:\..*)?(\.[^.]+)$/.exec(name) ?? [];
  return `${stem}.${hash}${extension}`;
}

/**
 * `from` replaced by `to` throughout a page. Where that changes an inline
 * `<style>`, its hash in the page's Content-Security-Policy changes with it.
 */
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
