import type { APIRoute } from 'astro';
import { feedSource, feedStaticPaths } from '../../lib/feeds/feed-route';
import { jsonFeed } from '../../lib/feeds/json-feed';
import { keyedByContent } from '../../lib/incremental-build';

export const getStaticPaths = () => keyedByContent(feedStaticPaths());

/** `/{lang}/feed.json`: the language's articles as JSON Feed 1.1, full text in `content_html`. */
export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedSource(context, 'json');
  return new Response(JSON.stringify(jsonFeed(channel, items), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
