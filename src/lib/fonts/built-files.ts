import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

/**
 * The pages and stylesheets of a build, read from disk as they are needed
 * and written back as soon as they change: a site of thousands of pages is
 * never held in memory at once.
 */
export class BuiltFiles {
  readonly dir: string;
  /** Site paths (`/bn/index.html`, `/_astro/x.css`) of every page and stylesheet file. */
  private readonly paths: string[];
  /** Every stylesheet with the site path it applies from: `.css` files, and each distinct `<style>` of the pages. */
  readonly stylesheets: [path: string, css: string][];

  private constructor(dir: string, paths: string[], stylesheets: [string, string][]) {
    this.dir = dir;
    this.paths = paths;
    this.stylesheets = stylesheets;
  }

  /** Every `.html` and `.css` file under `dir`. */
  static async load(dir: string): Promise<BuiltFiles> {
    const paths = (await readdir(dir, { recursive: true }))
      .filter((name) => /\.(html|css)$/.test(name))
      .sort()
      .map((name) => `/${name.split('\\').join('/')}`);
    const stylesheets = new Map<string, string>();
    for (const path of paths) {
      const text = await readFile(join(dir, path), 'utf8');
      const sheets = path.endsWith('.css') ? [text] : [...text.matchAll(styleElement)].map((match) => match[2]!);
      for (const css of sheets) if (!stylesheets.has(css)) stylesheets.set(css, path);
    }
    return new BuiltFiles(
      dir,
      paths,
      [...stylesheets].map(([css, path]) => [path, css]),
    );
  }

  /** Every page with its HTML, read one at a time. */
  async *pages(): AsyncGenerator<[path: string, html: string]> {
    for (const path of this.paths.filter((candidate) => candidate.endsWith('.html'))) {
      yield [path, await readFile(join(this.dir, path), 'utf8')];
    }
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
    const index = this.paths.indexOf(`/${relative(this.dir, file)}`);
    if (index >= 0) this.paths[index] = `/${relative(this.dir, renamed)}`;
    const [from, to] = [basename(file), basename(renamed)];
    const stylesheets: [path: string, css: string][] = [];
    for (const path of this.paths) {
      const text = await readFile(join(this.dir, path), 'utf8');
      if (!text.includes(from)) continue;
      const updated = path.endsWith('.html') ? replaceInPage(text, from, to) : text.replaceAll(from, to);
      if (path.endsWith('.css')) stylesheets.push([path, updated]);
      else await writeFile(join(this.dir, path), updated);
    }
    for (const [path, css] of stylesheets) {
      const newPath = `/${relative(this.dir, await this.replaceAsset(join(this.dir, path), Buffer.from(css)))}`;
      for (const sheet of this.stylesheets) {
        if (sheet[0] === path) sheet.splice(0, 2, newPath, css);
      }
    }
    return renamed;
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
