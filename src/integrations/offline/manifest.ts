import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontFaces } from '../fonts/stylesheets.ts';
import { inlineStylesheets } from '../shared/inline-styles.ts';

/** A file the service worker keeps ahead of the reader: its URL path and a digest of its bytes. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/** What the worker keeps for a reader of one language. */
export interface LanguageFiles {
  /** The offline page, kept even when the reader saves data. */
  offline: PrecacheEntry;
  /** The stylesheets the offline page links. */
  shell: PrecacheEntry[];
  /**
   * The WOFF2 files of the language's typeface, kept only for a reader whose phone lacks it (the page tells the worker:
   * `OfflineRequest.fonts`).
   */
  fonts: PrecacheEntry[];
  /** The newest pieces, newest first. */
  articles: PrecacheEntry[];
}

/** The service worker's manifest: its build's version and the files it keeps per language. */
export interface OfflineManifest {
  /** A digest of everything below: a new build with any listed file changed gets a new worker and new caches. */
  version: string;
  prefix: string;
  /** The folder of files named by their content (Astro's `build.assets`), e.g. `/_astro/`. */
  assets: string;
  defaultLang: string;
  langs: Record<string, LanguageFiles>;
}

/** What the manifest is made of: where each language's files are, in a built site. */
export interface ManifestInput {
  /** The build output folder. */
  outDir: string;
  assets: string;
  prefix: string;
  defaultLang: string;
  /** Per language, in the site's order: its offline page, its JSON Feed and the family of its typeface, if any. */
  langs: { code: string; offlinePath: string; feedPath: string; fontFamily: string | undefined }[];
  /** How many of the newest pieces to keep. */
  articles: number;
}

const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The file a URL path is served from: `/bn/news/x/` from `bn/news/x/index.html`. */
function fileOf(outDir: string, path: string): string {
  return join(outDir, ...decodeURI(path).split('/'), ...(path.endsWith('/') ? ['index.html'] : []));
}

function entry(outDir: string, url: string): PrecacheEntry {
  const file = fileOf(outDir, url);
  if (!existsSync(file)) throw new Error(`offline: ${url} is listed for precaching but the build has no ${file}`);
  return { url, revision: digest(readFileSync(file)) };
}

// Astro writes these attributes in this order; the pages are the build's own output, not arbitrary HTML.
const stylesheetLink = /<link rel="stylesheet" href="([^"]+)"/g;

/** The site-relative URLs of the stylesheets a page links. */
function stylesheetsOf(html: string): string[] {
  return [
    ...new Set([...html.matchAll(stylesheetLink)].map((match) => match[1]!).filter((url) => url.startsWith('/'))),
  ];
}

/**
 * The site-relative URLs of the `family` fonts a page (`html`) declares, in the `stylesheets` it links or inline
 * (`build.inlineStylesheets`).
 */
function fontsOf(outDir: string, html: string, stylesheets: string[], family: string | undefined): string[] {
  const css = [...stylesheets.map((url) => readFileSync(fileOf(outDir, url), 'utf8')), ...inlineStylesheets(html)];
  const fonts = css.flatMap((sheet) =>
    fontFaces(sheet)
      .filter((face) => face.family === family)
      .flatMap((face) => face.urls.filter((font) => font.startsWith('/') && font.endsWith('.woff2'))),
  );
  return [...new Set(fonts)];
}

/** The newest `count` pieces of a language's JSON Feed (newest first), as site-relative URLs. */
function newestArticles(outDir: string, feedPath: string, count: number): string[] {
  const feed = JSON.parse(readFileSync(fileOf(outDir, feedPath), 'utf8')) as { items: { url: string }[] };
  return feed.items.slice(0, count).map((item) => new URL(item.url).pathname);
}

/** The manifest of a built site: read from its files only, so the same files give the same bytes. */
export function offlineManifest(input: ManifestInput): OfflineManifest {
  const { outDir } = input;
  const langs = Object.fromEntries(
    input.langs.map((lang) => {
      const html = readFileSync(fileOf(outDir, lang.offlinePath), 'utf8');
      const stylesheets = stylesheetsOf(html);
      const files: LanguageFiles = {
        offline: entry(outDir, lang.offlinePath),
        shell: stylesheets.map((url) => entry(outDir, url)),
        fonts: fontsOf(outDir, html, stylesheets, lang.fontFamily).map((url) => entry(outDir, url)),
        articles: newestArticles(outDir, lang.feedPath, input.articles).map((url) => entry(outDir, url)),
      };
      return [lang.code, files];
    }),
  );
  const listed = { prefix: input.prefix, assets: input.assets, defaultLang: input.defaultLang, langs };
  return { version: digest(JSON.stringify(listed)), ...listed };
}

/** The text of `dist/sw.js`: the manifest, then the worker. */
export function serviceWorkerScript(manifest: OfflineManifest, worker: string): string {
  return `const manifest = ${JSON.stringify(manifest)};\n${worker}`;
}
