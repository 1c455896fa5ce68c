// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import securityHeaders from './src/integrations/security-headers.ts';
import { fallbackPagePaths } from './src/lib/fallback-pages.ts';
import { validateSiteConfig } from './src/lib/site-config-schema.ts';
import { cspDirectives } from './src/lib/security-headers.ts';
import { markLanguageChooser } from './src/lib/sitemap-links.ts';
import rehypeExternalLinks from './src/plugins/rehype-external-links.ts';
import rehypeHeadingIds from './src/plugins/rehype-heading-ids.ts';
import rehypeToc from './src/plugins/rehype-toc.ts';
import remarkReadingTime from './src/plugins/remark-reading-time.ts';
import remarkRequireAlt from './src/plugins/remark-require-alt.ts';
import { defaultLang, langs, locales, site } from './src/site.config.ts';

validateSiteConfig({ locales, defaultLang, site });

/** Pages that are not for search engines: the 404 page and untranslated fallbacks. */
const unlisted = new Set(['/404/', ...fallbackPagePaths(new URL('./content/', import.meta.url).pathname)]);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes (or two content files) for one URL fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // Astro adds script-src and style-src with a hash of each script and style it emits, in a <meta> tag per page.
  security: { csp: { directives: [...cspDirectives] } },
  i18n: {
    locales: [...langs],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP refuses.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkRequireAlt, remarkReadingTime],
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
    securityHeaders(),
  ],
});
