import { liveState, updateAnchor, type Coverage, type LiveState, type LiveUpdate } from '../content-index/live-updates';

/** What a live story's page tells search engines about its coverage and updates (`LiveBlogPosting`). */
export interface LiveBlogMeta {
  state: LiveState;
  start: Date;
  /** Only once coverage has ended. */
  end?: Date | undefined;
  /** Newest first, as the page shows them. */
  updates: { url: string; headline: string; text: string; published: Date }[];
}

/**
 * A live story's coverage and updates as structured data, at the build's clock: an update without a headline is
 * headed with the story's title, and each links to its anchor on the page.
 */
export function liveBlogMeta(
  story: { title: string; coverage?: Coverage | undefined; liveUpdates: readonly LiveUpdate[] },
  pageUrl: string,
  now: Date,
): LiveBlogMeta | undefined {
  const { coverage } = story;
  if (!coverage) return undefined;
  const state = liveState(coverage, now);
  return {
    state,
    start: coverage.start,
    end: state === 'ended' ? coverage.end : undefined,
    updates: story.liveUpdates.map(({ time, headline, text }) => ({
      url: `${pageUrl}#${updateAnchor(time)}`,
      headline: headline ?? story.title,
      text,
      published: new Date(time),
    })),
  };
}
