import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/feeds/atom-feed';
import { feedSource, feedStaticPaths } from '../../lib/feeds/feed-route';
import { keyedByContent } from '../../lib/incremental-build';

export const getStaticPaths = () => keyedByContent(feedStaticPaths());

/** `/{lang}/atom.xml`: the language's articles as Atom 1.0, full text in `content`. */
export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedSource(context, 'atom');
  return new Response(atomFeed(channel, items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
