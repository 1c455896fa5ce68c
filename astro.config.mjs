// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from './src/plugins/rehype-external-links.ts';
import rehypeHeadingIds from './src/plugins/rehype-heading-ids.ts';
import rehypeToc from './src/plugins/rehype-toc.ts';
import remarkReadingTime from './src/plugins/remark-reading-time.ts';
import { defaultLang, langs, site } from './src/site.config.ts';

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
  integrations: [mdx()],
});
