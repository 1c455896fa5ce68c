import type { Page, TestInfo } from '@playwright/test';
import { fontsAwaitedAtMost, fontsCachedClass, fontsCachedKey } from '../../src/site/font-loading';
import { expect, test } from './fixtures';
import { fontsDrawing, Phones, type PhoneFonts } from './phone-fonts';
import { allPages, langOf } from './site';
import { bengaliFontFile } from './web-fonts';

// Which font draws a Bengali page on phones with different fonts (src/styles/fonts.css, src/site/font-loading.ts).
// That no page fetches anything from another site csp.spec checks on every page, loaded as on a phone without a
// Bengali font, which fetches the most.

const phones = new Phones();
test.afterAll(() => phones.close());

const story = '/bn/news/phonepe-outage/';
const explainer = '/bn/explainers/upi/';

/** A new tab (an empty cache) on a phone with `fonts`. */
const phone = (fonts: PhoneFonts, info: TestInfo) => phones.page(fonts, info);

/** The site's font files the page requests, by weight. */
function fontRequests(page: Page): string[] {
  const weights: string[] = [];
  page.on('request', (request) => {
    const match = bengaliFontFile.exec(request.url());
    if (match) weights.push(match[1]!);
  });
  return weights;
}

test('the site’s font is never preloaded: the phone’s own copy first, the site’s from the cache or as the last resort', async ({
  page,
}) => {
  await page.goto(story);
  await expect(page.locator('link[rel=preload][as=font]')).toHaveCount(0);
  const css = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
  );
  const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  const familyOf = (face: string) => /font-family:\s*"?([^";]+)"?;/.exec(face)?.[1];
  const downloading = faces.filter((face) => face.includes('url('));
  expect(downloading.map((face) => `${familyOf(face)} ${/font-display:\s*(\w+)/.exec(face)?.[1]}`).sort()).toEqual([
    'Bengali last resort swap',
    'Bengali last resort swap',
    'Noto Sans Bengali fallback',
    'Noto Sans Bengali fallback',
  ]);
  for (const face of downloading) {
    expect(face).toMatch(/font-weight:\s*[47]00\b/);
    expect(face).toMatch(/unicode-range:/);
  }
  const installed = faces.filter((face) => familyOf(face) === 'Bengali installed');
  expect(installed).toHaveLength(2);
  for (const face of installed) expect(face).toMatch(/src:\s*local\([^;]*\);/);
  expect(installed.join()).not.toContain('url(');
  // The phone's own fonts come before the site's files; the site's files come last.
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toMatch(/^"Bengali installed", "Bengali fallback", .*, "Bengali last resort"$/);
});

test('a phone with Noto Sans Bengali draws it and fetches no font, before or after the page has loaded', async ({}, info) => {
  const page = await phone('installed', info);
  const fonts = fontRequests(page);
  await page.goto(story, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(await fontsDrawing(page, 'h1')).toContain('Noto Sans Bengali');
  expect(fonts).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), fontsCachedKey)).toBeNull();
});

test('a phone with another Bengali font reads its first page in it, fetches the site’s font once that page has loaded, and draws it on the next', async ({}, info) => {
  const page = await phone('lohit', info);
  const fonts = fontRequests(page);
  // The files are held until the page has loaded: were they fetched before, the page would wait for them.
  let loaded = false;
  await page.route(bengaliFontFile, async (route) => {
    expect(loaded, `${route.request().url()} fetched before the page had loaded`).toBe(true);
    await route.continue();
  });
  page.on('load', () => (loaded = true));
  await page.goto(story, { waitUntil: 'load' });
  const first = await fontsDrawing(page, 'h1');
  expect(first).toContain('Lohit Bengali');
  expect(first.join()).not.toContain('Noto Sans Bengali');
  await expect.poll(() => [...fonts].sort()).toEqual(['400', '700']);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), fontsCachedKey)).toBe('1');

  // Routing keeps Chromium from caching; the next page is to find the files in the cache.
  await page.unrouteAll();
  await page.goto(explainer, { waitUntil: 'load' });
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${fontsCachedClass}\\b`));
  await page.evaluate(() => document.fonts.ready);
  for (const selector of ['h1', '.standfirst']) {
    const drawn = await fontsDrawing(page, selector);
    expect(drawn, selector).toContain('Noto Sans Bengali (web font)');
    expect(drawn.join(), selector).not.toContain('Lohit');
  }
});

test('a reader who asked to save data is not sent the site’s font', async ({}, info) => {
  const page = await phone('lohit', info);
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const fonts = fontRequests(page);
  await page.goto(story, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(fonts).toEqual([]);
  expect(await fontsDrawing(page, 'h1')).toContain('Lohit Bengali');
});

test('a phone with no Bengali font fetches the site’s font at once and shows the article only when it has come', async ({}, info) => {
  const page = await phone('latin', info);
  const fonts = fontRequests(page);
  const held: (() => void)[] = [];
  await page.route(bengaliFontFile, (route) => held.push(() => void route.continue()));
  await page.goto(story, { waitUntil: 'commit' });
  await expect.poll(() => held.length).toBe(2);
  // The header (the site's name, the menu) shows; the article, which would be boxes that then move, waits.
  await expect(page.locator('header').first()).toBeVisible();
  await expect(page.locator('main h1')).toBeHidden();
  for (const release of held) release();
  await expect(page.locator('main h1')).toBeVisible();
  expect([...fonts].sort()).toEqual(['400', '700']);
  for (const selector of ['h1', '.standfirst']) {
    expect(await fontsDrawing(page, selector), selector).toContain('Noto Sans Bengali (web font)');
  }
});

test('a phone with no Bengali font shows the article even when the site’s font does not come', async ({}, info) => {
  const page = await phone('latin', info);
  await page.route(bengaliFontFile, (route) => route.abort());
  await page.goto(story, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('main h1')).toBeVisible({ timeout: fontsAwaitedAtMost + 1000 });
});

for (const path of allPages.filter((candidate) => langOf(candidate) === 'en')) {
  test(`${path} is drawn in the reader's system fonts, even on a phone with no Bengali font: no font fetched`, async ({}, info) => {
    const page = await phone('latin', info);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    expect(fonts).toEqual([]);
  });
}
