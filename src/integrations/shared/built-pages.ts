import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** A page of the built site: its file under the output folder and the URL path it is served at. */
export interface BuiltPage {
  /** e.g. `bn/news/phonepe-outage/index.html`, with `/` separators. */
  file: string;
  /** e.g. `/bn/news/phonepe-outage/`; `404.html` stays `/404.html`. */
  path: string;
}

/** The URL path a built page is served at: `/bn/news/x/` for `bn/news/x/index.html`, as Pagefind names it too. */
export function servedAt(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Every HTML page under a build output folder, in a stable order. */
export function builtPages(outDir: string): BuiltPage[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: servedAt(file) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
