/**
 * The Google News sitemap of a build whose clock (`SOURCE_DATE_EPOCH`) is the day after the flagship story: it lists
 * that story in both languages and a new Bengali story whose headline has markup characters, not a story from five
 * days earlier, nor the explainer published with the flagship; it is valid against Google's and sitemaps.org's
 * schemas; and robots.txt names it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newsSitemapProblems, readNewsSitemap } from '../shared/news-sitemap-reader';
import { buildSite, copySite, type BuildResult, type SiteCopy } from './site-copy';

/** 2026-11-25T12:00:00Z: a day and a half after the flagship story's date. */
const clock = String(Date.parse('2026-11-25T12:00:00Z') / 1000);
const markupTitle = 'পেমেন্ট “ফেল” & <b>সার্ভার</b> <ফের> চালু';

const story = (title: string, day: string) => `---
title: '${title}'
description: 'What the story says.'
pubDate: ${day}
section: 'News'
author: 'Desk'
---

One paragraph of text.
`;

let copy: SiteCopy;
let result: BuildResult;
let xml: string;

beforeAll(async () => {
  copy = copySite();
  copy.write('content/stories/bn/markup-title.mdx', story(markupTitle, '2026-11-25'));
  copy.write('content/stories/en/five-days-old.mdx', story('An older story', '2026-11-20'));
  result = await buildSite(copy.root, { SOURCE_DATE_EPOCH: clock });
  xml = result.code === 0 ? readFileSync(join(copy.root, 'dist/news-sitemap.xml'), 'utf8') : '';
});
afterAll(() => copy.remove());

it('builds', () => {
  expect(result.code, result.output).toBe(0);
});

it('lists the stories of the last two days in both languages, newest first, and nothing older or evergreen', () => {
  const paths = readNewsSitemap(xml).map((entry) => new URL(entry.loc).pathname);
  expect(paths).toEqual(['/bn/news/markup-title/', '/bn/news/phonepe-outage/', '/en/news/phonepe-outage/']);
});

it('names the publication and language of each entry in that language, with the headline as written', () => {
  const [recent, bn, en] = readNewsSitemap(xml);
  expect(recent).toMatchObject({ name: 'ইউপিআই খবর', language: 'bn', date: '2026-11-25', title: markupTitle });
  expect(bn).toMatchObject({ name: 'ইউপিআই খবর', language: 'bn', date: '2026-11-24' });
  expect(bn!.title).toMatch(/^কেন হঠাৎ বন্ধ হয়ে গিয়েছিল PhonePe-র পরিষেবা\?/);
  expect(en).toMatchObject({ name: 'UPI News', language: 'en', date: '2026-11-24' });
  expect(xml).not.toContain('<ফের>');
});

it('is valid against Google’s news sitemap schema and the sitemaps.org schema', async () => {
  expect(await newsSitemapProblems(xml)).toEqual([]);
});

it('is named in robots.txt', () => {
  const robots = readFileSync(join(copy.root, 'dist/robots.txt'), 'utf8');
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/news-sitemap\.xml$/m);
});
