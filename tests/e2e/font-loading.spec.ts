import { expect, test } from './shared-tab';
import { allPages, langOf } from './site';
import { bengaliFontFile, pageFontFaces, withoutLocalFonts } from './web-fonts';

// That no page fetches anything from another site csp.spec checks on every page, loaded as on a phone without the
// site's font, which fetches the most.

test('every font face swaps in, and tries the reader’s own copy of the font first', async ({ page }) => {
  await page.goto('/bn/');
  // The page's stylesheets as the browser parsed them, inline or linked.
  const css = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
  );
  // The faces that download Noto Sans Bengali; the fallback faces over the phone's own fonts download nothing.
  const faces = (css.match(/@font-face\s*\{[^}]*\}/g) ?? []).filter((face) => face.includes('url('));
  expect(faces).toHaveLength(2);
  for (const face of faces) {
    expect(face).toMatch(/font-display:\s*swap/);
    expect(face).toMatch(/src:\s*local\(/);
    expect(face).toMatch(/font-weight:\s*[47]00\b/);
    expect(face).toMatch(/unicode-range:/);
  }
});

test('a Bengali story downloads each Bengali subset once, and no other font', async ({ page, problems }) => {
  await withoutLocalFonts(page);
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto('/bn/news/phonepe-outage/');
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => fonts.length).toBe(2);
  expect(new Set(fonts).size, 'each file once').toBe(fonts.length);
  const faces = await pageFontFaces(page);
  expect(fonts.sort()).toEqual(faces.map((face) => face.url).sort());
  expect(fonts.every((url) => bengaliFontFile.test(url))).toBe(true);
  expect(problems).toEqual([]);
});

for (const path of allPages.filter((candidate) => langOf(candidate) === 'en')) {
  test(`${path} is drawn in the reader's system fonts: no font preloaded or downloaded`, async ({ page }) => {
    await withoutLocalFonts(page);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('link[rel=preload][as=font]')).toHaveCount(0);
    expect(fonts).toEqual([]);
  });
}
