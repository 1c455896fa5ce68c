import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleFiles } from '../../../../src/integrations/search-index/bundle-files';
import {
  forgetOtherBundles,
  globFolder,
  lastSearchIndex,
  searchIndexKey,
  storedSearchIndex,
  storeSearchIndex,
  type StoredBundle,
} from '../../../../src/integrations/search-index/cache';

const indexer = JSON.stringify({ pagefind: '1.6.0', exclude: ['.glossary-term__tip'] });

/** A built site of two pages and a preview card. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-site-'));
  mkdirSync(join(dir, 'bn/news/outage'), { recursive: true });
  mkdirSync(join(dir, 'og'));
  writeFileSync(join(dir, 'bn/index.html'), '<html lang="bn"><body>প্রচ্ছদ</body></html>');
  writeFileSync(
    join(dir, 'bn/news/outage/index.html'),
    '<html lang="bn"><body data-pagefind-body>বিভ্রাট</body></html>',
  );
  writeFileSync(join(dir, 'og/outage.png'), 'card');
  return dir;
}

/** A search bundle as Pagefind gives it, of `pages` pages. */
const bundle = (pages = 2): StoredBundle => ({
  pages,
  files: [
    ['pagefind-entry.json', Buffer.from('{"version":"1.6.0"}')],
    ['fragment/bn_1.pf_fragment', Buffer.from('fragment')],
  ] satisfies BundleFiles,
  indexer,
  digests: { 'bn/news/outage/index.html': 'digest' },
  fragmentUrls: { 'fragment/bn_1.pf_fragment': '/bn/news/outage/' },
});

describe('searchIndexKey', () => {
  it('is the same for the same pages, and changes with any page it indexes or with the indexer', () => {
    const site = builtSite();
    const key = searchIndexKey(site, indexer);
    expect(searchIndexKey(builtSite(), indexer)).toBe(key);
    expect(searchIndexKey(site, indexer.replace('1.6.0', '1.7.0'))).not.toBe(key);
    writeFileSync(
      join(site, 'bn/news/outage/index.html'),
      '<html lang="bn"><body data-pagefind-body>বিভ্রাট শেষ</body></html>',
    );
    const edited = searchIndexKey(site, indexer);
    expect(edited).not.toBe(key);
    mkdirSync(join(site, 'bn/news/later'));
    writeFileSync(join(site, 'bn/news/later/index.html'), '<html lang="bn"><body data-pagefind-body>পরে</body></html>');
    expect(searchIndexKey(site, indexer)).not.toBe(edited);
  });

  it("reads only the pages under its part's folder", () => {
    const site = builtSite();
    const key = searchIndexKey(site, indexer, 'bn');
    mkdirSync(join(site, 'en'));
    writeFileSync(join(site, 'en/index.html'), '<html lang="en"><body>Home</body></html>');
    expect(searchIndexKey(site, indexer, 'bn')).toBe(key);
    writeFileSync(
      join(site, 'bn/news/outage/index.html'),
      '<html lang="bn"><body data-pagefind-body>বিভ্রাট শেষ</body></html>',
    );
    expect(searchIndexKey(site, indexer, 'bn')).not.toBe(key);
  });

  it('does not change with a page that has no data-pagefind-body while another has one', () => {
    const site = builtSite();
    const key = searchIndexKey(site, indexer);
    // A list page, and a fallback that shows another language's piece: Pagefind leaves both out.
    writeFileSync(join(site, 'bn/index.html'), '<html lang="bn"><body>প্রচ্ছদ, নতুন</body></html>');
    mkdirSync(join(site, 'bn/news/fallback'));
    writeFileSync(
      join(site, 'bn/news/fallback/index.html'),
      '<html lang="bn"><body><article lang="en">Outage</article></body></html>',
    );
    expect(searchIndexKey(site, indexer)).toBe(key);
    writeFileSync(
      join(site, 'bn/news/fallback/index.html'),
      '<html lang="bn"><body><article DATA-PAGEFIND-BODY>বিভ্রাট</article></body></html>',
    );
    expect(searchIndexKey(site, indexer)).not.toBe(key);
  });

  it('covers every page when none has data-pagefind-body: Pagefind then indexes them all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-site-'));
    writeFileSync(join(dir, 'index.html'), '<html lang="bn"><body>প্রচ্ছদ</body></html>');
    const key = searchIndexKey(dir, indexer);
    writeFileSync(join(dir, 'index.html'), '<html lang="bn"><body>প্রচ্ছদ, নতুন</body></html>');
    expect(searchIndexKey(dir, indexer)).not.toBe(key);
  });

  it('does not change with files Pagefind does not read', () => {
    const site = builtSite();
    const key = searchIndexKey(site, indexer);
    writeFileSync(join(site, 'og/outage.png'), 'another card');
    expect(searchIndexKey(site, indexer)).toBe(key);
  });

  it("does not change when a page's stylesheet and policy name the fonts by their subsets' names", () => {
    const page = (font: string, hash: string) =>
      `<html lang="bn"><head><meta http-equiv="content-security-policy" content="style-src '${hash}'">` +
      `<style>@font-face{src:url(/_astro/${font}.woff2)}</style></head><body data-pagefind-body>বিভ্রাট</body></html>`;
    const site = builtSite();
    const outage = join(site, 'bn/news/outage/index.html');
    writeFileSync(outage, page('noto.vite1234', 'sha256-one'));
    const key = searchIndexKey(site, indexer);
    writeFileSync(outage, page('noto.subset56', 'sha256-two'));
    expect(searchIndexKey(site, indexer)).toBe(key);
    writeFileSync(outage, page('noto.subset56', 'sha256-two').replace('বিভ্রাট', 'বিভ্রাট শেষ'));
    expect(searchIndexKey(site, indexer)).not.toBe(key);
  });
});

