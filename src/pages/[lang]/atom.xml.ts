import type { APIRoute } from 'astro';
import { atomFeed } from '../../integrations/feeds/atom-feed';
import { languageParams } from '../../language/locales';
import { feedSource } from '../../integrations/feeds/feed-route';
import { feedInputs } from '../../integrations/feeds/feed-items';
import { inThisShard } from '../../integrations/shards/shard';
import { feedPath } from '../../language/paths';
import { keyedBy } from '../../integrations/incremental/keys';

export const getStaticPaths = () =>
  keyedBy(
    inThisShard(languageParams(), ({ params }) => feedPath(params.lang, 'rss')),
    ({ params }) => feedInputs(params.lang),
  );

/** `/{lang}/atom.xml`: the language's articles as Atom 1.0, full text in `content`. */
export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedSource(context, 'atom');
  return new Response(atomFeed(channel, items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
