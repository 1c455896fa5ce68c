import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLang, langs } from '../../language/locales.ts';
import { isLaterListPage, offlinePath } from '../../language/paths.ts';
import { topicPages } from '../../site/topic-links.ts';
import { readTaggedPieces } from '../../site/tagged-pieces.ts';
import { site } from '../../site.config.ts';
import { fallbackPagePaths } from './fallback-pages.ts';
import { markLanguageChooser, topicSitemapLinks } from './sitemap-links.ts';

/**
 * The options `@astrojs/sitemap` gets: every language a locale of the
 * sitemap; the 404 page, the offline pages and the fallbacks for missing translations left out
 * (they are for readers, not search engines); the second and later pages of
 * a list listed alone, since page 3 of the Bengali archive is not page 3 of
 * the English one; topic pages paired by their tags rather than their paths;
 * and the language chooser at `/` marked `x-default`. Reads the content index,
 * before collections load, and the pieces' tags when the sitemap is written.
 */
export function sitemapOptions(contentDir: string): SitemapOptions {
  const unlisted = new Set(['/404/', ...langs.map(offlinePath), ...fallbackPagePaths(contentDir)]);
  // Read once the sitemap is written, not when the config loads: every piece's frontmatter is parsed for its tags.
  let topics: ReturnType<typeof topicSitemapLinks> | undefined;
  const topicLinks = () => (topics ??= topicSitemapLinks(topicPages(readTaggedPieces(contentDir)), site.url));
  return {
    i18n: { defaultLocale: defaultLang, locales: Object.fromEntries(langs.map((lang) => [lang, lang])) },
    filter: (page) => !unlisted.has(decodeURI(new URL(page).pathname)),
    serialize: (item) => {
      const path = decodeURI(new URL(item.url).pathname);
      if (isLaterListPage(path)) {
        const alone = { ...item };
        delete alone.links;
        return alone;
      }
      const topic = topicLinks().get(path);
      if (topic) return { ...item, links: topic };
      return item.links ? { ...item, links: markLanguageChooser(item.links) } : item;
    },
  };
}
