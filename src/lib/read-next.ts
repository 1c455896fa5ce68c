import type { Lang } from '../site.config';

/** What “read next” compares: where a piece is, when it appeared, and what it is about. */
export interface RelatablePiece {
  collection: string;
  lang: Lang;
  slug: string;
  entry: { data: { pubDate: Date; tags: readonly string[]; organizations: readonly { id: string }[] } };
}

/** How many tags and organisations two pieces share. */
export function sharedSubjects(a: RelatablePiece, b: RelatablePiece): number {
  const tags = new Set(a.entry.data.tags);
  const organizations = new Set(a.entry.data.organizations.map((organization) => organization.id));
  return (
    b.entry.data.tags.filter((tag) => tags.has(tag)).length +
    b.entry.data.organizations.filter((organization) => organizations.has(organization.id)).length
  );
}

/**
 * Pieces to offer at the end of `current`: other pieces in the same language
 * that share a tag or an organisation with it, newest first; among pieces of
 * the same day, the closer ones (more shared subjects) first. At most `limit`.
 */
export function readNext<P extends RelatablePiece>(current: RelatablePiece, candidates: readonly P[], limit = 3): P[] {
  return candidates
    .filter((piece) => piece.lang === current.lang)
    .filter((piece) => !(piece.collection === current.collection && piece.slug === current.slug))
    .map((piece) => ({ piece, shared: sharedSubjects(current, piece) }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.piece.entry.data.pubDate.getTime() - a.piece.entry.data.pubDate.getTime() ||
        b.shared - a.shared ||
        `${a.piece.collection}/${a.piece.slug}`.localeCompare(`${b.piece.collection}/${b.piece.slug}`),
    )
    .slice(0, limit)
    .map(({ piece }) => piece);
}
