/**
 * Markdown the seed story does not use, as an editor writes it: footnotes, a table with aligned columns, a picture
 * wider than a phone, a code block with a long line. Built in a copy of the site and read in Chromium at a phone's
 * width, under the site's own security policy (nothing bypassed): what a reader sees, and what the browser refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
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
  '```',
  `*99# ${'upi://pay?pa=someone@bank&pn=Someone&am=100&cu=INR&tn='.repeat(3)}`,
  '```',
  '',
  '[^a]: প্রথম টীকা।',
  '[^b]: দ্বিতীয় টীকা।',
].join('\n');

let copy: SiteCopy;
let dist: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  copy = await builtCopy({
    'content/stories/bn/markdown-features.mdx': `---\ntitle: 'মার্কডাউনের পরীক্ষা'\ndescription: 'পাদটীকা, সারণি আর ছবি।'\npubDate: 2026-11-26\nsection: 'পরীক্ষা'\nauthor: 'ডেস্ক'\n---\n\n${body}\n`,
    // The site's logo, 512 px wide: wider than any phone.
    'content/stories/bn/wide.png': readFileSync(join(repoRoot, 'public/logo.png')),
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

  it('is valid HTML', () => {
    const report = nuHtmlCheck([join(dist, story, 'index.html')], dist);
    expect(report.problems).toEqual([]);
  });
});
