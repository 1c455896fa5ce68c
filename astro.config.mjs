// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import contentChunks from './src/integrations/content-chunks/index.ts';
import contentDigest from './src/integrations/incremental/content-digest.ts';
import pagefindIndex from './src/integrations/search-index/index.ts';
import securityHeaders from './src/integrations/security-headers/index.ts';
import { articleKinds } from './src/content-index/article-kinds.ts';
import { cspDirectives } from './src/integrations/security-headers/policy.ts';
import { glossaryAnchor } from './src/content-index/glossary.ts';
import { sitemapOptions } from './src/integrations/sitemap/index.ts';
import { validateSiteConfig } from './src/site/site-config-schema.ts';
import subsetFonts from './src/integrations/fonts/index.ts';
import hastExternalLinks from './src/plugins/hast-external-links.ts';
import hastHeadingIds from './src/plugins/hast-heading-ids.ts';
import hastToc from './src/plugins/hast-toc.ts';
import hastUnbrokenSuffixes from './src/plugins/hast-unbroken-suffixes.ts';
import mdastGlossary from './src/plugins/mdast-glossary.ts';
import mdastMdxComponents from './src/plugins/mdast-mdx-components.ts';
import mdastReadingTime from './src/plugins/mdast-reading-time.ts';
import mdastRequireAlt from './src/plugins/mdast-require-alt.ts';
import mdastStatementCards from './src/plugins/mdast-statement-cards.ts';
import { defaultLang, langs, locales, site } from './src/site.config.ts';

validateSiteConfig({ locales, defaultLang, site });

const contentDir = new URL('./content/', import.meta.url).pathname;

/** The URL sections of the article pages, as a glob alternation: `news,explainers,statements`. */
const articleSections = Object.values(articleKinds)
  .map((kind) => kind.section)
  .join(',');

/** The piece whose glossary section (`<Glossary />`) defines every term. */
const glossaryPage = (/** @type {string} */ lang) => `/${lang}/${articleKinds.explainers.section}/upi/`;

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes (or two content files) for one URL fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  // Several pages at once: while one waits for its preview card from the card worker, others render.
  build: { format: 'directory', concurrency: 4 },
  // A build with nothing changed copies the pages of the last one instead of rendering them (src/integrations/incremental/keys.ts).
  experimental: { incrementalBuild: true },
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
    // Sätteri, Astro's Rust Markdown and MDX compiler, with the site's plugins written for it:
    // compiling takes about half the time of unified() (docs/performance.md).
    processor: satteri({
      mdastPlugins: [
        mdastRequireAlt(),
        mdastReadingTime(),
        mdastGlossary({
          glossaryDir: new URL('./content/glossary/', import.meta.url).pathname,
          contentDir,
          href: (/** @type {string} */ lang, /** @type {string} */ id) => `${glossaryPage(lang)}#${glossaryAnchor(id)}`,
        }),
        mdastStatementCards({ contentDir }),
        mdastMdxComponents(),
      ],
      hastPlugins: [hastHeadingIds(), hastToc(), hastExternalLinks({ siteUrl: site.url }), hastUnbrokenSuffixes()],
    }),
  },
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
    contentDigest({ dir: contentDir }),
    contentChunks({ dir: contentDir }),
    mdx(),
    sitemap(sitemapOptions(contentDir)),
    // Bengali list numbers (`list-style-type: bengali`) are drawn from the font but are in no page's text.
    // Pagefind writes its bundle into pagefind/ while this runs (see pagefind-index.ts).
    subsetFonts({ family: 'Noto Sans Bengali', extraText: '০১২৩৪৫৬৭৮৯', ignore: ['pagefind/'] }),
    securityHeaders(),
    // A term's inline definition would make every page that uses the term match its definition's words.
    // Only article pages have a body to index (data-pagefind-body): Pagefind need not parse the lists.
    pagefindIndex({ exclude: ['.glossary-term__tip'], pages: `*/{${articleSections}}/*/index.html` }),
  ],
});
