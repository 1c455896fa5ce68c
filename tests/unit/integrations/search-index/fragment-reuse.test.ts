import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBundle, type BundleFiles } from '../../../../src/integrations/search-index/bundle-files';
import { indexedPages, type StoredBundle } from '../../../../src/integrations/search-index/cache';
import {
  bundleWritten,
  fragmentUrls,
  keepUnchangedFragments,
} from '../../../../src/integrations/search-index/fragment-reuse';
import { mergeBundles } from '../../../../src/integrations/search-index/merge-bundles';
import { servedAt } from '../../../../src/integrations/shared/built-pages';
import { filesUnder } from '../../../../src/integrations/shared/files-under';

const bengali = 'bn/*/*/index.html';

/** Writes an article page of the built site at `site`. */
function page(site: string, path: string, lang: string, title: string, body: string): void {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(
    join(site, path),
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head>` +
      `<body><nav>menu</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`,
  );
}

/** A built site with three Bengali articles and one English one. */
function builtSite(): string {
  const site = mkdtempSync(join(tmpdir(), 'search-reuse-'));
  page(site, 'bn/news/outage/index.html', 'bn', 'ফোনপে বিভ্রাট', 'ইউপিআই লেনদেন ব্যর্থ হয়েছে, পেটিএম চালু ছিল।');
  page(site, 'bn/explainers/upi/index.html', 'bn', 'ইউপিআই কী', 'ইউনিফায়েড পেমেন্টস ইন্টারফেস একটি লেনদেন ব্যবস্থা।');
  page(site, 'bn/statements/paytm/index.html', 'bn', 'পেটিএমের বিবৃতি', 'পেটিএম জানিয়েছে তাদের লেনদেন চালু ছিল।');
  page(site, 'en/news/outage/index.html', 'en', 'PhonePe outage', 'UPI payments failed while Paytm kept working.');
  return site;
}

/** A Pagefind index of the pages of `site` matching `glob`. */
async function indexOf(site: string, glob: string): Promise<pagefind.PagefindIndex> {
  const { index } = await pagefind.createIndex({});
  const added = await index!.addDirectory({ path: site, glob });
  expect(added.errors).toEqual([]);
  return index!;
}

/** Pagefind's whole bundle of the pages of `site` matching `glob`. */
async function bundleOf(site: string, glob: string): Promise<BundleFiles> {
  const index = await indexOf(site, glob);
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return files.map(({ path, content }) => [path, content] as const);
}

const asText = (bundle: BundleFiles) =>
  Object.fromEntries(bundle.map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));

/** The site's Bengali part as the last build stored it, and the folder holding that build's bundle of both languages. */
async function lastBuild(site: string): Promise<{ last: StoredBundle; output: string }> {
  const files = await bundleOf(site, bengali);
  const output = join(site, 'pagefind');
  writeBundle(
    output,
    mergeBundles(
      new Map([
        ['bn', files],
        ['en', await bundleOf(site, 'en/*/*/index.html')],
      ]),
    ),
  );
  const digests = Object.fromEntries(indexedPages(site, 'bn'));
  return { last: { pages: 3, files, indexer: 'indexer', digests, fragmentUrls: fragmentUrls(files) }, output };
}

afterAll(() => pagefind.close());

describe('servedAt', () => {
  it('is the URL Pagefind gives the page, as its fragment holds it', async () => {
    const site = builtSite();
    const urls = Object.values(fragmentUrls(await bundleOf(site, bengali))).sort();
    expect(urls).toEqual([...indexedPages(site, 'bn').keys()].map(servedAt).sort());
    expect(urls).toContain('/bn/news/outage/');
  }, 60_000);
});

describe('keepUnchangedFragments and bundleWritten', () => {
  it('give the bundle Pagefind gives whole after an edit, a page deleted and a page added, keeping only unchanged pages', async () => {
    const site = builtSite();
    const { last, output } = await lastBuild(site);
    const englishFiles = await bundleOf(site, 'en/*/*/index.html');
    page(site, 'bn/news/outage/index.html', 'bn', 'ফোনপে বিভ্রাট', 'ইউপিআই লেনদেন ব্যর্থ, পরে চালু হয়েছে।');
    rmSync(join(site, 'bn/statements'), { recursive: true });
    page(site, 'bn/news/later/index.html', 'bn', 'পরের খবর', 'ফোনপে জানিয়েছে সমস্যা মিটেছে।');

    // A file a build that stopped midway left, under a name Pagefind could give a new fragment.
    writeFileSync(join(output, 'fragment/bn_0000000.pf_fragment'), 'left over');
    const prepared = keepUnchangedFragments(output, last, indexedPages(site, 'bn'))!;
    expect(existsSync(join(output, 'fragment/bn_0000000.pf_fragment'))).toBe(false);
    expect([...prepared.kept.values()]).toEqual(['/bn/explainers/upi/']);
    const index = await indexOf(site, bengali);
    expect((await index.writeFiles({ outputPath: output })).errors).toEqual([]);
    await index.deleteIndex();
    const written = bundleWritten(output, prepared);

    const whole = await bundleOf(site, bengali);
    expect(asText(written.files)).toEqual(asText(whole));
    expect(written.fragmentUrls).toEqual(fragmentUrls(whole));
    // The English part's index is still there, and not taken for the Bengali part's; with the merge, the folder holds
    // the bundle Pagefind makes of both languages at once.
    for (const [path] of englishFiles)
      if (/^(fragment|index)\//.test(path)) expect(existsSync(join(output, path))).toBe(true);
    writeBundle(
      output,
      mergeBundles(
        new Map([
          ['bn', written.files],
          ['en', englishFiles],
        ]),
      ),
    );
    const folder = filesUnder(output).map((path) => [path, readFileSync(join(output, path))] as const);
    expect(asText(folder)).toEqual(asText(await bundleOf(site, '*/*/*/index.html')));
    // The fragments of the edited and the deleted page are gone.
    for (const [path, url] of Object.entries(last.fragmentUrls))
      expect(existsSync(join(output, path))).toBe(url === '/bn/explainers/upi/');
  }, 60_000);

  it('leave the part to be indexed whole when the output folder does not hold the last bundle', async () => {
    const site = builtSite();
    const { last, output } = await lastBuild(site);
    const digests = indexedPages(site, 'bn');
    expect(keepUnchangedFragments(join(site, 'elsewhere'), last, digests)).toBeUndefined();
    const fragment = Object.keys(last.fragmentUrls)[0]!;
    writeFileSync(join(output, fragment), 'not the fragment');
    expect(keepUnchangedFragments(output, last, digests)).toBeUndefined();
    rmSync(join(output, fragment));
    expect(keepUnchangedFragments(output, last, digests)).toBeUndefined();
  }, 60_000);
});
