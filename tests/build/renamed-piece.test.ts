/**
 * An editor renames a story's files (a clearer slug, after the story has been shared) and lists the old slug in the
 * Bengali file's `previousSlugs`. In a copy of the site: the old address, in both languages, sends a reader's browser
 * on to the new one, a static host that reads `_redirects` answers it with a 301, a link preview of it still shows the
 * story's card, and search engines are pointed at the new address only.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../bench/static-server';
import { launchChromium } from '../shared/chromium';
import { nuHtmlCheck } from '../shared/nu-html-checker';
import { buildSite, copySite, repoRoot, type BuildResult, type SiteCopy } from './site-copy';

const [oldSlug, newSlug] = ['phonepe-outage', 'phonepe-upi-outage'];
const source = (lang: string) => readFileSync(join(repoRoot, 'content/stories', lang, `${oldSlug}.mdx`), 'utf8');
const titleOf = (mdx: string) => /^title: '(.*)'$/m.exec(mdx)![1]!;

describe('a story renamed after it was published', () => {
  const site = { copy: undefined as SiteCopy | undefined, build: undefined as BuildResult | undefined };
  const built = (path: string) => readFileSync(join(site.copy!.root, 'dist', path), 'utf8');

  beforeAll(async () => {
    site.copy = copySite();
    for (const lang of ['bn', 'en']) {
      rmSync(join(site.copy.root, 'content/stories', lang, `${oldSlug}.mdx`));
      const renamed =
        lang === 'bn' ? source(lang).replace(/^pubDate:/m, `previousSlugs: [${oldSlug}]\npubDate:`) : source(lang);
      site.copy.write(`content/stories/${lang}/${newSlug}.mdx`, renamed);
    }
    site.build = await buildSite(site.copy.root);
  });
  afterAll(() => site.copy?.remove());

  it('builds', () => {
    expect(site.build!.code, site.build!.output).toBe(0);
  });

  it('sends a browser from the old address, in each language, to the story’s new one', async () => {
    const port = 4495;
    const server = await serveStatic(join(site.copy!.root, 'dist'), port);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      for (const lang of ['bn', 'en']) {
        await tab.goto(`http://localhost:${port}/${lang}/news/${oldSlug}/`);
        await tab.waitForURL(`**/${lang}/news/${newSlug}/`);
        await expect(tab.locator('h1').textContent()).resolves.toContain(titleOf(source(lang)).slice(0, 12));
      }
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('gives the old address a page that names the story, for link previews, and keeps it out of search engines', () => {
    for (const lang of ['bn', 'en']) {
      const page = built(`${lang}/news/${oldSlug}/index.html`);
      const meta = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(page)?.[1];
      expect(page).toContain(`<html lang="${lang}"`);
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/${lang}/news/${newSlug}/">`);
      expect(page).toContain(`<link rel="canonical" href="https://upi-news.example.org/${lang}/news/${newSlug}/">`);
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(meta('og:title')).toBe(titleOf(source(lang)));
      expect(meta('og:image')).toBe(`https://upi-news.example.org/og/${lang}/news/${newSlug}.png`);
      // The card it names is built, for the story's new address.
      expect(built(`og/${lang}/news/${newSlug}.png`).length).toBeGreaterThan(0);
    }
  });

  it('writes a permanent redirect for each old address into _redirects', () => {
    expect(built('_redirects')).toContain(
      [`/bn/news/${oldSlug}/ /bn/news/${newSlug}/ 301`, `/en/news/${oldSlug}/ /en/news/${newSlug}/ 301`].join('\n'),
    );
  });

  it('lists only the new address in the sitemap and the feeds', () => {
    const sitemap = built('sitemap-0.xml');
    expect(sitemap).toContain(`/bn/news/${newSlug}/`);
    expect(sitemap).not.toContain(`/news/${oldSlug}/`);
    for (const lang of ['bn', 'en']) {
      expect(built(`${lang}/rss.xml`)).toContain(`/${lang}/news/${newSlug}/`);
      expect(built(`${lang}/rss.xml`)).not.toContain(`/news/${oldSlug}/`);
    }
  });

  it('gives the old address valid HTML', () => {
    const pages = ['bn', 'en'].map((lang) => join(site.copy!.root, 'dist', lang, 'news', oldSlug, 'index.html'));
    expect(nuHtmlCheck(pages, site.copy!.root).problems).toEqual([]);
  });

  it('takes the old address away once no file lists it', async () => {
    const bengali = `content/stories/bn/${newSlug}.mdx`;
    site.copy!.write(bengali, source('bn'));
    const again = await buildSite(site.copy!.root);
    expect(again.code, again.output).toBe(0);
    expect(() => built(`bn/news/${oldSlug}/index.html`)).toThrow(/ENOENT/);
    expect(() => built('_redirects')).toThrow(/ENOENT/);
  });
});
