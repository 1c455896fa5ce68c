import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cachedOgImage,
  drawMissingOgImages,
  ogCacheDir,
  ogCacheKey,
  ogRendererVersion,
} from '../../../../src/integrations/og-cards/cache';
import type { OgImageInput } from '../../../../src/integrations/og-cards/card';
import { renderOgImage } from '../../../../src/integrations/og-cards/render';

const input: OgImageInput = {
  title: 'বিপাকে পড়েছিল লক্ষ লক্ষ গ্রাহক',
  siteName: 'ইউপিআই খবর',
  kindLabel: 'খবর',
  lang: 'bn',
};

/** A cache folder of its own for each test of the block, removed after it; read it through the returned function. */
function freshCacheDir(): () => string {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'og-cache-test-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

describe('cachedOgImage', () => {
  const cacheDir = freshCacheDir();

  it('draws a card once, then serves the same bytes from the cache', async () => {
    const dir = cacheDir();
    const render = vi.fn(renderOgImage);
    const first = await cachedOgImage(input, { dir, render });
    const file = join(dir, `${await ogCacheKey(input)}.png`);
    expect(existsSync(file)).toBe(true);
    const written = statSync(file).mtimeMs;

    const second = await cachedOgImage(input, { dir, render });
    expect(render).toHaveBeenCalledTimes(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('makes the cache folder on a machine that has none yet', async () => {
    const dir = join(cacheDir(), 'not', 'made', 'yet');
    const render = vi.fn(renderOgImage);
    await cachedOgImage(input, { dir, render });
    expect(existsSync(join(dir, `${await ogCacheKey(input)}.png`))).toBe(true);
    await cachedOgImage(input, { dir, render });
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('draws again when the headline changes', async () => {
    const dir = cacheDir();
    const render = vi.fn(renderOgImage);
    await cachedOgImage(input, { dir, render });
    await cachedOgImage({ ...input, title: `${input.title}!` }, { dir, render });
    expect(render).toHaveBeenCalledTimes(2);
  });
});

describe('drawMissingOgImages', () => {
  const cacheDir = freshCacheDir();

  const headlines = ['এক', 'দুই', 'তিন', 'চার', 'পাঁচ', 'ছয়'].map((title) => ({ ...input, title }));

  it('draws each missing card once, ahead of its request, and the request gets that card', async () => {
    const dir = cacheDir();
    const cached = headlines[0]!;
    await cachedOgImage(cached, { dir });
    const render = vi.fn(renderOgImage);
    await drawMissingOgImages(headlines, { dir, render });
    const cards = await Promise.all(headlines.map((headline) => cachedOgImage(headline, { dir, render })));
    expect(render.mock.calls.map(([drawn]) => drawn.title)).toEqual(headlines.slice(1).map((h) => h.title));
    const alone = await renderOgImage(headlines[3]!);
    expect(Buffer.from(cards[3]!).equals(Buffer.from(alone))).toBe(true);
  });

  it('fails the request of a card that could not be drawn, naming why, and draws the others', async () => {
    const dir = cacheDir();
    const render = vi.fn(async (card: OgImageInput) => {
      if (card.title === 'তিন') throw new Error('no glyph for তিন');
      return renderOgImage(card);
    });
    await drawMissingOgImages(headlines, { dir, render });
    const results = await Promise.allSettled(headlines.map((headline) => cachedOgImage(headline, { dir, render })));
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(String((results[2] as PromiseRejectedResult).reason)).toContain('no glyph for তিন');
  });
});

describe('ogCacheKey', () => {
  it('changes with every field of the input', async () => {
    const keys = await Promise.all([
      ogCacheKey(input),
      ogCacheKey({ ...input, title: 'লক্ষ' }),
      ogCacheKey({ ...input, siteName: 'UPI News' }),
      ogCacheKey({ ...input, kindLabel: 'বিবৃতি' }),
      ogCacheKey({ ...input, lang: 'en' }),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await ogCacheKey({ ...input })).toBe(keys[0]);
  });

  it('names the renderer versions and the layout version it depends on', async () => {
    expect(await ogRendererVersion()).toMatch(
      /^satori@\d+\.\d+\.\d+ @resvg\/resvg-js@\d+\.\d+\.\d+ sharp@\d+\.\d+\.\d+ vips@\d+\.\d+\.\d+ layout@\d+$/,
    );
  });
});

describe('ogCacheDir', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is node_modules/.cache/og-images, outside every source folder', () => {
    vi.stubEnv('OG_CACHE_DIR', undefined);
    expect(ogCacheDir('/site')).toBe('/site/node_modules/.cache/og-images');
  });

  it('can be moved with OG_CACHE_DIR', () => {
    vi.stubEnv('OG_CACHE_DIR', '/tmp/og');
    expect(ogCacheDir('/site')).toBe('/tmp/og');
  });
});
