/**
 * Markdown the seed story does not use, as an editor writes it: footnotes, a table with aligned columns, a picture
 * wider than a phone, a code block with a long line. Built in a copy of the site and read in Chromium at a phone's
 * width, under the site's own security policy (nothing bypassed): what a reader sees, and what the browser refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';
import { launchChromium, serveBuiltSite } from '../shared/chromium';
import { nuHtmlCheck } from '../shared/nu-html-checker';
import { builtCopy, repoRoot, type SiteCopy } from './site-copy';

const story = '/bn/news/markdown-features/';
const body = [
  'প্রথম কথা।[^a] আবার সেই কথা।[^a] অন্য কথা।[^b]',
  '',
  '## কোন অ্যাপ চালু ছিল',
  '',
  '| অ্যাপ | অবস্থা | লেনদেন |',
  '| :-- | :-: | --: |',
  '| PhonePe | বন্ধ | ১২০০ |',
  '| Paytm | চালু | ৩৪০০০ |',
  '',
  '![একটি চওড়া ছবি](./wide.png)',
  '',
  '![দোকানের কাউন্টারে কিউআর কোড](./photo.jpg "কলকাতার একটি দোকানে ইউপিআই-এর কিউআর কোড। ছবি: প্রতিবেদক")',
  '',
  '```',
  `*99# ${'upi://pay?pa=someone@bank&pn=Someone&am=100&cu=INR&tn='.repeat(3)}`,
  '```',
  '',
  '[^a]: প্রথম টীকা।',
  '[^b]: দ্বিতীয় টীকা।',
].join('\n');

/** A photo as a camera or a photographer's laptop hands it over: 2400×1600 px, about 300 KB of JPEG. */
async function cameraPhoto(seed = 0): Promise<Buffer> {
  const [width, height] = [2400, 1600];
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++)
    pixels[i] = (Math.sin(i / 997 + seed) * 60 + 128 + ((i * 2654435761) % 41)) & 255;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(2)
    .jpeg({ quality: 85 })
    .toBuffer();
}

let copy: SiteCopy;
let dist: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const photo = await cameraPhoto();
  copy = await builtCopy({
    'content/stories/bn/markdown-features.mdx': `---\ntitle: 'মার্কডাউনের পরীক্ষা'\ndescription: 'পাদটীকা, সারণি আর ছবি।'\npubDate: 2026-11-26\nsection: 'পরীক্ষা'\nauthor: 'ডেস্ক'\n---\n\n${body}\n`,
    // The site's logo, 512 px wide: wider than any phone.
    'content/stories/bn/wide.png': readFileSync(join(repoRoot, 'public/logo.png')),
    'content/stories/bn/photo.jpg': photo,
    // A story that opens with its photo.
    'content/stories/bn/lead-photo.mdx': `---\ntitle: 'ছবিতে শুরু'\ndescription: 'প্রথমেই একটি ছবি।'\npubDate: 2026-11-26\nsection: 'পরীক্ষা'\nauthor: 'ডেস্ক'\n---\n\n![দোকানের কাউন্টারে কিউআর কোড](./lead.jpg)\n\nপ্রথম অনুচ্ছেদ।\n`,
    'content/stories/bn/lead.jpg': await cameraPhoto(1),
  });
  dist = join(copy.root, 'dist');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await serveBuiltSite(context, dist, site.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  copy?.remove();
});

