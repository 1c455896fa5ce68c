import type { APIRequestContext } from '@playwright/test';
import { parseUnicodeRange, runsInRanges } from '../../src/integrations/fonts/stylesheets';
import { woff2ToSfnt } from '../../src/integrations/fonts/woff2';
import { Shaper } from '../shared/shaping';
import { expect, test } from './shared-tab';
import { allPages } from './site';
import { fullBengaliWoff2, pageFontFaces } from './web-fonts';

const shapers = new Map<string, Shaper>();

/** A shaper for the font file at `url` on the site, fetched once. */
async function siteShaper(request: APIRequestContext, url: string): Promise<Shaper> {
  if (!shapers.has(url)) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    shapers.set(url, new Shaper(await woff2ToSfnt(await response.body())));
  }
  return shapers.get(url)!;
}

const fullShapers = new Map(
  await Promise.all(
    ['400', '700'].map(async (weight) => [weight, new Shaper(await woff2ToSfnt(fullBengaliWoff2(weight)))] as const),
  ),
);

for (const path of allPages) {
  test(`${path}: the subset fonts have every Bengali character of the page, shaped as the full fonts shape it`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const faces = (await pageFontFaces(page)).filter((face) => face.family === 'Noto Sans Bengali');
    expect(faces.map((face) => face.weight).sort()).toEqual(['400', '700']);
    // Every text node, hidden ones too (scripts may show them), with the weight Chromium computed for it.
    const texts = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: { text: string; weight: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (['SCRIPT', 'STYLE'].includes(parent.tagName) || !node.textContent?.trim()) continue;
        found.push({ text: node.textContent, weight: Number(getComputedStyle(parent).fontWeight) });
      }
      return found;
    });
    const wrong: string[] = [];
    let shaped = 0;
    for (const { text, weight } of texts) {
      const face = faces.find((candidate) => candidate.weight === (weight >= 600 ? '700' : '400'))!;
      const subset = await siteShaper(request, face.url);
      const full = fullShapers.get(face.weight)!;
      for (const run of runsInRanges(text, parseUnicodeRange(face.unicodeRange))) {
        shaped++;
        if (subset.shape(run).some((glyph) => glyph.id === 0)) wrong.push(`${run} (${face.weight}): missing glyph`);
        else if (JSON.stringify(subset.drawn(run)) !== JSON.stringify(full.drawn(run))) {
          wrong.push(`${run} (${face.weight}): shaped differently`);
        }
      }
    }
    expect(shaped, 'Bengali runs on the page').toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
}
