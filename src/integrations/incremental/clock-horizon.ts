import { createHash } from 'node:crypto';
import type { ContentFile, ContentIndex } from '../../content-index/content-index.ts';
import { articleKinds } from '../../language/article-kinds.ts';
import { newsWindowMs } from '../news-sitemap/news-entries.ts';

/**
 * The first moment after `from` at which a build of `index` may write something else for the clock alone
 * (`buildClock`), or `Infinity`: a news piece leaves the news sitemap just after two days from its publication
 * (`newsEntries`), and a live story's page, card and structured data turn from "live" to "coverage ended" when its
 * `coverage.end` comes (`liveState`). Nothing else a build writes reads the clock;
 * `tests/unit/integrations/incremental/clock-horizon.test.ts` fails when another module starts to.
 */
export function clockHorizon(index: ContentIndex, from: Date, moments = clockMoments(index)): number {
  const all = [...moments.values()].flat();
  // A date the calendar lacks fails the build elsewhere; here it only means no moment is known, so never trust the clock.
  if (all.some(Number.isNaN)) return from.getTime();
  return all.reduce((first, moment) => (moment > from.getTime() && moment < first ? moment : first), Infinity);
}

/**
 * The moments at which the clock changes what each piece of `index` shows, by `pieceKey`: those `known` from the
 * last build for a piece whose file is the same, the others read from the frontmatter (reading every piece's
 * frontmatter took most of a second for 2,000 pieces, on every build). `digests` has the files' SHA-256 by path when
 * the build already read them all.
 */
export function clockMoments(
  index: ContentIndex,
  known: ReadonlyMap<string, number[]> = new Map(),
  digests: ReadonlyMap<string, string> = new Map(),
): ClockMoments {
  return new Map(
    index.pieces.map((piece) => {
      const key = `${piece.collection}\0${digests.get(piece.path) ?? fileDigest(piece)}`;
      return [key, known.get(key) ?? momentsOf(piece)];
    }),
  );
}

/** The clock's moments of each piece, by its collection and its file's SHA-256. */
export type ClockMoments = Map<string, number[]>;

const fileDigest = (piece: ContentFile) => createHash('sha256').update(piece.source).digest('hex');

function momentsOf(piece: ContentFile): number[] {
  const published = Date.parse(String(piece.data.pubDate));
  const coverage = piece.data.coverage as { end?: unknown } | undefined;
  return [
    ...(articleKinds[piece.collection].news ? [published + newsWindowMs + 1] : []),
    ...(coverage?.end === undefined ? [] : [Date.parse(String(coverage.end))]),
  ];
}
