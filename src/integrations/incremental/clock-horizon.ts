import type { ContentIndex } from '../../content-index/content-index.ts';
import { articleKinds } from '../../language/article-kinds.ts';
import { newsWindowMs } from '../news-sitemap/news-entries.ts';

/**
 * The first moment after `from` at which a build of `index` may write something else for the clock alone
 * (`buildClock`), or `Infinity`: a news piece leaves the news sitemap just after two days from its publication
 * (`newsEntries`), and a live story's page, card and structured data turn from "live" to "coverage ended" when its
 * `coverage.end` comes (`liveState`). Nothing else a build writes reads the clock;
 * `tests/unit/integrations/incremental/clock-horizon.test.ts` fails when another module starts to.
 */
export function clockHorizon(index: ContentIndex, from: Date): number {
  const moments = index.pieces.flatMap((piece) => {
    const published = Date.parse(String(piece.data.pubDate));
    const coverage = piece.data.coverage as { end?: unknown } | undefined;
    return [
      ...(articleKinds[piece.collection].news ? [published + newsWindowMs + 1] : []),
      ...(coverage?.end === undefined ? [] : [Date.parse(String(coverage.end))]),
    ];
  });
  // A date the calendar lacks fails the build elsewhere; here it only means no moment is known, so never trust the clock.
  if (moments.some(Number.isNaN)) return from.getTime();
  return moments.reduce((first, moment) => (moment > from.getTime() && moment < first ? moment : first), Infinity);
}
