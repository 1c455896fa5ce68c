/**
 * A live story, from the fictional fixture in `tests/fixtures/live/` (never real news), in Bengali and English: its
 * page says "live" while coverage runs and "coverage ended" once the build's clock (`SOURCE_DATE_EPOCH`) has passed
 * its end; updates show newest first with the same anchors in both languages and times in each language's digits;
 * `LiveBlogPosting` carries the updates; the feeds carry their text and move `updated`. The state depends on the
 * clock, not only on the sources, so an incremental rebuild at a later clock must write what a clean build writes.
 * And an update outside the coverage stops the build, naming the file and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serveStatic } from '../bench/static-server';
import { launchChromium } from '../shared/chromium';
import { nuHtmlCheck } from '../shared/nu-html-checker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildWith, copySite, filesUnder, type BuildResult, type SiteCopy } from './site-copy';

const fixture = (lang: string) =>
  readFileSync(new URL(`../fixtures/live/${lang}.mdx`, import.meta.url), 'utf8').replace(
    /(\n {2}start: .*\n)/,
    '$1  end: 2026-10-05T12:00+05:30\n',
  );
const files = { 'content/stories/bn/test-live.mdx': fixture('bn'), 'content/stories/en/test-live.mdx': fixture('en') };

/** During the coverage (11:30 in Kolkata), and after its end (13:30). */
const during = { SOURCE_DATE_EPOCH: String(Date.parse('2026-10-05T06:00:00Z') / 1000) };
const after = { SOURCE_DATE_EPOCH: String(Date.parse('2026-10-05T08:00:00Z') / 1000) };

let incremental: SiteCopy;
let clean: SiteCopy;
let first: BuildResult;
let duringPages: Record<string, string> = {};
let duringCard: Buffer | undefined;
const card = (copy: SiteCopy) => readFileSync(join(copy.root, 'dist/og/bn/news/test-live.png'));

const page = (copy: SiteCopy, lang: string) =>
  readFileSync(join(copy.root, 'dist', lang, 'news/test-live/index.html'), 'utf8');
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
const anchors = (html: string) => [...html.matchAll(/<section class="live-update" id="([^"]+)"/g)].map((m) => m[1]);

beforeAll(async () => {
  [incremental, clean] = [copySite(), copySite()];
  for (const copy of [incremental, clean]) for (const [path, text] of Object.entries(files)) copy.write(path, text);
  const cleanBuild = buildSite(clean.root, after);
  first = await buildSite(incremental.root, during);
  duringPages = first.code === 0 ? { bn: page(incremental, 'bn'), en: page(incremental, 'en') } : {};
  duringCard = first.code === 0 ? card(incremental) : undefined;
  await cleanBuild;
});
afterAll(() => [incremental, clean].forEach((copy) => copy?.remove()));

describe('a live story while coverage runs', () => {
  it('builds', () => expect(first.code, first.output).toBe(0));

  it('says it is live, and shows the updates newest first with the same anchors in both languages', () => {
    const { bn, en } = duringPages as { bn: string; en: string };
    expect(bn).toMatch(/data-live-state="live"[^>]*><strong[^>]*>লাইভ</);
    expect(en).toMatch(/data-live-state="live"[^>]*><strong[^>]*>Live</);
    const ids = ['update-2026-10-05t05-45z', 'update-2026-10-05t04-30z', 'update-2026-10-05t03-35z'];
    expect(anchors(bn)).toEqual(ids);
    expect(anchors(en)).toEqual(ids);
    // The key facts stay above the updates.
    expect(bn).toMatch(/class="key-facts"[\s\S]*?<li>এটি একটি কাল্পনিক পরীক্ষামূলক খবর।<\/li>/);
    expect(bn.indexOf('class="key-facts"')).toBeLessThan(bn.indexOf('class="live-update"'));
  });

  it('writes each update’s time in the newsroom’s zone, in Bengali digits on the Bengali page', () => {
    const times = (html: string) =>
      [...html.matchAll(/<section class="live-update"[\s\S]*?<time datetime="([^"]+)"[^>]*>([^<]+)</g)].map((m) => [
        m[1],
        m[2],
      ]);
    const bn = times(duringPages.bn!);
    expect(bn[0]).toEqual(['2026-10-05T05:45:00.000Z', expect.stringMatching(/১১:১৫/)]);
    for (const [, text] of bn) expect(text).not.toMatch(/[0-9A-Za-z]/);
    expect(times(duringPages.en!)[0]![1]).toBe('5 October 2026 at 11:15');
  });

  it('is a LiveBlogPosting with its updates as BlogPostings and no end yet', () => {
    const posting = jsonLd(duringPages.bn!);
    expect(posting['@type']).toBe('LiveBlogPosting');
    expect(posting.coverageStartTime).toBe('2026-10-05T03:30:00.000Z');
    expect(posting).not.toHaveProperty('coverageEndTime');
    expect(posting.dateModified).toBe('2026-10-05T05:45:00.000Z');
    const updates = posting.liveBlogUpdate as Record<string, string>[];
    expect(updates.map((update) => update.datePublished)).toEqual([
      '2026-10-05T05:45:00.000Z',
      '2026-10-05T04:30:00.000Z',
      '2026-10-05T03:35:00.000Z',
    ]);
    expect(updates[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'তৃতীয় পরীক্ষামূলক আপডেট',
      articleBody: 'তৃতীয় আপডেটের কাল্পনিক লেখা।',
    });
    expect(jsonLd(duringPages.en!).translationOfWork).toMatchObject({ '@type': 'LiveBlogPosting' });
  });
});

