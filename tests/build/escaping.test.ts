import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/shared/built-pages';
import { site } from '../../src/site.config';
import { launchChromium, serveBuiltSite } from '../shared/chromium';
import { builtCopy, type SiteCopy } from './site-copy';

/** Markup, both quotes, an ampersand and a closing `</title>`: text an editor might paste. */
const title = `<script>alert("x")</script> & "quotes" 'apostrophes' </title>`;
const story = '/en/news/escape-test/';

let copy: SiteCopy;
let dist: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const text = JSON.stringify(title);
  copy = await builtCopy({
    'content/stories/en/escape-test.mdx': `---\ntitle: ${text}\ndescription: ${text}\npubDate: 2026-11-26\nsection: ${text}\nauthor: ${text}\ntags: [${text}]\n---\n\nThe body.\n`,
  });
  dist = join(copy.root, 'dist');
  browser = await launchChromium();
  // No CSP: an escaping mistake must show here, not be hidden by the policy that would block it.
  context = await browser.newContext({ bypassCSP: true });
  await serveBuiltSite(context, dist, site.url);
});

afterAll(async () => {
  await browser?.close();
  copy?.remove();
});

/** What a reader's browser makes of a page: every place the title shows, and anything that ran. */
async function readPage(path: string) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(new URL(path, site.url).href);
  const found = await page.evaluate((title) => {
    const broken: string[] = [];
    /** A value that mentions the title must carry all of it: a title cut short became markup. */
    const check = (where: string, value: string) => {
      if (value.includes('alert(') && !value.includes(title)) broken.push(`${where}: ${value}`);
    };
    const decoded = (value: string) => {
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    };
    const jsonStrings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(jsonStrings)
          : [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes)
        check(`<${element.localName} ${attribute.name}>`, decoded(attribute.value));
    }
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    const executable: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.localName === 'script' && parent.getAttribute('type') === 'application/ld+json') {
        if (node.textContent!.includes('<')) broken.push(`JSON-LD has a raw "<": ${node.textContent}`);
        for (const text of jsonStrings(JSON.parse(node.textContent!))) check('JSON-LD', text);
      } else if (parent.localName === 'script') {
        if (node.textContent!.includes('alert')) executable.push(node.textContent!);
      } else check(`text in <${parent.localName}>`, node.textContent!);
    }
    const meta = (name: string) =>
      document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
    const headlines = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => (JSON.parse(script.textContent!) as { headline?: string }).headline,
    );
    const whatsapp = document.querySelector<HTMLAnchorElement>('a[href^="https://wa.me/"]')?.href;
    const telegram = document.querySelector<HTMLAnchorElement>('a[href^="https://t.me/"]')?.href;
    return {
      broken,
      executable,
      documentTitle: document.title,
      h1: document.querySelector('h1')?.textContent?.trim(),
      ogTitle: meta('og:title'),
      twitterTitle: meta('twitter:title'),
      headlines,
      whatsappText: whatsapp && new URL(whatsapp).searchParams.get('text'),
      telegramText: telegram && new URL(telegram).searchParams.get('text'),
      shareTitle: document.querySelector('share-links')?.getAttribute('data-title'),
    };
  }, title);
  await page.waitForTimeout(100);
  await page.close();
  return { ...found, dialogs };
}

describe('a story whose title is markup', () => {
  it('shows the title as written on its page, in every tag and link that carries it, and runs nothing', async () => {
    const page = await readPage(story);
    expect(page.dialogs).toEqual([]);
    expect(page.executable).toEqual([]);
    expect(page.broken).toEqual([]);
    expect(page).toMatchObject({
      documentTitle: `${title} | ${site.name.en}`,
      h1: title,
      ogTitle: title,
      twitterTitle: title,
      telegramText: title,
      shareTitle: title,
    });
    expect(page.headlines).toContain(title);
    expect(page.whatsappText).toContain(title);
  });

  it('stays text on every other page that names it: lists, and the other language’s fallback page', async () => {
    const pages = builtPages(dist)
      .filter(({ file, path }) => path !== story && readFileSync(join(dist, file), 'utf8').includes('alert('))
      .map(({ path }) => path);
    expect(pages).toEqual(expect.arrayContaining(['/en/', '/bn/news/escape-test/']));
    for (const path of pages) {
      const page = await readPage(path);
      expect({ path, dialogs: page.dialogs, executable: page.executable, broken: page.broken }).toEqual({
        path,
        dialogs: [],
        executable: [],
        broken: [],
      });
    }
  });

  it('is a title, not markup, in the RSS and Atom feeds, which stay well-formed XML', async () => {
    const page = await context.newPage();
    for (const feed of ['rss.xml', 'atom.xml']) {
      const xml = readFileSync(join(dist, 'en', feed), 'utf8');
      const read = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const error = doc.querySelector('parsererror')?.textContent;
        const entry = [...doc.querySelectorAll('item, entry')].find((item) =>
          item.querySelector('title')!.textContent!.includes('alert('),
        )!;
        /** Fields readers render as HTML: what a reader shows, and whether markup got in. */
        const asHtml = (html: string) => {
          const body = new DOMParser().parseFromString(html, 'text/html').body;
          return { text: body.textContent, elements: body.querySelectorAll('*').length };
        };
        const field = (name: string) => entry.getElementsByTagName(name)[0];
        const isAtom = entry.localName === 'entry';
        return {
          error,
          title: isAtom ? asHtml(field('title')!.textContent!) : field('title')!.textContent,
          summary: asHtml(field(isAtom ? 'summary' : 'description')!.textContent!),
          categories: [...entry.getElementsByTagName('category')].map((category) =>
            isAtom ? category.getAttribute('term') : category.textContent,
          ),
        };
      }, xml);
      expect(read.error, feed).toBeUndefined();
      expect(read.title, feed).toEqual(feed === 'atom.xml' ? { text: title, elements: 0 } : title);
      expect(read.summary, feed).toEqual({ text: title, elements: 0 });
      expect(read.categories, feed).toContain(title);
    }
    await page.close();
  });

  it('is a string in the JSON Feed, and its HTML fields hold no markup from it', () => {
    const feed = JSON.parse(readFileSync(join(dist, 'en/feed.json'), 'utf8')) as {
      items: { title: string; summary: string; tags: string[]; content_html: string }[];
    };
    const item = feed.items.find((candidate) => candidate.title.includes('alert('))!;
    expect(item).toMatchObject({ title, summary: title });
    expect(item.tags).toContain(title);
    expect(item.content_html).not.toContain('alert(');
  });
});
