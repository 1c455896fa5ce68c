import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defaultLang, langs } from '../../language/locales.ts';
import { isLaterListPage, offlinePath } from '../../language/paths.ts';
import { topicPages } from '../../site/topic-links.ts';
import { readTaggedPieces } from '../../site/tagged-pieces.ts';
import type { TaggedPiece } from '../../site/topics.ts';
import { site } from '../../site.config.ts';
import { fallbackPagePaths } from './fallback-pages.ts';
import { markLanguageChooser, topicSitemapLinks } from './sitemap-links.ts';

/**
 * The site's sitemaps: `@astrojs/sitemap` with the options below, after an integration that reads the pieces' tags
 * for the topic pages' links on a worker thread as soon as a build starts, while the build goes on, and waits
 * for them before the sitemap is written.
 */
export function siteSitemap(contentDir: string): AstroIntegration[] {
  let pieces: Promise<TaggedPiece[]> | undefined;
  let topicLinks: TopicLinks | undefined;
  const read = () => (pieces ??= readTaggedPieces(contentDir));
  const topics: AstroIntegration = {
    name: 'sitemap-topics',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // A build's: started now, awaited when the sitemap is written; a failure is reported there. `astro dev` and
        // `astro check` write no sitemap.
        if (command === 'build') read().catch(() => {});
      },
      'astro:build:done': async () => {
        topicLinks = topicSitemapLinks(topicPages(await read()), site.url);
      },
    },
  };
  const links = () => {
    if (!topicLinks) throw new Error('The sitemap is written before the topics are read (sitemap-topics)');
    return topicLinks;
  };
  return [topics, sitemap(sitemapOptions(contentDir, links))];
}

type TopicLinks = ReturnType<typeof topicSitemapLinks>;

/**
 * The options `@astrojs/sitemap` gets: every language a locale of the
 * sitemap; the 404 page, the offline pages and the fallbacks for missing translations left out
 * (they are for readers, not search engines); the second and later pages of
 * a list listed alone, since page 3 of the Bengali archive is not page 3 of
 * the English one; topic pages paired by their tags rather than their paths (`topicLinks`, once the sitemap is
 * written); and the language chooser at `/` marked `x-default`. Reads the content index, before collections load.
 */
export function sitemapOptions(contentDir: string, topicLinks: () => TopicLinks): SitemapOptions {
  const unlisted = new Set(['/404/', ...langs.map(offlinePath), ...fallbackPagePaths(contentDir)]);
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