describe('a Bengali story with footnotes, a table and a wide picture', () => {
  it('reads on a phone: notes in Bengali, columns aligned, nothing past the screen’s edge, nothing refused', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(new URL(story, site.url).href, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      notesHeading: document.querySelector('.footnotes h2')?.textContent,
      notesHeadingShown: (document.querySelector('.footnotes h2') as HTMLElement | null)?.offsetHeight ?? 0,
      contents: [...document.querySelectorAll('.toc a')].map((link) => link.textContent?.trim()),
      citations: [...document.querySelectorAll('[data-footnote-ref]')].map((link) => link.textContent),
      backLinks: [...document.querySelectorAll('[data-footnote-backref]')].map((link) =>
        link.getAttribute('aria-label'),
      ),
      alignment: [...document.querySelectorAll('.prose td')]
        .slice(0, 3)
        .map((cell) => getComputedStyle(cell).textAlign),
      pastTheEdge: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((element) => element.outerHTML.slice(0, 80)),
    }));
    await page.close();
    expect(errors).toEqual([]);
    expect(seen.notesHeading).toBe('পাদটীকা');
    expect(seen.notesHeadingShown).toBeGreaterThan(0);
    expect(seen.contents).toEqual(['কোন অ্যাপ চালু ছিল', 'পাদটীকা']);
    expect(seen.citations).toEqual(['১', '১', '২']);
    expect(seen.backLinks).toEqual(['১ নম্বর উল্লেখে ফিরে যান', '১-২ নম্বর উল্লেখে ফিরে যান', '২ নম্বর উল্লেখে ফিরে যান']);
    expect(seen.alignment).toEqual(['start', 'center', 'end']);
    expect(seen.pastTheEdge).toEqual([]);
  });

  it("downloads the photo at the phone's width, not the camera's, keeps its room while it loads, and captions it", async () => {
    const page = await context.newPage();
    const images: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'image')
        images.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(new URL(story, site.url).href, { waitUntil: 'load' });
    const photo = page.locator('img[alt="দোকানের কাউন্টারে কিউআর কোড"]');
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeTruthy();
    // For a person to look at: the photo and its caption as a phone shows them.
    await page.locator('figure:has(img[alt="দোকানের কাউন্টারে কিউআর কোড"])').screenshot({
      path: 'test-results/markdown-features/photo.png',
    });
    const seen = await photo.evaluate((img: HTMLImageElement) => ({
      shown: img.getBoundingClientRect().width,
      // The width of the candidate the browser chose, from the srcset entry of the file it downloaded.
      chosen: img.srcset
        .split(',')
        .map((entry) => entry.trim().split(/\s+/))
        .find(([url]) => new URL(url!, location.href).href === img.currentSrc)?.[1],
      attributes: [img.getAttribute('width'), img.getAttribute('height')],
      candidates: img.srcset.split(',').length,
      bottom: img.getBoundingClientRect().bottom,
      caption: img.closest('figure')?.querySelector('figcaption')?.textContent,
      captionTop: img.closest('figure')?.querySelector('figcaption')?.getBoundingClientRect().top,
    }));
    await page.close();
    // 320 px at one device pixel a CSS pixel: the smallest candidate, 640 px wide, not the 2400 px original.
    expect(seen.shown).toBeLessThanOrEqual(320);
    expect(seen.chosen).toBe('640w');
    expect(seen.attributes).toEqual(['2400', '1600']);
    expect(seen.candidates).toBeGreaterThan(4);
    // The Markdown title is the photo's caption, under it.
    expect(seen.caption).toBe('কলকাতার একটি দোকানে ইউপিআই-এর কিউআর কোড। ছবি: প্রতিবেদক');
    expect(seen.captionTop).toBeGreaterThanOrEqual(seen.bottom);
    const photoBytes = images.filter(({ url }) => /\/_astro\/photo\./.test(url)).map(({ bytes }) => bytes);
    expect(photoBytes).toHaveLength(1);
    expect(photoBytes[0]).toBeLessThan(20_000);
  });

  it("fetches a photo that opens a story at once, and the others as the reader nears them, each at the column's width", () => {
    const img = (path: string) => /<img [^>]*>/.exec(readFileSync(join(dist, path, 'index.html'), 'utf8'))![0];
    const lead = img('/bn/news/lead-photo/');
    const later = img(story);
    expect(lead).toMatch(/ loading="eager"/);
    expect(lead).toMatch(/ fetchpriority="high"/);
    expect(later).toMatch(/ loading="lazy"/);
    expect(later).not.toMatch(/fetchpriority/);
    // On a laptop the column is 40rem wide: the browser is told so, not that the photo spans the screen.
    for (const tag of [lead, later]) expect(tag).toContain(' sizes="(min-width: 42rem) 40rem, calc(100vw - 2rem)"');
  });

  it('is valid HTML', () => {
    const report = nuHtmlCheck([join(dist, story, 'index.html'), join(dist, '/bn/news/lead-photo/index.html')], dist);
    expect(report.problems).toEqual([]);
  });
});
