import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  offlineManifest,
  serviceWorkerScript,
  type ManifestInput,
} from '../../../../src/integrations/offline/manifest';
import { isPiecePath } from '../../../../src/site/offline-reading';

let outDir: string;

const write = (path: string, content: string) => {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};

const page = '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><h1>Offline</h1></body></html>';
const css =
  '@font-face{font-family:Noto Sans Bengali;src:local(Noto Sans Bengali),url(/_astro/bn-400.woff2)format("woff2")}' +
  '@font-face{font-family:Other;src:url(/_astro/other.woff2)format("woff2")}';
const feed = (lang: string, slugs: string[]) =>
  JSON.stringify({ items: slugs.map((slug) => ({ url: `https://example.org/${lang}/news/${slug}/` })) });

const input = (articles = 2): ManifestInput => ({
  outDir,
  assets: '/_astro/',
  prefix: 'offline-',
  defaultLang: 'bn',
  articles,
  langs: [
    { code: 'bn', offlinePath: '/bn/offline/', feedPath: '/bn/feed.json', fontFamily: 'Noto Sans Bengali' },
    { code: 'en', offlinePath: '/en/offline/', feedPath: '/en/feed.json', fontFamily: undefined },
  ],
});

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
  for (const lang of ['bn', 'en']) {
    write(`${lang}/offline/index.html`, page);
    write(`${lang}/feed.json`, feed(lang, ['c', 'b', 'a']));
    for (const slug of ['a', 'b', 'c']) write(`${lang}/news/${slug}/index.html`, `<h1>${lang} ${slug}</h1>`);
  }
  write('_astro/site.css', css);
  write('_astro/bn-400.woff2', 'font');
  write('_astro/other.woff2', 'other font');
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe('offlineManifest', () => {
  it("keeps each language's offline page, stylesheet, own typeface (apart) and newest pieces, newest first", () => {
    const { langs } = offlineManifest(input());
    expect(langs.bn!.offline.url).toBe('/bn/offline/');
    expect(langs.bn!.shell.map((entry) => entry.url)).toEqual(['/_astro/site.css']);
    expect(langs.bn!.fonts.map((entry) => entry.url)).toEqual(['/_astro/bn-400.woff2']);
    expect(langs.en!.shell.map((entry) => entry.url)).toEqual(['/_astro/site.css']);
    expect(langs.en!.fonts).toEqual([]);
    expect(langs.en!.articles.map((entry) => entry.url)).toEqual(['/en/news/c/', '/en/news/b/']);
  });

  it('keeps the typeface a page declares in its own <style>, when the stylesheet is inline', () => {
    for (const lang of ['bn', 'en'])
      write(
        `${lang}/offline/index.html`,
        `<html><head><style>${css}</style></head><body><h1>Offline</h1></body></html>`,
      );
    const { langs } = offlineManifest(input());
    expect(langs.bn!.shell).toEqual([]);
    expect(langs.bn!.fonts.map((entry) => entry.url)).toEqual(['/_astro/bn-400.woff2']);
    expect(langs.en!.fonts).toEqual([]);
  });

  it('gives the same bytes for the same files, and a new version and revision when one listed file changes', () => {
    const before = offlineManifest(input());
    expect(serviceWorkerScript(offlineManifest(input()), 'worker')).toBe(serviceWorkerScript(before, 'worker'));
    write('en/news/b/index.html', '<h1>en b, corrected</h1>');
    const after = offlineManifest(input());
    expect(after.version).not.toBe(before.version);
    expect(after.langs.en!.articles[1]!.revision).not.toBe(before.langs.en!.articles[1]!.revision);
    expect(after.langs.en!.articles[0]).toEqual(before.langs.en!.articles[0]);
  });

  it('follows the number of pieces to keep, and names a listed file the build lacks', () => {
    expect(offlineManifest(input(0)).langs.bn!.articles).toEqual([]);
    rmSync(join(outDir, 'bn/news/c/index.html'));
    expect(() => offlineManifest(input())).toThrow(/\/bn\/news\/c\/ is listed for precaching/);
  });
});

describe('serviceWorkerScript', () => {
  it('puts the manifest before the worker, as one statement the worker reads', () => {
    const manifest = offlineManifest(input());
    const script = serviceWorkerScript(manifest, 'self.worker = manifest;');
    expect(new Function('self', `${script}; return self.worker;`)({})).toEqual(manifest);
  });
});

describe('isPiecePath', () => {
  it("is a piece's page of the language, not a list page or another language's piece", () => {
    const sections = ['news', 'explainers', 'statements'];
    expect(isPiecePath('/bn/news/phonepe-outage/', 'bn', sections)).toBe(true);
    expect(isPiecePath('/bn/statements/paytm/', 'bn', sections)).toBe(true);
    expect(isPiecePath('/bn/statements/', 'bn', sections)).toBe(false);
    expect(isPiecePath('/bn/topics/upi/', 'bn', sections)).toBe(false);
    expect(isPiecePath('/en/news/phonepe-outage/', 'bn', sections)).toBe(false);
  });
});
