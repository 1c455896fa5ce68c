import { langs } from '../site.config';

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
  return links.map((link) => {
    const [first] = new URL(link.url).pathname.split('/').filter(Boolean);
    return (langs as readonly (string | undefined)[]).includes(first) ? link : { ...link, lang: 'x-default' };
  });
}
