import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedOgImage, drawMissingOgImages, ogCacheKey } from './cache';
import { ogPages } from './pages';
import { inThisShard } from '../shards/shard';
import { ogImageParam } from './path';
import type { OgImageInput } from './card';

/** One preview card for every page of the site, at `ogImagePath(page)`. */
export const getStaticPaths = (async () => {
  const pages = inThisShard(await ogPages(), (page) => page.path);
  // A build asks every route for its paths before it renders any page: the cards it lacks start drawing now.
  if (import.meta.env.PROD) await drawMissingOgImages(pages.map((page) => page.input));
  // A card is drawn from its input alone, by the renderer and fonts its cache key names: the key is the card's own,
  // not all of the content, so an edit draws and writes again only the cards it changed, and the build copies the rest.
  return Promise.all(
    pages.map(async ({ path, input }) => ({
      params: { path: ogImageParam(path) },
      props: { input },
      cacheKey: await ogCacheKey(input),
    })),
  );
}) satisfies GetStaticPaths;

/** The card as PNG, from the cache when an earlier build drew it. */
export const GET: APIRoute<{ input: OgImageInput }> = async ({ props }) =>
  new Response(await cachedOgImage(props.input), { headers: { 'Content-Type': 'image/png' } });
