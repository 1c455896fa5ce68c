/**
 * A third language is data, not code: a copy of the site gets Hindi and Urdu
 * (right to left), each through `src/site.config.ts`, one UI strings file and
 * a story, and nothing else (one build of the four-language site). The build must give the new language every route,
 * alternate link, feed and sitemap entry, its own digits, fallbacks for what
 * is not translated yet, and, for Urdu, a mirrored layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../bench/static-server';
import { launchChromium } from '../shared/chromium';
import { buildSite, copySite, type SiteCopy } from './site-copy';

const fixtures = new URL('../fixtures/locales/', import.meta.url).pathname;

interface NewLocale {
  code: string;
  entry: string;
  siteName: string;
  tagline: string;
  publisher: string;
}

/** Adds a locale to a copy: its config entry, its UI strings and a story, as an editor would. */
function addLocale(copy: SiteCopy, { code, entry, siteName, tagline, publisher }: NewLocale): void {
  const configPath = join(copy.root, 'src/site.config.ts');
  const config = readFileSync(configPath, 'utf8');
  const edited = config
    .replace(/(\n\] as const satisfies readonly LocaleConfig\[\];)/, `\n  ${entry},$1`)
    .replace(/(name: \{ bn: [^}]*)\}/, `$1, ${code}: '${siteName}' }`)
    .replace(/(tagline: \{ bn: [^}]*)\}/, `$1, ${code}: '${tagline}' }`)
    .replace(/(publisher: \{ bn: [^}]*)\}/, `$1, ${code}: '${publisher}' }`);
  expect(edited.match(new RegExp(`code: '${code}'|${code}: '`, 'g'))?.length, 'the config edits applied').toBe(4);
  copy.write('src/site.config.ts', edited);
  copy.write(`src/i18n/locales/${code}.json`, readFileSync(join(fixtures, code, 'ui.json')));
  copy.write(`content/stories/${code}/phonepe-outage.mdx`, readFileSync(join(fixtures, code, 'story.mdx')));
  // A fictional live story for tests only (tests/fixtures/live/), with its updates translated.
  copy.write(`content/stories/${code}/test-live.mdx`, readFileSync(join(fixtures, code, 'live.mdx')));
}

/** The fictional live story of tests/fixtures/live/ in Bengali and English, which the Hindi and Urdu ones translate. */
function addLiveStory(copy: SiteCopy): void {
  for (const lang of ['bn', 'en']) {
    copy.write(
      `content/stories/${lang}/test-live.mdx`,
      readFileSync(new URL(`../fixtures/live/${lang}.mdx`, import.meta.url)),
    );
  }
}

const hindi: NewLocale = {
  code: 'hi',
  entry:
    "{ code: 'hi', name: 'हिन्दी', intl: 'hi-IN-u-nu-deva', dir: 'ltr', og: 'hi_IN', wordsPerMinute: 180, " +
    "font: { family: 'Noto Sans Devanagari', package: '@fontsource/noto-sans-devanagari', subset: 'devanagari' } }",
  siteName: 'यूपीआई समाचार',
  tagline: 'डिजिटल भुगतान की ख़बरें, आसान भाषा में',
  publisher: 'यूपीआई समाचार डेस्क',
};

const urdu: NewLocale = {
  code: 'ur',
  entry:
    "{ code: 'ur', name: 'اردو', intl: 'ur-IN', dir: 'rtl', og: 'ur_IN', wordsPerMinute: 180, " +
    "font: { family: 'Noto Naskh Arabic', package: '@fontsource/noto-naskh-arabic', subset: 'arabic' } }",
  siteName: 'یو پی آئی نیوز',
  tagline: 'ڈیجیٹل ادائیگیوں کی خبریں، آسان زبان میں',
  publisher: 'یو پی آئی نیوز ڈیسک',
};

/** The copy of the site with both locales added, built once for the whole file. */
const site = { copy: undefined as SiteCopy | undefined, code: null as number | null, output: '' };
beforeAll(async () => {
  site.copy = copySite();
  addLiveStory(site.copy);
  addLocale(site.copy, hindi);
  addLocale(site.copy, urdu);
  ({ code: site.code, output: site.output } = await buildSite(site.copy.root));
});
afterAll(() => site.copy?.remove());

function page(root: string, path: string): string {
  return readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
}

describe('Hindi added as data', () => {
  it('builds', () => {
    expect(site.code, site.output).toBe(0);
  });

  it('serves the Hindi story in Hindi, linked to and from its translations', () => {
    const hindi = page(site.copy!.root, 'hi/news/phonepe-outage');
    expect(hindi).toMatch(/<html lang="hi"/);
    for (const lang of ['bn', 'en', 'hi']) {
      const alternate = new RegExp(`hreflang="${lang}" href="[^"]*/${lang}/news/phonepe-outage/"`);
      expect(hindi).toMatch(alternate);
      expect(page(site.copy!.root, `${lang}/news/phonepe-outage`)).toMatch(
        /hreflang="hi" href="[^"]*\/hi\/news\/phonepe-outage\/"/,
      );
    }
    expect(page(site.copy!.root, 'bn/news/phonepe-outage')).toContain('lang="hi"');
  });

  it('writes Hindi dates in Devanagari digits', () => {
    const dates = [...page(site.copy!.root, 'hi/news/phonepe-outage').matchAll(/<time[^>]*>([^<]+)<\/time>/g)].map(
      (m) => m[1]!,
    );
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) {
      expect(date).toMatch(/[०-९]/);
      expect(date).not.toMatch(/[0-9]/);
    }
  });

  it('falls back to the original where Hindi has no translation yet, saying so in Hindi', () => {
    const fallback = page(site.copy!.root, 'hi/explainers/upi');
    expect(fallback).toMatch(/<html lang="hi"/);
    expect(fallback).toMatch(/<article[^>]* lang="bn"/);
    expect(fallback).toMatch(/rel="canonical" href="[^"]*\/bn\/explainers\/upi\/"/);
    const notice = /class="notice notice--fallback"[^>]*>([^<]+)</.exec(fallback)?.[1] ?? '';
    expect(notice).toMatch(/[\u0900-\u097F]/);
  });

  it('gives Hindi its feeds and lists its pages, not its fallbacks, in the sitemap', () => {
    const rss = readFileSync(join(site.copy!.root, 'dist/hi/rss.xml'), 'utf8');
    expect(rss).toContain('<language>hi-IN</language>');
    expect(rss).toContain('/hi/news/phonepe-outage/');
    const json = JSON.parse(readFileSync(join(site.copy!.root, 'dist/hi/feed.json'), 'utf8')) as { language: string };
    expect(json.language).toBe('hi-IN');
    const sitemap = readFileSync(join(site.copy!.root, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/hi/news/phonepe-outage/</loc>');
    expect(sitemap).toMatch(/hreflang="hi" href="[^"]*\/hi\/news\/phonepe-outage\/"/);
    expect(sitemap).not.toContain('/hi/explainers/upi/</loc>');
  });
});

