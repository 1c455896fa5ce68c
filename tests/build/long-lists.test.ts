/**
 * A newsroom's archive grows every day; its pages must not. A copy of the
 * site, with short lists (five a page, so that a few stories are enough), gets
 * enough generated stories, all on one topic and all citing one statement, to
 * fill several pages of every list. The home page shows the
 * newest of each kind, the archive and the topic page split every piece over
 * pages a reader can walk, and the statement's page lists only the newest
 * stories that cite it.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../bench/corpus';
import { serveStatic } from '../bench/static-server';
import { launchChromium } from '../shared/chromium';
import { replaceIn } from './content-edits';
import { buildSite, copySite, type SiteCopy } from './site-copy';

/** The copy's lists: the newest three of each kind on the home page, four topics there, five pieces a page. */
const lists = { home: 3, homeTopics: 4, pageSize: 5 };
const { home, homeTopics, pageSize } = lists;
/** Topics of one story each, besides the one every story is on. */
const extraTopics = homeTopics + 2;
/** Enough for three pages of the archive and of the topic every story is on. */
const storiesPerLocale = 2 * pageSize + 5;

const build = { copy: undefined as SiteCopy | undefined, code: null as number | null, output: '' };

beforeAll(async () => {
  build.copy = copySite();
  replaceIn(build.copy.root, 'src/site.config.ts', [
    ['lists: { home: 8, homeTopics: 12, pageSize: 20 }', `lists: ${JSON.stringify(lists).replaceAll('"', '')}`],
  ]);
  const [story] = generateCorpus({ dir: join(build.copy.root, 'content'), storiesPerLocale, seed: 7 });
  // A few more Bengali stories, each on a topic of its own: more topics than the home page links.
  const source = readFileSync(story!, 'utf8');
  for (let index = 1; index <= extraTopics; index += 1) {
    const tagged = source.replace(/^tags:\n(?: {2}- .*\n)+/m, `tags:\n  - বিষয় ${index}\n`);
    expect(tagged).not.toBe(source);
    build.copy.write(`content/stories/bn/tagged-${index}.mdx`, tagged);
  }
  ({ code: build.code, output: build.output } = await buildSite(build.copy.root));
});
afterAll(() => build.copy?.remove());

function html(path: string): string {
  return readFileSync(join(build.copy!.root, 'dist', decodeURI(path), 'index.html'), 'utf8');
}

/** The pieces a list page links to, in order. */
function listed(page: string): string[] {
  return [...page.matchAll(/<li class="card"><h[23] class="card__title"><a href="([^"]+)"/g)].map((match) => match[1]!);
}

/** The href of the link with `rel`, if the page has one. */
function relLink(page: string, rel: 'next' | 'prev'): string | undefined {
  return new RegExp(`<a [^>]*href="([^"]+)" rel="${rel}"`).exec(page)?.[1];
}

/** Every page of a list from its first, following the "older" links; fails on a loop. */
function walk(first: string): { path: string; page: string }[] {
  const pages = [{ path: first, page: html(first) }];
  for (let next = relLink(pages[0]!.page, 'next'); next; next = relLink(pages.at(-1)!.page, 'next')) {
    expect(
      pages.map((seen) => seen.path),
      `${next} is visited once`,
    ).not.toContain(next);
    pages.push({ path: next, page: html(next) });
  }
  return pages;
}

function hreflangs(page: string): string[] {
  return [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((match) => match[1]!);
}

/** How many stories of a language, in the copy's sources, cite a statement. */
function storiesCiting(lang: string, statement: string): number {
  const folder = join(build.copy!.root, 'content', 'stories', lang);
  return readdirSync(folder).filter((name) => {
    const [, frontmatter = ''] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, name), 'utf8')) ?? [];
    const data = parse(frontmatter) as { statements?: string[] };
    return data.statements?.includes(statement);
  }).length;
}

function generatedStories(lang: string): string[] {
  return Array.from(
    { length: storiesPerLocale },
    (_, index) => `/${lang}/news/story-${String(index + 1).padStart(5, '0')}/`,
  );
}

it('builds', () => {
  expect(build.code, build.output).toBe(0);
});

