import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { languageParams } from '../../language/locales';
import { feedSource } from '../../integrations/feeds/feed-route';
import { rssOptions } from '../../integrations/feeds/rss-feed';
import { feedInputs } from '../../integrations/feeds/feed-items';
import { inThisShard } from '../../integrations/shards/shard';
import { feedPath } from '../../language/paths';
import { keyedBy } from '../../integrations/incremental/keys';

export const getStaticPaths = () =>
  keyedBy(
    inThisShard(languageParams(), ({ params }) => feedPath(params.lang, 'rss')),
    ({ params }) => feedInputs(params.lang),
  );

/** `/{lang}/rss.xml`: the language's articles as RSS 2.0, full text in `content:encoded`. */
export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedSource(context, 'rss');
  return rss(rssOptions(channel, items));
};
