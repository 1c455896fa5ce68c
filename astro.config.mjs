// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { fallbackPagePaths } from './src/lib/fallback-pages.ts';
import { markLanguageChooser } from './src/lib/sitemap-links.ts';
import subsetFonts from './src/integrations/subset-fonts.ts';
import rehypeExternalLinks from './src/plugins/rehype-external-links.ts';
import rehypeHeadingIds from './src/plugins/rehype-heading-ids.ts';
import rehypeToc from './src/plugins/rehype-toc.ts';
import remarkReadingTime from './src/plugins/remark-reading-time.ts';
import { defaultLang, langs, site } from './src/site.config.ts';

/** Pages that are not for search engines: the 404 page and untranslated fallbacks. */
const unlisted = new Set(['/404/', ...fallbackPagePaths(new URL('./content/', import.meta.url).pathname)]);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...langs],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkReadingTime],
      rehypePlugins: [rehypeHeadingIds, rehypeToc, [rehypeExternalLinks, { siteUrl: site.url }]],
    }),
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: defaultLang,
        locales: Object.fromEntries(langs.map((lang) => [lang, lang])),
      },
      filter: (page) => !unlisted.has(new URL(page).pathname),
      serialize: (item) => (item.links ? { ...item, links: markLanguageChooser(item.links) } : item),
    }),
    // Bengali list numbers (`list-style-type: bengali`) are drawn from the font but are in no page's text.
    subsetFonts({ family: 'Noto Sans Bengali', extraText: '০১২৩৪৫৬৭৮৯' }),
  ],
});
