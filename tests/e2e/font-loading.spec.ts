import type { Page, TestInfo } from '@playwright/test';
import { fontsAwaitedAtMost, fontsCachedClass, fontsCachedKey } from '../../src/site/font-loading';
import { expect, test } from './fixtures';
import { recordedShifts, recordShifts } from './layout-shifts';
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

test('the site’s font is never preloaded: the phone’s own fonts first, the site’s last', async ({ page }) => {
  await page.goto(story);
  await expect(page.locator('link[rel=preload][as=font]')).toHaveCount(0);
  const css = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
  );
  const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  const familyOf = (face: string) => /font-family:\s*"?([^";]+)"?;/.exec(face)?.[1];
  const downloading = faces.filter((face) => face.includes('url('));
  expect(downloading.map((face) => `${familyOf(face)} ${/font-display:\s*(\w+)/.exec(face)?.[1]}`)).toEqual([
    'Noto Sans Bengali swap',
    'Noto Sans Bengali swap',
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
  expect(family).toMatch(/^"Bengali installed", "Bengali fallback", .*, "Noto Sans Bengali"$/);
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

test('a phone with another Bengali font reads its first page in it, fetching no font; once the service worker keeps the site’s font, the next page is drawn in that from the start, without a move', async ({}, info) => {
  const page = await phones.page('lohit', info, 'allow');
  const fonts = fontRequests(page);
  await page.goto(story, { waitUntil: 'load' });
  const first = await fontsDrawing(page, 'h1');
  expect(first).toContain('Lohit Bengali');
  expect(first.join()).not.toContain('Noto Sans Bengali');
  expect(fonts, 'the page itself fetches no font').toEqual([]);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), fontsCachedKey)).toBe('1');
  // The worker keeps the language's pages and font files once the page has loaded (src/integrations/offline/).
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(
        async () =>
          (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys())))
            .flat()
            .filter((request) => /noto-sans-bengali.*\.woff2/.test(request.url)).length,
      ),
    )
    .toBe(2);

  await recordShifts(page);
  await page.goto(explainer, { waitUntil: 'load' });
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${fontsCachedClass}\\b`));
  await page.evaluate(() => document.fonts.ready);
  for (const selector of ['h1', '.standfirst']) {
    const drawn = await fontsDrawing(page, selector);
    expect(drawn, selector).toContain('Noto Sans Bengali (web font)');
    expect(drawn.join(), selector).not.toContain('Lohit');
  }
  const { cumulative, shifts } = await recordedShifts(page);
  expect(cumulative, `layout shifts: ${shifts.join('; ')}`).toBeLessThan(0.01);
});

test('a page that expects the site’s font and does not get it at once is drawn in the phone’s own font', async ({}, info) => {
  const page = await phone('lohit', info);
  // An earlier page fetched the files and the service worker answers this one, but its copy is gone and the network
  // is slow: the files come a second after the page asked for them.
  await page.addInitScript((key) => {
    localStorage.setItem(key, '1');
    Object.defineProperty(navigator.serviceWorker, 'controller', { get: () => ({}) });
  }, fontsCachedKey);
  const fonts = fontRequests(page);
  await page.route(bengaliFontFile, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(explainer, { waitUntil: 'load' });
  expect(fonts.length, 'the page asked for the site’s font').toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveClass(new RegExp(`\\b${fontsCachedClass}\\b`));
  await page.waitForTimeout(1500);
  const drawn = await fontsDrawing(page, 'h1');
  expect(drawn).toContain('Lohit Bengali');
  expect(drawn.join()).not.toContain('Noto Sans Bengali');
});

test('a reader who asked to save data is not sent the site’s font, nor later pages told to expect it', async ({}, info) => {
  const page = await phone('lohit', info);
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const fonts = fontRequests(page);
  await page.goto(story, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), fontsCachedKey)).toBeNull();
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
