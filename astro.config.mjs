// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentChunks from './src/integrations/content-chunks/index.ts';
import contentIndexLifetime from './src/content-index/index-lifetime.ts';
import renderedHtmlPlace from './src/content-index/rendered-html-place.ts';
import { keptPages } from './src/integrations/incremental/kept-pages.ts';
import mdxCache from './src/integrations/incremental/mdx-cache.ts';
import shardManifest from './src/integrations/shards/index.ts';
import { shardFromEnv } from './src/integrations/shards/shard.ts';
import { siteWideOutputs } from './src/integrations/site-wide.ts';
import { articleKinds } from './src/language/article-kinds.ts';
import { cspDirectives } from './src/integrations/security-headers/policy.ts';
import { glossaryAnchor } from './src/content-index/glossary.ts';
import { validateSiteConfig } from './src/site/site-config-schema.ts';
import { markdownSetup } from './src/markdown/index.ts';
import { defaultLang, langs, locales, markdown, site } from './src/site.config.ts';

validateSiteConfig({ locales, defaultLang, site });

const contentDir = new URL('./content/', import.meta.url).pathname;
const shard = shardFromEnv();
// A whole build keeps the last one's unchanged pages in dist/ (first, to settle the pages before other steps read
// them; its record last, once every step has written).
// The search index writes only the files of its bundle that changed (src/integrations/search-index/bundle-files.ts).
const kept = keptPages({ updatedInPlace: ['pagefind/'] });

/** The piece whose glossary section (`<Glossary />`) defines every term. */
const glossaryPage = (/** @type {string} */ lang) => `/${lang}/${articleKinds.explainers.section}/upi/`;

/** Markdown and MDX: the site's transforms, run by the processor `src/site.config.ts` or `MARKDOWN_PROCESSOR` names. */
const siteMarkdown = await markdownSetup({
  contentDir,
  glossaryDir: new URL('./content/glossary/', import.meta.url).pathname,
  glossaryHref: (lang, id) => `${glossaryPage(lang)}#${glossaryAnchor(id)}`,
  siteUrl: site.url,
  settings: markdown,
  override: process.env.MARKDOWN_PROCESSOR,
});

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes (or two content files) for one URL fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  // A picture in an article gets a srcset of widths from 640 px up to its own, so a phone downloads one sized to its
  // screen rather than the camera's file; its width and height keep its room while it loads. The site's stylesheet sizes
  // it (`.prose img`), not a stylesheet of Astro's.
  image: { layout: 'constrained', responsiveStyles: false },
  build: {
    format: 'directory',
    // Several pages at once: while one waits for its preview card from the card worker, others render.
    concurrency: 4,
    // The site's stylesheet (about 8 KB, 2.3 KiB brotli) goes inside each page, its hash in the page's policy: a
    // separate file would hold back the first paint by a round trip on a phone's slow network.
    inlineStylesheets: 'always',
  },
  // A page whose code and content are those of the last build is copied from it instead of rendered
  // (src/integrations/incremental/keys.ts, src/site/page-inputs.ts).
  experimental: { incrementalBuild: true },
  // Astro adds script-src and style-src with a hash of each script and style it emits, in a <meta> tag per page.
  security: { csp: { directives: [...cspDirectives] } },
  i18n: {
    locales: [...langs],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: siteMarkdown.config,
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX page's asset module with a "use astro:head-inject" directive, and Rolldown warns, once
        // per page, that it may not keep it (withastro/astro#18087): 2000 code frames in the log of a 2000-story
        // build. Astro finds those modules by their id, not by the directive, so nothing is lost.
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) {
            return;
          }
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    ...(shard ? [] : [kept.clear]),
    contentIndexLifetime(),
    renderedHtmlPlace(),
    contentChunks({ dir: contentDir }),
    siteMarkdown.integration,
    mdx(),
    mdxCache({ contentDir }),
    // A shard (`SHARD=i/n`) builds its share of the pages; `npm run merge` makes the site-wide outputs from all of them.
    ...(shard ? [shardManifest(shard)] : [...siteWideOutputs(contentDir), kept.record]),
  ],
});
