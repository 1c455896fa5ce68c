import type { UiKey } from '../../i18n/schema';
import type { Lang } from '../../site.config';

/**
 * The feed formats every language publishes: the file each is served as
 * (matching the routes `src/pages/[lang]/{rss.xml,atom.xml,feed.json}.ts`),
 * its media type for `<link rel="alternate">`, and the UI string that names it.
 */
export const feedFormats = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', title: 'feed.title.rss' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', title: 'feed.title.atom' },
  json: { file: 'feed.json', type: 'application/feed+json', title: 'feed.title.json' },
} as const satisfies Record<string, { file: string; type: string; title: UiKey }>;

/** A feed format the site publishes. */
export type FeedFormat = keyof typeof feedFormats;

/** Every feed format, in the order pages announce them. */
export const feedFormatNames = Object.keys(feedFormats) as FeedFormat[];

/**
 * Site-relative paths of one language's feeds, e.g.
 * `{ rss: '/bn/rss.xml', atom: '/bn/atom.xml', json: '/bn/feed.json' }`.
 * Pure, so pages, endpoints and tests outside Astro share it.
 */
export function feedPaths(lang: Lang): Record<FeedFormat, string> {
  return Object.fromEntries(
    feedFormatNames.map((format) => [format, `/${lang}/${feedFormats[format].file}`]),
  ) as Record<FeedFormat, string>;
}
