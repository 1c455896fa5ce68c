import type { APIContext } from 'astro';
import { isLang } from '../../language/locales';
import { feedChannel } from './feed-channel';
import { feedItems } from './feed-items';
import type { FeedFormat } from './feed-paths';
import type { FeedChannel, FeedItem } from './feed-types';

/**
 * What a feed endpoint serialises: the channel and the items of the language
 * in the route's `lang` parameter. Throws when Astro's `site` is not set,
 * because a feed without absolute links is useless to a reader.
 */
export async function feedSource(
  { params, site }: APIContext,
  format: FeedFormat,
): Promise<{ channel: FeedChannel; items: FeedItem[] }> {
  if (!isLang(params.lang)) throw new Error(`No feed for the language "${params.lang}".`);
  if (!site) throw new Error('Feeds need absolute links: set `site` in astro.config.mjs.');
  return { channel: feedChannel(params.lang, format, site), items: await feedItems(params.lang) };
}
