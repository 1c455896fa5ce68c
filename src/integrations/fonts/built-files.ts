import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { builtPagesRead } from '../shared/built-page-readers.ts';
import { patchFile } from '../shared/patch-file.ts';
import { inlineStylesheets, styleRewrite, type StyleRewrites } from '../shared/inline-styles.ts';
import { writeAtomically } from '../shared/write-atomically.ts';
import { PageScans, type PageScan } from './page-scans.ts';

/** A build's pages and stylesheets, read when needed and written back once changed: never all in memory at once. */
export class BuiltFiles {
  readonly dir: string;
  /** Every page and stylesheet file, with the asset file names it mentions: only those are read again on a rename. */
  private readonly files = new Map<string, Set<string>>();
  /** Every stylesheet as loaded, with the site path it applies from: `.css` files, and each distinct `<style>`. */
  readonly stylesheets = new Map<string, string>();
  /** What was read of each file (its digest, names and stylesheets), or made of it as this step wrote it. */
  private readonly scans: PageScans;

  private constructor(dir: string, scans: PageScans) {
    this.dir = dir;
    this.scans = scans;
  }

  /**
   * Every `.html` and `.css` file under `dir`, except in the folders `ignore` names (`pagefind/`). `scans` has what the
   * last build read of each (`page-scans.ts`): a file it left as it was is not read again.
   */
  static async load(dir: string, ignore: readonly string[] = [], scans = PageScans.none(dir)): Promise<BuiltFiles> {
    const paths = (await readdir(dir, { recursive: true }))
      .map((name) => `/${name.replaceAll('\\', '/')}`)
      .filter((path) => /\.(html|css)$/.test(path) && !ignore.some((folder) => path.startsWith(`/${folder}`)))
      .sort();
    const site = new BuiltFiles(dir, scans);
    // Read synchronously: thousands of small files cost less without a trip through the thread pool each.
    for (const path of paths) site.add(join(dir, path), scans.scan(join(dir, path)), path);
    return site;
  }

  /** Notes `file`'s scan: what it mentions, and its stylesheets (first seen `from` that site path). */
  private add(file: string, scan: PageScan, from: string): void {
    this.files.set(file, new Set(scan.names));
    for (const css of scan.sheets) if (!this.stylesheets.has(css)) this.stylesheets.set(css, from);
  }

  /** Every page's file and the SHA-256 of its text, in path order. */
  *pageDigests(): Generator<[file: string, digest: string]> {
    for (const file of this.files.keys()) if (file.endsWith('.html')) yield [file, this.scans.scanned(file)!.digest];
  }

  /** Keeps what was read of each file, as this step leaves it, for the next build (`page-scans.ts`). */
  saveScans(file: string): Promise<void> {
    return this.scans.save(file);
  }

  /** The file a URL in the stylesheet or page at `from` points to, as a path under `dir`. */
  resolve(url: string, from: string): string {
    return join(this.dir, decodeURIComponent(new URL(url, `https://site.invalid${from}`).pathname));
  }

  /**
   * The file `path` names: itself, or, when the build has no such file, the one file in its folder with the same name
   * before the hash and the same extension (`noto-sans-bengali-bengali-400-normal.<hash>.woff2`): a page kept from
   * the last build (`src/integrations/incremental/kept-pages.ts`) names an asset as that build's last step renamed
   * it, and the build has made the asset anew under its first name.
   */
  current(path: string): string {
    if (existsSync(path)) return path;
    const name = basename(path);
    const candidates = existsSync(dirname(path))
      ? readdirSync(dirname(path)).filter((other) => sameAsset(other, name))
      : [];
    if (candidates.length !== 1) {
      const found = candidates.length === 0 ? 'none' : candidates.join(', ');
      throw new Error(`A page names ${path}, which is not in the build; files of that name found: ${found}.`);
    }
    return join(dirname(path), candidates[0]!);
  }

