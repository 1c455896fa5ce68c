import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { OfflineManifest } from '../../src/integrations/offline/manifest';
import { serviceWorkerPath } from '../../src/site/offline-reading';
import { langs, type Lang } from '../../src/site.config';
import { distDir } from './build-output';
import { uiStrings } from './content';
import { expect, test } from './fixtures';
import { sourceArticles } from './site';

// Every other spec blocks service workers (tests/playwright.config.ts); these are about nothing else.
test.use({ serviceWorkers: 'allow' });

/** The manifest the build wrote at the top of the service worker. */
const manifest = JSON.parse(
  /^const manifest = (.*);$/m.exec(readFileSync(join(distDir, serviceWorkerPath), 'utf8'))![1]!,
) as OfflineManifest;

/** Every URL in the browser's caches, as path and query. */
async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        urls.push(decodeURI(url.pathname) + url.search);
      }
    }
    return urls.sort();
  });
}

/** Waits until the page is under the service worker's control. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const storyOf = (lang: Lang) =>
  sourceArticles().find((article) => article.lang === lang && article.collection === 'stories')!;

for (const lang of langs) {
  const other = langs.find((code) => code !== lang)!;

  test(`${lang}: offline, a story read before reloads, a newest piece never opened opens, and any other page is the offline page`, async ({
    page,
    context,
    problems,
  }) => {
    const story = storyOf(lang);
    await page.goto(`/${lang}/`);
    await controlled(page);
    // The shell and newest pieces are fetched in the background once the worker hears the page's language.
    await expect.poll(() => cachedUrls(page), { timeout: 30_000 }).toContain(`/offline-complete/${lang}`);
    const kept = await cachedUrls(page);
    for (const entry of manifest.langs[lang]!.shell) expect(kept).toContain(`${entry.url}?revision=${entry.revision}`);
    // This machine has Noto Sans Bengali: the worker is never told to keep the site's font files.
    expect(kept.filter((url) => url.endsWith('.woff2') || url.includes('.woff2?'))).toEqual([]);
    await page.goto(story.path);
    const headline = await page.locator('h1').innerText();

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(headline);
    // The stylesheet came from the cache too.
    expect(await page.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0)).toBeGreaterThan(0);

    const unopened = manifest.langs[lang]!.articles.find((entry) => decodeURI(entry.url) !== story.path)!;
    await page.goto(unopened.url);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${unopened.url}$`));
    await expect(page.locator('main h1')).not.toHaveText(uiStrings(lang)['offline.title']);

    // A page neither opened nor kept ahead: the offline page, in the page's language, listing what can be read.
    await page.goto(`/${lang}/topics/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main h1')).toHaveText(uiStrings(lang)['offline.title']);
    await expect(page.locator('offline-pieces li a', { hasText: headline })).toHaveAttribute(
      'href',
      encodeURI(story.path),
    );
    const readable = new Set([...manifest.langs[lang]!.articles.map((entry) => entry.url), encodeURI(story.path)]);
    await expect(page.locator('offline-pieces li')).toHaveCount(readable.size);
    // …and in the other language, when the reader follows a link there.
    await page.goto(`/${other}/archive/`);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('main h1')).toHaveText(uiStrings(other)['offline.title']);

    await context.setOffline(false);
    // Console errors include every CSP violation.
    expect(problems).toEqual([]);
  });
}

test('with Save-Data, nothing is kept ahead: only what the reader opens', async ({ page, context, problems }) => {
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) }),
  );
  const lang = langs[0]!;
  const story = storyOf(lang);
  await page.goto(`/${lang}/`);
  await controlled(page);
  await page.goto(story.path);
  const headline = await page.locator('h1').innerText();

  const kept = await cachedUrls(page);
  expect(kept.filter((url) => url.includes('?revision='))).toEqual([]);
  expect(kept.filter((url) => url.startsWith('/offline-complete/'))).toEqual([]);
  const pieces = kept.filter((url) => sourceArticles().some((article) => article.path === url));
  expect(pieces).toEqual([story.path]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(headline);
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test('online, a page kept offline comes from the network, and its correction replaces the copy kept', async ({
  page,
  context,
  problems,
}) => {
  const story = storyOf(langs[0]!);
  await page.goto(`/${story.lang}/`);
  await controlled(page);
  await page.goto(story.path);
  await expect(page.locator('h1')).not.toContainText('(corrected)');
  // The server now has a corrected page: the worker asks it first (Playwright routes the worker's requests too).
  await context.route(`**${encodeURI(story.path)}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</h1>', ' (corrected)</h1>') });
  });
  await page.reload();
  await expect(page.locator('h1')).toContainText('(corrected)');
  await context.unrouteAll();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toContainText('(corrected)');
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the offline page says it cannot list the pieces kept, and links the home page', async ({ page, problems }) => {
    for (const lang of langs) {
      await page.goto(`/${lang}/offline/`);
      // Playwright's text search skips <noscript>, whose text a reader without JavaScript does see.
      const note = page.locator('main noscript .notice');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(uiStrings(lang)['offline.noscript']);
      await expect(page.getByRole('heading', { name: uiStrings(lang)['offline.saved'] })).toBeHidden();
      await expect(page.getByRole('link', { name: uiStrings(lang)['offline.home'] })).toHaveAttribute(
        'href',
        `/${lang}/`,
      );
    }
    expect(problems).toEqual([]);
  });
});
