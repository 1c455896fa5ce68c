import { articleKinds, type ArticleCollection } from '../../language/article-kinds.ts';
import { langs, type Lang } from '../../language/locales.ts';

/** How far back Google News reads a news sitemap: articles published in the last two days. */
export const newsWindowMs = 2 * 24 * 60 * 60 * 1000;

/** The most `<url>` entries Google reads from one news sitemap. */
export const newsSitemapLimit = 1000;

/** A piece as the news sitemap considers it: where it is, in which language, and its headline and date. */
export interface NewsCandidate {
  collection: ArticleCollection;
  slug: string;
  lang: Lang;
  title: string;
  /** When the piece was first published. */
  published: Date;
}

/**
 * The pieces a news sitemap lists at `now`: the news kinds only (`articleKinds`: stories, not explainers or
 * statements), each language's text a separate entry, published no more than two days before `now` (a date after it
 * counts as recent: the piece is on the site), newest first, then by slug and the site's language order, at most
 * `newsSitemapLimit` of them.
 */
export function newsEntries(pieces: readonly NewsCandidate[], now: Date): NewsCandidate[] {
  const since = now.getTime() - newsWindowMs;
  return pieces
    .filter((piece) => articleKinds[piece.collection].news && piece.published.getTime() >= since)
    .sort(
      (a, b) =>
        b.published.getTime() - a.published.getTime() ||
        a.slug.localeCompare(b.slug) ||
        langs.indexOf(a.lang) - langs.indexOf(b.lang),
    )
    .slice(0, newsSitemapLimit);
}
