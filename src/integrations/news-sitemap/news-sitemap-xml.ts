import { Readable } from 'node:stream';
import { ErrorLevel, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { languageCode, type Lang } from '../../language/locales.ts';
import { articleUrl } from '../../language/paths.ts';
import { isoDay } from '../../language/dates.ts';
import type { NewsCandidate } from './news-entries.ts';

/** The sitemaps.org and Google News namespaces, as the `sitemap` package declares them. */
const namespaces = { news: true, xhtml: false, image: false, video: false };

/**
 * A news sitemap without entries, for when nothing is recent. The `sitemap` package refuses to write one, as the
 * sitemaps.org schema asks for one `<url>` at least; Google's News sitemap guidelines say an empty one causes no
 * problem (Search Console warns, to be sure it was meant). The text is constant: there is nothing in it to escape.
 */
export const emptyNewsSitemap =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
  'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

/**
 * A Google News sitemap of `entries`, in their order: per entry its absolute URL and `<news:news>` with the
 * publication (the site's name in the entry's language, and that language's ISO 639 code), the publication date (the
 * calendar day the content gives, no invented time) and the headline. Written by the `sitemap` package, the one
 * `@astrojs/sitemap` writes the other sitemaps with, which escapes the text and throws on an entry Google would not
 * read. With no entries it is `emptyNewsSitemap`.
 */
export async function newsSitemapXml(
  entries: readonly NewsCandidate[],
  siteName: Readonly<Record<Lang, string>>,
): Promise<string> {
  if (entries.length === 0) return emptyNewsSitemap;
  const stream = new SitemapStream({ xmlns: namespaces, level: ErrorLevel.THROW });
  const items = entries.map(({ collection, slug, lang, title, published }): SitemapItemLoose => ({
    url: articleUrl(collection, slug, lang),
    news: {
      publication: { name: siteName[lang], language: languageCode(lang) },
      publication_date: isoDay(published),
      title,
    },
  }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}
