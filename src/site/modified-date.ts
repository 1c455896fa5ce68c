/** A dated note that a piece changed after it was published. */
export interface ArticleUpdate {
  /** When the piece changed. */
  date: Date;
  /** What changed, in the piece's language. */
  text: string;
}

/** The updates of a piece, newest first; updates of the same day keep their written order. */
export function updatesNewestFirst<U extends ArticleUpdate>(updates: readonly U[]): U[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.date.getTime() - a.update.date.getTime() || a.index - b.index)
    .map(({ update }) => update);
}

/**
 * When a piece last changed: the latest of its publication date, its
 * `updatedDate`, its newest update, its newest correction and, for a live
 * story, its newest `<Update>` (not the end of its coverage, which may be
 * written before it comes). Feeds,
 * `article:modified_time`, JSON-LD `dateModified` and the visible “updated”
 * date all use this.
 */
export function lastModified(piece: {
  pubDate: Date;
  updatedDate?: Date | undefined;
  updates?: readonly ArticleUpdate[] | undefined;
  corrections?: readonly { date: Date }[] | undefined;
  liveUpdates?: readonly { time: string }[] | undefined;
}): Date {
  const dated = [...(piece.updates ?? []), ...(piece.corrections ?? [])];
  const live = (piece.liveUpdates ?? []).map(({ time }) => new Date(time));
  const times = [piece.pubDate, piece.updatedDate, ...live, ...dated.map((change) => change.date)]
    .filter((date): date is Date => date !== undefined)
    .map((date) => date.getTime());
  return new Date(Math.max(...times));
}

/** True when the piece changed after the day it was published. */
export function wasUpdated(piece: Parameters<typeof lastModified>[0]): boolean {
  return lastModified(piece).getTime() > piece.pubDate.getTime();
}
