import { describe, expect, it } from 'vitest';
import type { NewsCandidate } from '../../../../src/integrations/news-sitemap/news-entries';
import { newsSitemapXml } from '../../../../src/integrations/news-sitemap/news-sitemap-xml';
import { site } from '../../../../src/site.config';
import { newsSitemapProblems, readNewsSitemap } from '../../../shared/news-sitemap-reader';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const bengaliTitle = 'PhonePe-র পরিষেবা “বন্ধ” & <চালু>? লক্ষ লক্ষ গ্রাহক বিপাকে';
const entries: NewsCandidate[] = [
  { collection: 'stories', slug: 'outage', lang: 'bn', title: bengaliTitle, published: day('2026-11-24') },
  { collection: 'stories', slug: 'outage', lang: 'en', title: 'Payments & “fails” <b>', published: day('2026-11-24') },
];

describe('newsSitemapXml', () => {
  it('is valid against the sitemaps.org and Google News schemas', async () => {
    expect(await newsSitemapProblems(await newsSitemapXml(entries, site.name))).toEqual([]);
  });

  it('is checked by a validator that refuses what Google would refuse', async () => {
    const xml = await newsSitemapXml(entries, site.name);
    const regional = xml.replace('<news:language>bn</news:language>', '<news:language>bn-IN</news:language>');
    expect(await newsSitemapProblems(regional)).not.toEqual([]);
    const undated = xml.replace(/<news:publication_date>[^<]*<\/news:publication_date>/, '');
    expect(await newsSitemapProblems(undated)).not.toEqual([]);
  });

  it('gives each entry its URL, the site’s name and language code in its language, its day and its headline', async () => {
    expect(readNewsSitemap(await newsSitemapXml(entries, site.name))).toEqual([
      {
        loc: `${site.url}/bn/news/outage/`,
        name: 'ইউপিআই খবর',
        language: 'bn',
        date: '2026-11-24',
        title: bengaliTitle,
      },
      {
        loc: `${site.url}/en/news/outage/`,
        name: 'UPI News',
        language: 'en',
        date: '2026-11-24',
        title: 'Payments & “fails” <b>',
      },
    ]);
  });

  it('escapes markup in a headline, so it stays text', async () => {
    const xml = await newsSitemapXml(entries, site.name);
    expect(xml).not.toContain('<চালু>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('বিপাকে');
  });

  it('with nothing recent, is an empty news sitemap that still parses', async () => {
    const xml = await newsSitemapXml([], site.name);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><urlset /);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(readNewsSitemap(xml)).toEqual([]);
  });
});
