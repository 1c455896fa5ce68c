import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaggedPieces } from '../../../../src/site/tagged-pieces';
import { markLanguageChooser, topicSitemapLinks } from '../../../../src/integrations/sitemap/sitemap-links';
import { topicPages } from '../../../../src/site/topic-links';

describe('markLanguageChooser', () => {
  it('lists the unprefixed chooser as x-default, not as a second Bengali page', () => {
    const links = [
      { url: 'https://news.example.org/', lang: 'bn-IN' },
      { url: 'https://news.example.org/bn/', lang: 'bn-IN' },
      { url: 'https://news.example.org/en/', lang: 'en-IN' },
    ];
    expect(markLanguageChooser(links)).toEqual([
      { url: 'https://news.example.org/', lang: 'x-default' },
      { url: 'https://news.example.org/bn/', lang: 'bn-IN' },
      { url: 'https://news.example.org/en/', lang: 'en-IN' },
    ]);
  });

  it('leaves the links of localized pages alone', () => {
    const links = [
      { url: 'https://news.example.org/bn/news/a/', lang: 'bn-IN' },
      { url: 'https://news.example.org/en/news/a/', lang: 'en-IN' },
    ];
    expect(markLanguageChooser(links)).toEqual(links);
  });
});

describe('topicSitemapLinks', () => {
  it('pairs each topic page with its counterpart, in percent-encoded absolute URLs', () => {
    const pages = topicPages([
      { collection: 'stories', lang: 'bn', slug: 'a', tags: ['ইউপিআই', 'বিবৃতি'] },
      { collection: 'stories', lang: 'en', slug: 'a', tags: ['UPI'] },
      { collection: 'explainers', lang: 'en', slug: 'b', tags: ['UPI'] },
      { collection: 'explainers', lang: 'bn', slug: 'b', tags: ['ইউপিআই'] },
    ]);
    const links = topicSitemapLinks(pages, 'https://news.example.org');
    const upi = [
      { lang: 'bn', url: 'https://news.example.org/bn/topics/%E0%A6%87%E0%A6%89%E0%A6%AA%E0%A6%BF%E0%A6%86%E0%A6%87/' },
      { lang: 'en', url: 'https://news.example.org/en/topics/upi/' },
    ];
    expect(links.get('/bn/topics/ইউপিআই/')).toEqual(upi);
    expect(links.get('/en/topics/upi/')).toEqual(upi);
    // The first story's translation has fewer tags, so only the explainer pairs ইউপিআই and UPI; বিবৃতি has no counterpart.
    expect(links.get('/bn/topics/বিবৃতি/')).toEqual([
      { lang: 'bn', url: 'https://news.example.org/bn/topics/%E0%A6%AC%E0%A6%BF%E0%A6%AC%E0%A7%83%E0%A6%A4%E0%A6%BF/' },
    ]);
  });
});

describe('readTaggedPieces', () => {
  it('reads every article’s tags from the content folders’ frontmatter', async () => {
    const pieces = await readTaggedPieces(new URL('../../../../content/', import.meta.url).pathname);
    expect(pieces).toContainEqual({
      collection: 'stories',
      lang: 'en',
      slug: 'phonepe-outage',
      file: 'content/stories/en/phonepe-outage.mdx',
      tags: ['PhonePe', 'UPI', 'Digital payments'],
      previousSlugs: [],
    });
    expect(pieces.every((piece) => ['bn', 'en'].includes(piece.lang))).toBe(true);
  });

  it('reads the slugs a renamed piece had before', async () => {
    const content = mkdtempSync(join(tmpdir(), 'tagged-'));
    mkdirSync(join(content, 'stories/bn'), { recursive: true });
    writeFileSync(join(content, 'stories/bn/new.mdx'), '---\ntitle: "A story"\npreviousSlugs: [old, " older "]\n---\n');
    const [piece] = await readTaggedPieces(content);
    expect(piece).toMatchObject({ slug: 'new', previousSlugs: ['old', 'older'], tags: [] });
  });

  it('names the file whose frontmatter is not YAML', async () => {
    const content = mkdtempSync(join(tmpdir(), 'tagged-'));
    mkdirSync(join(content, 'stories/en'), { recursive: true });
    writeFileSync(join(content, 'stories/en/bad.mdx'), '---\ntitle: "A quoted title" and more\n---\nText.\n');
    await expect(readTaggedPieces(content)).rejects.toThrow(/stories\/en\/bad\.mdx: not valid YAML/);
  });
});
