import type { AstroIntegration } from 'astro';
import { articleKinds } from '../language/article-kinds.ts';
import { langs } from '../language/locales.ts';
import subsetFonts from './fonts/index.ts';
import movedPieceRedirects from './moved-pieces/index.ts';
import offlineReading from './offline/index.ts';
import pagefindIndex from './search-index/index.ts';
import securityHeaders from './security-headers/index.ts';
import { siteSitemap } from './sitemap/index.ts';
import { site } from '../site.config.ts';
import { readTaggedPieces, type ListedPiece } from '../site/tagged-pieces.ts';

/** The URL sections of the article pages, as a glob alternation: `news,explainers,statements`. */
const articleSections = Object.values(articleKinds)
  .map((kind) => kind.section)
  .join(',');

/**
 * The outputs made from every page of the site once the pages are built: sitemaps, font subsets, the service worker,
 * `_headers`, `_redirects` and the search index, in the order their `astro:build:done` hooks run. A whole build runs them at its end; a sharded build
 * leaves them to the merge (`src/integrations/shards/`), which runs the same integrations on the merged pages.
 * `contentDir` is the absolute path of `content/`, ending in a slash.
 */
export function siteWideOutputs(contentDir: string): AstroIntegration[] {
  // Every piece's frontmatter, read once on a worker for the sitemap and `_redirects`.
  let pieces: Promise<ListedPiece[]> | undefined;
  const readPieces = () => (pieces ??= readTaggedPieces(contentDir));
  return [
    ...siteSitemap(contentDir, readPieces),
    // Bengali list numbers (`list-style-type: bengali`) are drawn from the font but are in no page's text.
    // Pagefind writes its bundle into pagefind/ while this runs (see search-index/index.ts).
    subsetFonts({ family: 'Noto Sans Bengali', extraText: '০১২৩৪৫৬৭৮৯', ignore: ['pagefind/'] }),
    // After the font subsets: the service worker lists the fonts' final names and bytes.
    offlineReading({ articles: site.offline.articles }),
    securityHeaders(),
    movedPieceRedirects(readPieces),
    // A term's inline definition would make every page that uses the term match its definition's words.
    // Only article pages have a body to index (data-pagefind-body): Pagefind need not parse the lists.
    // Each language apart: an edit indexes again only its own language's pages.
    pagefindIndex({
      exclude: ['.glossary-term__tip'],
      pages: Object.fromEntries(langs.map((lang) => [lang, `${lang}/{${articleSections}}/*/index.html`])),
    }),
  ];
}
