import { articleKinds, type ArticleCollection } from '../language/article-kinds.ts';

/** What orders pieces in lists and feeds. */
export interface DatedPiece {
  collection: ArticleCollection;
  slug: string;
  pubDate: Date;
}

const kindOrder = Object.keys(articleKinds) as ArticleCollection[];

/**
 * The order of every list and feed: newest first; pieces of the same moment in `articleKinds` order (stories first),
 * then by slug. Pure, so the content index (before collections load) orders pieces as the pages do.
 */
export function newestFirst(a: DatedPiece, b: DatedPiece): number {
  return (
    b.pubDate.getTime() - a.pubDate.getTime() ||
    kindOrder.indexOf(a.collection) - kindOrder.indexOf(b.collection) ||
    a.slug.localeCompare(b.slug)
  );
}
