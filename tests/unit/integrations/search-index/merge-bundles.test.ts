import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import type { BundleFiles } from '../../../../src/integrations/search-index/bundle-files';
import { mergeBundles } from '../../../../src/integrations/search-index/merge-bundles';

/** A built site with articles in Bengali and English, and a Bengali one shown on an English path's fallback. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
  const page = (path: string, lang: string, title: string, body: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      `<!doctype html><html lang="${lang}"><head><title>${title}</title></head>` +
        `<body><nav>menu</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`,
    );
  };
  page('bn/news/outage/index.html', 'bn', 'ফোনপে বিভ্রাট', 'ইউপিআই লেনদেন ব্যর্থ হয়েছে, পেটিএম চালু ছিল।');
  page('bn/explainers/upi/index.html', 'bn', 'ইউপিআই কী', 'ইউনিফায়েড পেমেন্টস ইন্টারফেস একটি লেনদেন ব্যবস্থা।');
  page('en/news/outage/index.html', 'en', 'PhonePe outage', 'UPI payments failed while Paytm kept working.');
  page('en/explainers/upi/index.html', 'en', 'What is UPI', 'The Unified Payments Interface moves money at once.');
  page('en/statements/paytm/index.html', 'en', 'Paytm statement', 'Paytm said its payments were working.');
  return dir;
}

/** Pagefind's bundle of the pages of `site` matching `glob`. */
async function bundleOf(site: string, glob: string): Promise<BundleFiles> {
  const { index } = await pagefind.createIndex({});
  const added = await index!.addDirectory({ path: site, glob });
  expect(added.errors).toEqual([]);
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return files.map(({ path, content }) => [path, content] as const);
}

const asText = (bundle: BundleFiles) =>
  Object.fromEntries(bundle.map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));

afterAll(() => pagefind.close());

describe('mergeBundles', () => {
  it('puts the languages indexed apart together into the bundle Pagefind makes of them all at once', async () => {
    const site = builtSite();
    const whole = await bundleOf(site, '*/*/*/index.html');
    const parts = new Map([
      ['bn', await bundleOf(site, 'bn/*/*/index.html')],
      ['en', await bundleOf(site, 'en/*/*/index.html')],
    ]);
    const merged = mergeBundles(parts);
    expect(asText(merged)).toEqual(asText(whole));
    const entry = JSON.parse(Buffer.from(merged.find(([path]) => path === 'pagefind-entry.json')![1]).toString());
    expect(Object.keys(entry.languages)).toEqual(['bn', 'en']);
    expect(entry.languages.bn.page_count).toBe(2);
    expect(entry.languages.en.page_count).toBe(3);
  }, 60_000);

  it('refuses parts that share a language: the index would list half of its pages', async () => {
    const site = builtSite();
    const parts = new Map([
      ['news', await bundleOf(site, 'en/news/*/index.html')],
      ['explainers', await bundleOf(site, 'en/explainers/*/index.html')],
    ]);
    expect(() => mergeBundles(parts)).toThrow(/pages in language "en" are in parts news and explainers/);
  }, 60_000);

  it('refuses two files of one name with different bytes', () => {
    const one: BundleFiles = [['pagefind.js', Buffer.from('one')]];
    const other: BundleFiles = [['pagefind.js', Buffer.from('other')]];
    expect(() =>
      mergeBundles(
        new Map([
          ['bn', one],
          ['en', other],
        ]),
      ),
    ).toThrow(/bn and en both have pagefind\.js/);
  });
});