describe('storeSearchIndex and storedSearchIndex', () => {
  it('gives back the bundle kept under the same part and key, with the number of pages it indexed', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
    expect(storedSearchIndex(cache, 'bn', 'key-1')).toBeUndefined();
    await storeSearchIndex(cache, 'bn', 'key-1', bundle(2006));
    expect(storedSearchIndex(cache, 'bn', 'key-2')).toBeUndefined();
    expect(storedSearchIndex(cache, 'en', 'key-1')).toBeUndefined();
    const stored = storedSearchIndex(cache, 'bn', 'key-1')!;
    expect(stored.pages).toBe(2006);
    expect(stored.digests).toEqual({ 'bn/news/outage/index.html': 'digest' });
    expect(stored.files.map(([path, bytes]) => [path, Buffer.from(bytes).toString()])).toEqual([
      ['pagefind-entry.json', '{"version":"1.6.0"}'],
      ['fragment/bn_1.pf_fragment', 'fragment'],
    ]);
  });
});

describe('lastSearchIndex', () => {
  it("gives back a part's bundle whatever its key, and none for a part without one or a file that cannot be read", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
    expect(lastSearchIndex(join(cache, 'none'), 'bn')).toBeUndefined();
    await storeSearchIndex(cache, 'bn', 'key-1', bundle(7));
    expect(lastSearchIndex(cache, 'bn')?.pages).toBe(7);
    // A build that stopped before forgetting the older one leaves two: the newer is the last.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await storeSearchIndex(cache, 'bn', 'key-0', bundle(8));
    expect(lastSearchIndex(cache, 'bn')?.pages).toBe(8);
    expect(lastSearchIndex(cache, 'en')).toBeUndefined();
    writeFileSync(join(cache, 'en.key-1.bundle'), 'half a bundle');
    expect(lastSearchIndex(cache, 'en')).toBeUndefined();
  });
});

describe('forgetOtherBundles', () => {
  it("keeps only each part's last bundle, and leaves alone one another build is still writing", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
    await storeSearchIndex(cache, 'bn', 'key-1', bundle(3));
    await storeSearchIndex(cache, 'en', 'key-1', bundle(3));
    writeFileSync(join(cache, 'bn.key-3.bundle.4242.tmp'), 'half a bundle');
    await storeSearchIndex(cache, 'bn', 'key-2', bundle(4));
    forgetOtherBundles(cache, [
      { part: 'bn', key: 'key-2' },
      { part: 'en', key: 'key-1' },
    ]);
    expect(readdirSync(cache).sort()).toEqual(['bn.key-2.bundle', 'bn.key-3.bundle.4242.tmp', 'en.key-1.bundle']);
  });

  it('deletes the bundles of parts a build no longer has, and of a bundle kept whole', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
    await storeSearchIndex(cache, 'bn', 'key-1', bundle(3));
    await storeSearchIndex(cache, 'hi', 'key-1', bundle(3));
    writeFileSync(join(cache, 'f00d.bundle'), 'a bundle of the whole site');
    writeFileSync(join(cache, 'hi.key-2.bundle.4242.tmp'), 'half a bundle');
    forgetOtherBundles(cache, [
      { part: 'bn', key: 'key-1' },
      { part: 'en', key: 'key-1' },
    ]);
    expect(readdirSync(cache).sort()).toEqual(['bn.key-1.bundle', 'hi.key-2.bundle.4242.tmp']);
  });
});

describe('globFolder', () => {
  it('is the folder every page a glob matches is under', () => {
    expect(globFolder('bn/{news,explainers}/*/index.html')).toBe('bn');
    expect(globFolder('en/news/*/index.html')).toBe('en/news');
    expect(globFolder('*/{news,explainers}/*/index.html')).toBe('');
    expect(globFolder('index.html')).toBe('');
    expect(globFolder(undefined)).toBe('');
  });
});