describe('a live story in Hindi and Urdu', () => {
  const anchors = (html: string) => [...html.matchAll(/<section class="live-update" id="([^"]+)"/g)].map((m) => m[1]);

  it('has the same update anchors as its source, and the times in Devanagari digits on the Hindi page', () => {
    const bengali = page(site.copy!.root, 'bn/news/test-live');
    const hindi = page(site.copy!.root, 'hi/news/test-live');
    expect(anchors(bengali)).toHaveLength(3);
    expect(anchors(hindi)).toEqual(anchors(bengali));
    expect(anchors(page(site.copy!.root, 'ur/news/test-live'))).toEqual(anchors(bengali));
    expect(hindi).toMatch(/data-live-state="live"[^>]*><strong[^>]*>लाइव</);
    const times = [...hindi.matchAll(/class="live-update__time"[\s\S]*?<time[^>]*>([^<]+)</g)].map((m) => m[1]!);
    expect(times).toHaveLength(3);
    for (const time of times) {
      expect(time).toMatch(/[०-९]/);
      expect(time).not.toMatch(/[0-9]/);
    }
  });

  it('links the Hindi page to its source as a translated LiveBlogPosting', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(
      page(site.copy!.root, 'hi/news/test-live'),
    )!;
    const posting = JSON.parse(json[1]!) as Record<string, unknown>;
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(posting.inLanguage).toBe('hi-IN');
    expect(posting.translationOfWork).toMatchObject({ '@type': 'LiveBlogPosting' });
    expect(posting.liveBlogUpdate).toHaveLength(3);
  });
});

describe('reading offline in Hindi and Urdu', () => {
  it('gives each its offline page, in its language and direction, and its newest pieces to keep ahead', () => {
    const worker = readFileSync(join(site.copy!.root, 'dist/sw.js'), 'utf8');
    const manifest = JSON.parse(/^const manifest = (\{.*?\});$/m.exec(worker)![1]!) as {
      langs: Record<string, { offline: { url: string }; articles: { url: string }[] }>;
    };
    for (const [code, dir] of [
      ['hi', 'ltr'],
      ['ur', 'rtl'],
    ] as const) {
      const strings = JSON.parse(readFileSync(join(fixtures, code, 'ui.json'), 'utf8')) as Record<string, string>;
      const offline = page(site.copy!.root, `${code}/offline`);
      expect(offline).toMatch(new RegExp(`<html lang="${code}" dir="${dir}"`));
      expect(offline).toContain(`>${strings['offline.title']}</h1>`);
      expect(manifest.langs[code]!.offline.url).toBe(`/${code}/offline/`);
      expect(manifest.langs[code]!.articles.map((article) => article.url)).toContain(`/${code}/news/phonepe-outage/`);
    }
  });
});

describe('Urdu added as data: right to left', () => {
  it('builds, with the Urdu pages marked right to left', () => {
    expect(site.code, site.output).toBe(0);
    expect(page(site.copy!.root, 'ur/news/phonepe-outage')).toMatch(/<html lang="ur" dir="rtl"/);
  });

  it('mirrors the header and the timeline', async () => {
    const server = await serveStatic(join(site.copy!.root, 'dist'), 4490);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 390, height: 900 } });
      await tab.goto('http://localhost:4490/ur/news/phonepe-outage/');
      const width = 390;
      const name = (await tab.locator('.site-name').boundingBox())!;
      expect(name.x + name.width / 2, 'the site name sits on the right').toBeGreaterThan(width / 2);
      await tab.locator('header').first().screenshot({ path: 'test-results/rtl/ur-header.png' });

      const timeline = tab.locator('.timeline ol').first();
      await timeline.scrollIntoViewIfNeeded();
      const borders = await timeline.evaluate((list) => {
        const style = getComputedStyle(list);
        return { left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) };
      });
      expect(borders.right, 'the timeline rule runs down the right').toBeGreaterThan(0);
      expect(borders.left).toBe(0);
      const box = (await timeline.boundingBox())!;
      const items = await tab.locator('.timeline li').first().boundingBox();
      expect(items!.x + items!.width, 'events hang off the right-hand rule').toBeLessThanOrEqual(box.x + box.width);
      await timeline.screenshot({ path: 'test-results/rtl/ur-timeline.png' });
    } finally {
      await browser.close();
      server.close();
    }
  });
});
