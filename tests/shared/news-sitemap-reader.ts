import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { validateXML } from 'xmllint-wasm';

/** sitemaps.org's sitemap schema 0.9, as the `sitemap` package ships it. */
const sitemapXsd = readFileSync(new URL('../../node_modules/sitemap/schema/sitemap.xsd', import.meta.url), 'utf8');
/** Google's News sitemap schema 0.9 (no npm package ships it; see the file's header). */
const newsXsd = readFileSync(new URL('../fixtures/xsd/sitemap-news.xsd', import.meta.url), 'utf8');
/** Both schemas, as a crawler reads a news sitemap: the core elements, and the news elements inside each `<url>`. */
const bothXsd = `<?xml version="1.0" encoding="UTF-8"?>
<schema xmlns="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="sitemap-news.xsd"/>
</schema>`;

/** What xmllint, with both schemas, finds wrong with a news sitemap: one message per problem, none when it is valid. */
export async function newsSitemapProblems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'news-sitemap.xml', contents: xml },
    schema: { fileName: 'both.xsd', contents: bothXsd },
    preload: [
      { fileName: 'sitemap.xsd', contents: sitemapXsd },
      { fileName: 'sitemap-news.xsd', contents: newsXsd },
    ],
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

/** One entry of a news sitemap as Google News reads it. */
export interface NewsSitemapEntry {
  loc: string;
  name: string;
  language: string;
  date: string;
  title: string;
}

/** The entries of a news sitemap, in order, with their text decoded as an XML parser decodes it. */
export function readNewsSitemap(xml: string): NewsSitemapEntry[] {
  const document = parseDocument(xml, { xmlMode: true });
  const text = (parent: Parameters<typeof DomUtils.textContent>[0], tag: string) =>
    DomUtils.textContent(DomUtils.getElementsByTagName(tag, parent, true, 1));
  return DomUtils.getElementsByTagName('url', document, true).map((url) => ({
    loc: text(url, 'loc'),
    name: text(url, 'news:name'),
    language: text(url, 'news:language'),
    date: text(url, 'news:publication_date'),
    title: text(url, 'news:title'),
  }));
}
