import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { languageParams } from '../../language/locales';
import { feedSource } from '../../build/feeds/feed-route';
import { rssOptions } from '../../build/feeds/rss-feed';
import { keyedByContent } from '../../build/incremental/keys';

export const getStaticPaths = () => keyedByContent(languageParams());

/** `/{lang}/rss.xml`: the language's articles as RSS 2.0, full text in `content:encoded`. */
export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedSource(context, 'rss');
  return rss(rssOptions(channel, items));
};
