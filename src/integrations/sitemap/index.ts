import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defaultLang, langs } from '../../language/locales.ts';
import { isLaterListPage, offlinePath } from '../../language/paths.ts';
import { topicPages } from '../../site/topic-links.ts';
import { movedPages } from '../../content-index/moved-pieces.ts';
import type { ListedPiece } from '../../site/tagged-pieces.ts';
import { site } from '../../site.config.ts';
import { fallbackPagePaths } from './fallback-pages.ts';
import { markLanguageChooser, topicSitemapLinks } from './sitemap-links.ts';

/**
 * The site's sitemaps: `@astrojs/sitemap` with the options below, after an integration that reads the pieces' tags
 * and earlier slugs (`read`, on a worker thread, started as soon as a build starts, while the build goes on) for the
 * topic pages' links and the old addresses left out, and waits for them before the sitemap is written.
 */
export function siteSitemap(contentDir: string, read: () => Promise<ListedPiece[]>): AstroIntegration[] {
  let listed: ListedPieces | undefined;
  const topics: AstroIntegration = {
    name: 'sitemap-topics',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // A build's: started now, awaited when the sitemap is written; a failure is reported there. `astro dev` and
        // `astro check` write no sitemap.
        if (command === 'build') read().catch(() => {});
      },
      'astro:build:done': async () => {
        const pieces = await read();
        listed = {
          topicLinks: topicSitemapLinks(topicPages(pieces), site.url),
          movedPaths: new Set(movedPages(pieces).map((page) => page.fromPath)),
        };
      },
    },
  };
  const pieces = () => {
    if (!listed) throw new Error('The sitemap is written before the pieces are read (sitemap-topics)');
    return listed;
  };
  return [topics, sitemap(sitemapOptions(contentDir, pieces))];
}

type TopicLinks = ReturnType<typeof topicSitemapLinks>;

/** What the sitemap needs of the pieces' frontmatter: the topic pages' links, the old addresses of renamed pieces. */
export interface ListedPieces {
  topicLinks: TopicLinks;
  movedPaths: ReadonlySet<string>;
}

/**
 * The options `@astrojs/sitemap` gets: every language a locale of the
 * sitemap; the 404 page, the offline pages, the fallbacks for missing translations (they are for readers, not
 * search engines) and the old addresses of renamed pieces (`pieces().movedPaths`, once the sitemap is written) left
 * out; the second and later pages of
 * a list listed alone, since page 3 of the Bengali archive is not page 3 of
 * the English one; topic pages paired by their tags rather than their paths (`pieces().topicLinks`); and the language
 * chooser at `/` marked `x-default`. Reads the content index, before collections load.
 */
export function sitemapOptions(contentDir: string, pieces: () => ListedPieces): SitemapOptions {
  const unlisted = new Set(['/404/', ...langs.map(offlinePath), ...fallbackPagePaths(contentDir)]);
  return {
    i18n: { defaultLocale: defaultLang, locales: Object.fromEntries(langs.map((lang) => [lang, lang])) },
    filter: (page) => {
      const path = decodeURI(new URL(page).pathname);
      return !unlisted.has(path) && !pieces().movedPaths.has(path);
    },
    serialize: (item) => {
      const path = decodeURI(new URL(item.url).pathname);
      if (isLaterListPage(path)) {
        const alone = { ...item };
        delete alone.links;
        return alone;
      }
      const topic = pieces().topicLinks.get(path);
      if (topic) return { ...item, links: topic };
      return item.links ? { ...item, links: markLanguageChooser(item.links) } : item;
    },
  };
}
