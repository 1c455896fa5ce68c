import type { APIRoute } from 'astro';
import { languageParams } from '../../language/locales';
import { feedSource } from '../../integrations/feeds/feed-route';
import { jsonFeed } from '../../integrations/feeds/json-feed';
import { feedInputs } from '../../integrations/feeds/feed-items';
import { inThisShard } from '../../integrations/shards/shard';
import { feedPath } from '../../language/paths';
import { keyedBy } from '../../integrations/incremental/keys';

export const getStaticPaths = () =>
  keyedBy(
    inThisShard(languageParams(), ({ params }) => feedPath(params.lang, 'rss')),
    ({ params }) => feedInputs(params.lang),
  );

/** `/{lang}/feed.json`: the language's articles as JSON Feed 1.1, full text in `content_html`. */
export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedSource(context, 'json');
  return new Response(JSON.stringify(jsonFeed(channel, items), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
