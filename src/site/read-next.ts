import type { Lang } from '../site.config';

/** What “read next” compares: where a piece is, when it appeared, and what it is about. */
export interface RelatablePiece {
  collection: string;
  lang: Lang;
  slug: string;
  entry: { data: { pubDate: Date; tags: readonly string[]; organizations: readonly { id: string }[] } };
}

const subjectsOf = new WeakMap<RelatablePiece['entry'], Set<string>>();

/** The subjects of a piece: its tags, and its organisations as `org:<id>`; worked out once per entry. */
function subjects(piece: RelatablePiece): Set<string> {
  let found = subjectsOf.get(piece.entry);
  if (!found) {
    found = new Set([
      ...piece.entry.data.tags,
      ...piece.entry.data.organizations.map((organization) => `org:${organization.id}`),
    ]);
    subjectsOf.set(piece.entry, found);
  }
  return found;
}

/** How many tags and organisations two pieces share. */
export function sharedSubjects(a: RelatablePiece, b: RelatablePiece): number {
  const ofA = subjects(a);
  let shared = 0;
  for (const subject of subjects(b)) if (ofA.has(subject)) shared++;
  return shared;
}

/** Newest first; on the same day, more shared subjects first; then by path, so the order never depends on input. */
function before<P extends RelatablePiece>(a: { piece: P; shared: number }, b: { piece: P; shared: number }): number {
  return (
    b.piece.entry.data.pubDate.getTime() - a.piece.entry.data.pubDate.getTime() ||
    b.shared - a.shared ||
    `${a.piece.collection}/${a.piece.slug}`.localeCompare(`${b.piece.collection}/${b.piece.slug}`)
  );
}

/** Each language's pieces by subject, newest first: built once per list of candidates. */
const subjectIndexes = new WeakMap<readonly RelatablePiece[], Map<string, RelatablePiece[]>>();

function subjectIndex<P extends RelatablePiece>(candidates: readonly P[]): Map<string, P[]> {
  let index = subjectIndexes.get(candidates) as Map<string, P[]> | undefined;
  if (!index) {
    index = new Map();
    for (const piece of candidates) {
      for (const subject of subjects(piece)) {
        const key = `${piece.lang}\0${subject}`;
        const list = index.get(key) ?? [];
        list.push(piece);
        index.set(key, list);
      }
    }
    for (const list of index.values()) {
      list.sort((a, b) => b.entry.data.pubDate.getTime() - a.entry.data.pubDate.getTime());
    }
    subjectIndexes.set(candidates, index);
  }
  return index;
}

/**
 * The candidates that can be among the best `limit`: from each of the
 * current piece's subjects, the `limit` newest pieces with that subject and
 * every piece of the same day as the last of them. A piece left out has
 * `limit` newer pieces sharing a subject with the current one, and every one
 * of those ranks before it.
 */
function contenders<P extends RelatablePiece>(
  current: RelatablePiece,
  candidates: readonly P[],
  limit: number,
): Set<P> {
  const index = subjectIndex(candidates);
  const found = new Set<P>();
  for (const subject of subjects(current)) {
    let taken = 0;
    let lastDay = Infinity;
    for (const piece of index.get(`${current.lang}\0${subject}`) ?? []) {
      if (piece.collection === current.collection && piece.slug === current.slug) continue;
      const day = piece.entry.data.pubDate.getTime();
      if (taken >= limit && day < lastDay) break;
      found.add(piece);
      taken++;
      lastDay = day;
    }
  }
  return found;
}

/**
 * Pieces to offer at the end of `current`: other pieces in the same language
 * that share a tag or an organisation with it, newest first; among pieces of
 * the same day, the closer ones (more shared subjects) first. At most `limit`.
 * Every article page asks, and a newsroom has thousands of pieces, so only
 * the few pieces that can win are ranked (see `contenders`), in one pass
 * keeping the best `limit`.
 */
export function readNext<P extends RelatablePiece>(current: RelatablePiece, candidates: readonly P[], limit = 3): P[] {
  const best: { piece: P; shared: number }[] = [];
  for (const piece of contenders(current, candidates, limit)) {
    const candidate = { piece, shared: sharedSubjects(current, piece) };
    if (best.length === limit && before(best[limit - 1]!, candidate) <= 0) continue;
    const at = best.findIndex((kept) => before(candidate, kept) < 0);
    best.splice(at < 0 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ piece }) => piece);
}
