import type { UiKey } from '../../i18n/schema';
import { feedPath, type FeedFormat } from '../../language/paths';
import type { Lang } from '../../site.config';

export type { FeedFormat };

/**
 * The feed formats every language publishes: the media type each is announced
 * with in `<link rel="alternate">`, and the UI string that names it. Their
 * addresses come from `feedPath` (`src/language/paths.ts`).
 */
export const feedFormats = {
  rss: { type: 'application/rss+xml', title: 'feed.title.rss' },
  atom: { type: 'application/atom+xml', title: 'feed.title.atom' },
  json: { type: 'application/feed+json', title: 'feed.title.json' },
} as const satisfies Record<FeedFormat, { type: string; title: UiKey }>;

/** Every feed format, in the order pages announce them. */
export const feedFormatNames = Object.keys(feedFormats) as FeedFormat[];

/** Site-relative paths of one language's feeds, e.g. `{ rss: '/bn/rss.xml', atom: '/bn/atom.xml', json: '/bn/feed.json' }`. */
export function feedPaths(lang: Lang): Record<FeedFormat, string> {
  return Object.fromEntries(feedFormatNames.map((format) => [format, feedPath(lang, format)])) as Record<
    FeedFormat,
    string
  >;
}