describe.each(['bn', 'en'])('%s', (lang) => {
  const number = (value: number) => new Intl.NumberFormat(lang === 'bn' ? 'bn-IN' : 'en-IN').format(value);

  it('the home page shows the newest stories only, and links to the archive', () => {
    const page = html(`/${lang}/`);
    const stories = listed(page).filter((href) => href.includes('/news/'));
    expect(stories).toHaveLength(home);
    expect(page).toContain(`href="/${lang}/archive/"`);
  });

  it('the archive splits every piece over pages, newest first, each page linking to the next and back', () => {
    const pages = walk(`/${lang}/archive/`);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const pieces = pages.flatMap(({ page }) => listed(page));
    for (const { path, page } of pages) expect(listed(page).length, path).toBeLessThanOrEqual(pageSize);
    expect(new Set(pieces).size, 'no piece listed twice').toBe(pieces.length);
    for (const story of generatedStories(lang)) expect(pieces).toContain(story);
    // Walking back with "newer" from the last page visits the same pages.
    pages.slice(1).forEach(({ page }, index) => expect(relLink(page, 'prev')).toBe(pages[index]!.path));
    // Each page says where it is, in the language's digits, and later pages' titles say it too.
    const title = (page: string) => /<title>([^<]*)<\/title>/.exec(page)![1]!;
    pages.forEach(({ path, page }, index) => {
      const status = /<p class="pagination__status"[^>]*>([^<]*)</.exec(page)?.[1];
      expect(status, path).toContain(number(index + 1));
      expect(status, path).toContain(number(pages.length));
      if (index > 0) expect(title(page)).toContain(number(index + 1));
    });
    expect(new Set(pages.map(({ page }) => title(page))).size).toBe(pages.length);
  });

  it('later pages have no translation and share the first page’s preview card', () => {
    const [first, second] = walk(`/${lang}/archive/`);
    expect(hreflangs(first!.page)).toEqual(expect.arrayContaining(['bn', 'en']));
    expect(hreflangs(second!.page)).toEqual([lang, 'x-default']);
    const card = (page: string) => /<meta property="og:image" content="([^"]+)"/.exec(page)![1]!;
    expect(card(second!.page)).toBe(card(first!.page));
    expect(existsSync(join(build.copy!.root, 'dist', new URL(card(first!.page)).pathname))).toBe(true);
  });

  it('the topic every story is on splits its pieces over pages', () => {
    const topic = /<a href="([^"]+)"[^>]*>(?:ইউপিআই|UPI)<\/a>/.exec(html(`/${lang}/topics/`))![1]!;
    const pages = walk(topic);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const pieces = pages.flatMap(({ page }) => listed(page));
    for (const story of generatedStories(lang)) expect(pieces).toContain(story);
  });

  it('a statement cited by every story lists the newest of them and says how many there are', () => {
    const page = html(`/${lang}/statements/paytm/`);
    const related = /<section class="related"[\s\S]*?<\/section>/.exec(page)![0];
    expect(listed(related)).toHaveLength(pageSize);
    expect(related).toContain(number(storiesCiting(lang, 'paytm')));
  });

  it('the search page, read without JavaScript, lists the newest pieces and links to the archive', () => {
    const page = html(`/${lang}/search/`);
    expect(listed(page)).toEqual(listed(html(`/${lang}/archive/`)));
    expect(page).toContain(`href="/${lang}/archive/"`);
  });
});

it('the Bengali home page links the topics with the most pieces, and the list of topics has every one', () => {
  const links = (page: string) => [...page.matchAll(/<a href="\/bn\/topics\/([^"/]+)\/"/g)].map((match) => match[1]!);
  const home = /<ul class="home__topics"[\s\S]*?<\/ul>/.exec(html('/bn/'))![0];
  expect(links(home)).toHaveLength(homeTopics);
  expect(links(home)).toContain('ইউপিআই');
  const all = new Set(links(html('/bn/topics/')));
  for (let index = 1; index <= extraTopics; index += 1) expect(all).toContain(`বিষয়-${index}`);
  for (const topic of links(home)) expect(all).toContain(topic);
});

it('the sitemap lists the later pages without claiming a translation for them', () => {
  const sitemap = readFileSync(join(build.copy!.root, 'dist', 'sitemap-0.xml'), 'utf8');
  const entry = (path: string) => new RegExp(`<url><loc>[^<]*${path}</loc>(.*?)</url>`).exec(sitemap)?.[1];
  expect(entry('/bn/archive/2/')).toBe('');
  expect(entry('/en/archive/2/')).toBe('');
  expect(entry('/bn/archive/')).toContain('hreflang="en"');
});

it('a later page reads well on a phone, in light and dark, with nothing axe finds against WCAG', async () => {
  const port = 4491;
  const server = await serveStatic(join(build.copy!.root, 'dist'), port);
  const browser = await launchChromium();
  mkdirSync('test-results/long-lists', { recursive: true });
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
      const tab = await context.newPage();
      for (const path of ['/bn/archive/2/', '/en/topics/upi/2/']) {
        await tab.goto(`http://localhost:${port}${path}`);
        const nav = tab.locator('nav.pagination');
        await nav.scrollIntoViewIfNeeded();
        await tab.screenshot({ path: `test-results/long-lists/${path.split('/').join('_')}${colorScheme}.png` });
        // Both links on one line under the page number, each big enough for a finger (WCAG 2.5.8: 24 px).
        const [newer, older] = await Promise.all(
          ['rel=prev', 'rel=next'].map((rel) => nav.locator(`a[${rel}]`).boundingBox()),
        );
        expect(newer!.height).toBeGreaterThanOrEqual(24);
        expect(Math.abs(newer!.y - older!.y)).toBeLessThan(2);
        // As in tests/e2e/accessibility.spec.ts: in the page itself (the site has no frames from elsewhere), and
        // with selectors for the violations alone, the only results read here.
        const { violations } = await new AxeBuilder({ page: tab })
          .options({ resultTypes: ['violations'] })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .setLegacyMode()
          .analyze();
        expect(violations.map((violation) => `${path} ${colorScheme}: ${violation.id}`)).toEqual([]);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

it('dist/_headers stays three rules (every path, the content-named files, the service worker), in lines a static host reads whole, however many pages there are', () => {
  const pages = readdirSync(join(build.copy!.root, 'dist'), { recursive: true }).filter((name) =>
    String(name).endsWith('.html'),
  );
  // More pages than the site has by itself: a rule per page would be dozens.
  expect(pages.length).toBeGreaterThan(50);
  const lines = readFileSync(join(build.copy!.root, 'dist/_headers'), 'utf8').split('\n');
  // Cloudflare Pages reads at most 100 rules and 2,000 characters a line, and ignores the rest without a word.
  expect(lines.filter((line) => /^\S/.test(line) && !line.startsWith('#'))).toEqual(['/*', '/_astro/*', '/sw.js']);
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(2000);
});
