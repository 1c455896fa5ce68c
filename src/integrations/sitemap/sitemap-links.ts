import { langOfPath } from '../../language/paths.ts';
import type { TopicPage } from '../../site/topic-links';

/** One `xhtml:link` of a sitemap entry, as `@astrojs/sitemap` passes it to `serialize`. */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * `@astrojs/sitemap` files every unprefixed URL under the default locale, so
 * the language chooser at `/` would be listed as a second Bengali home page.
 * It is the page for readers of no particular language: mark it `x-default`.
 */
export function markLanguageChooser(links: SitemapLink[]): SitemapLink[] {
  return links.map((link) => (langOfPath(link.url) ? link : { ...link, lang: 'x-default' }));
}

/**
 * The alternates of every topic page, by unencoded path. A topic's slug
 * differs between languages (“ইউপিআই”, “upi”), so `@astrojs/sitemap`, which
 * pairs pages by their path after the locale, cannot find its translation;
 * these links come from the topic pairing the pages themselves use.
 */
export function topicSitemapLinks(pages: readonly TopicPage[], siteUrl: string): Map<string, SitemapLink[]> {
  return new Map(
    pages.map((page) => [
      page.alternates[page.lang]!,
      Object.entries(page.alternates).map(([lang, path]) => ({ lang, url: new URL(path, siteUrl).href })),
    ]),
  );
}