  /**
   * Replaces each built asset (`file` → content) under a name with its new content's hash, so that no cache serves
   * the old file for it, and points pages and stylesheets at the new names, each rewritten once; also those that name
   * it as the last build renamed it (`current`). Stylesheets that change are renamed in turn. `rewritten` hears of
   * each page rewritten: the SHA-256 of its text before and after. Returns each file's new name.
   */
  async replaceAssets(
    replacements: ReadonlyMap<string, Uint8Array>,
    rewritten: (before: string, after: string) => void = () => {},
  ): Promise<Map<string, string>> {
    const results = new Map<string, string>();
    const renames = new Map<string, string>();
    const mentioned = new Set([...this.files.values()].flatMap((names) => [...names]));
    for (const [file, content] of replacements) {
      const renamed = join(dirname(file), hashedName(basename(file), content));
      const lastNames = [...mentioned].filter(
        (name) => sameAsset(name, basename(file)) && !existsSync(join(dirname(file), name)),
      );
      await writeAtomically(renamed, content);
      if (renamed !== file) await rm(file);
      // A page or stylesheet renamed keeps what it mentions.
      const mentions = this.files.get(file);
      if (mentions && renamed !== file) {
        this.files.delete(file);
        this.files.set(renamed, mentions);
        this.scans.removed(file);
        this.scans.written(renamed, Buffer.from(content).toString('utf8'));
      }
      results.set(file, renamed);
      for (const name of [basename(file), ...lastNames])
        if (name !== basename(renamed)) renames.set(name, basename(renamed));
    }
    const stylesheets = new Map<string, Uint8Array>();
    // Pages share a few stylesheets: each is rewritten and hashed once.
    const styles: StyleRewrites = new Map();
    // Pages are rewritten in place, synchronously, only their bytes that change (`patchFile`): a new file for each
    // costs the file system three times the time (0.4 ms a page here), and the thread pool a trip per call. Nothing
    // may be reading them meanwhile.
    await builtPagesRead();
    for (const [file, mentioned] of this.files) {
      const found = [...renames].filter(([from]) => mentioned.has(from));
      if (found.length === 0) continue;
      const bytes = readFileSync(file);
      const { digest, sheets } = this.scans.scanned(file)!;
      for (const [from, to] of found) {
        mentioned.delete(from);
        mentioned.add(to);
      }
      if (file.endsWith('.css')) stylesheets.set(file, Buffer.from(replaceAll(bytes.toString('utf8'), found)));
      else {
        // A page is rewritten a byte a character: what changes in it (asset names, the policy's base64 hashes) is
        // ASCII, and its Bengali text is neither decoded nor encoded again (half the time, for 1,100 pages). Its
        // stylesheets' hashes are still taken of their text as UTF-8 (`sheets`, from the scan).
        const after = Buffer.from(replaceInPage(bytes.toString('latin1'), found, sheets, styles), 'latin1');
        patchFile(file, bytes, after);
        // What the page names and its stylesheets follow from the renames: only its digest is new.
        const scan = { names: [...mentioned], sheets: sheets.map((css) => styles.get(css)?.updated ?? css) };
        rewritten(digest, this.scans.written(file, after, scan).digest);
      }
    }
    if (stylesheets.size > 0) await this.replaceAssets(stylesheets, rewritten);
    return results;
  }
}

/** Whether two asset names are one asset's under different hashes: the same name before the first dot, the same extension. */
function sameAsset(one: string, other: string): boolean {
  return one.split('.')[0] === other.split('.')[0] && extname(one) === extname(other);
}

/** `name.<hash>.ext`, the hash from `content`, in the form Vite gives built assets. */
export function hashedName(name: string, content: Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  const [, stem = name, extension = ''] = /^([^.]+)(?:\..*)?(\.[^.]+)$/.exec(name) ?? [];
  return `${stem}.${hash}${extension}`;
}

/** Each `from` replaced by its `to` in `text`. */
function replaceAll(text: string, renames: readonly (readonly [from: string, to: string])[]): string {
  return renames.reduce((result, [from, to]) => result.replaceAll(from, to), text);
}

/**
 * Each `from` replaced by its `to` throughout a page; an inline `<style>` that changes gets its new hash in the page's
 * CSP. `sheets` are the page's inline stylesheets; `styles` keeps each one's rewrite and hashes for the next page with
 * it (the same `renames` for every page). One pass over the page for the names, one per hash.
 */
export function replaceInPage(
  html: string,
  renames: readonly (readonly [from: string, to: string])[],
  sheets: readonly string[] = inlineStylesheets(html),
  styles: StyleRewrites = new Map(),
): string {
  let text = replaceAll(html, renames);
  for (const css of sheets) {
    for (const [before, after] of styleRewrite(css, (sheet) => replaceAll(sheet, renames), styles).hashes)
      text = text.replaceAll(before, after);
  }
  return text;
}