/** What axe finds on the live story's pages of a copy, in light and dark colours, at phone width. */
async function axeViolations(copy: SiteCopy, port: number): Promise<string[]> {
  const server = await serveStatic(join(copy.root, 'dist'), port);
  const browser = await launchChromium();
  const found: string[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
      const tab = await context.newPage();
      for (const lang of ['bn', 'en']) {
        await tab.goto(`http://localhost:${port}/${lang}/news/test-live/`);
        // As in tests/e2e/accessibility.spec.ts.
        const { violations } = await new AxeBuilder({ page: tab })
          .options({ resultTypes: ['violations'] })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .setLegacyMode()
          .analyze();
        found.push(...violations.map((violation) => `${lang} ${colorScheme}: ${violation.id}`));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return found;
}

/** What the W3C Nu HTML Checker finds wrong with the live story's pages of a copy. */
function htmlProblems(copy: SiteCopy): string[] {
  const pages = ['bn', 'en'].map((lang) => join(copy.root, 'dist', lang, 'news/test-live/index.html'));
  return nuHtmlCheck(pages, copy.root).problems;
}

describe('a live story’s page, while live', () => {
  it('has no WCAG violations axe can find and is valid HTML', async () => {
    expect(await axeViolations(incremental, 4417)).toEqual([]);
    expect(htmlProblems(incremental)).toEqual([]);
  });
});

describe('a live story after its coverage ended', () => {
  let rebuilt: BuildResult;
  beforeAll(async () => {
    rebuilt = await buildSite(incremental.root, after);
  });

  it('says coverage ended, with the end time, and gives the end in its structured data', () => {
    expect(rebuilt.code, rebuilt.output).toBe(0);
    const bn = page(incremental, 'bn');
    expect(bn).toMatch(/data-live-state="ended"[^>]*><strong[^>]*>কভারেজ শেষ</);
    expect(page(incremental, 'en')).toMatch(/Coverage ended[\s\S]*?5 October 2026 at 12:00</);
    expect(jsonLd(bn).coverageEndTime).toBe('2026-10-05T06:30:00.000Z');
    expect(jsonLd(bn).dateModified).toBe('2026-10-05T05:45:00.000Z');
  });

  it('carries the updates’ text to feed readers, with updated moved to the newest update', () => {
    const atom = readFileSync(join(incremental.root, 'dist/bn/atom.xml'), 'utf8');
    const entry = atom.slice(atom.lastIndexOf('<entry>', atom.indexOf('/bn/news/test-live/')));
    expect(entry).toContain('<updated>2026-10-05T05:45:00.000Z</updated>');
    expect(entry).toContain('তৃতীয় আপডেটের <strong>কাল্পনিক</strong> লেখা।');
    expect(entry).toContain('/bn/news/test-live/#update-2026-10-05t05-45z');
  });

  it('gets a new preview card, whose label no longer says live', () => {
    expect(duringCard).toBeDefined();
    expect(card(incremental).equals(duringCard!)).toBe(false);
  });

  it('has no WCAG violations axe can find and is valid HTML', async () => {
    expect(await axeViolations(incremental, 4418)).toEqual([]);
    expect(htmlProblems(incremental)).toEqual([]);
  });

  it('rebuilt at the later clock, writes what a clean build at that clock writes', () => {
    const a = filesUnder(join(incremental.root, 'dist'));
    const b = filesUnder(join(clean.root, 'dist'));
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((path) => !a.get(path)?.equals(b.get(path)!));
    expect(differ).toEqual([]);
  });
});

describe('updates the loader refuses', () => {
  it('stops the build on an update before coverage starts, naming the file and field', async () => {
    const early = files['content/stories/bn/test-live.mdx'].replace(
      'time="2026-10-05T09:05+05:30"',
      'time="2026-10-05T08:05+05:30"',
    );
    const { code, output } = await buildWith({ ...files, 'content/stories/bn/test-live.mdx': early });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/stories/bn/test-live.mdx: updates: <Update time="2026-10-05T08:05+05:30"> is before coverage.start',
    );
  });

  it('stops the build on a coverage end before its start, naming the file and field', async () => {
    const backwards = files['content/stories/en/test-live.mdx'].replace(
      'end: 2026-10-05T12:00+05:30',
      'end: 2026-10-05T08:00+05:30',
    );
    const { code, output } = await buildWith({ ...files, 'content/stories/en/test-live.mdx': backwards });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/stories/en/test-live.mdx: coverage.end: 2026-10-05T02:30:00.000Z is before coverage.start',
    );
  });
});
