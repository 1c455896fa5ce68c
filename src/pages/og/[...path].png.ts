import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedOgImage, drawMissingOgImages } from '../../lib/og/og-cache';
import { ogPages } from '../../lib/og/og-pages';
import { ogImageParam } from '../../lib/og/og-path';
import type { OgImageInput } from '../../lib/og/render-og-image';
import { keyedByContent } from '../../lib/incremental-build';

/** One preview card for every page of the site, at `ogImagePath(page)`. */
export const getStaticPaths = (async () => {
  const pages = await ogPages();
  // A build asks every route for its paths before it renders any page: the cards it lacks start drawing now.
  if (import.meta.env.PROD) await drawMissingOgImages(pages.map((page) => page.input));
  return keyedByContent(pages.map(({ path, input }) => ({ params: { path: ogImageParam(path) }, props: { input } })));
}) satisfies GetStaticPaths;

/** The card as PNG, from the cache when an earlier build drew it. */
export const GET: APIRoute<{ input: OgImageInput }> = async ({ props }) =>
  new Response(await cachedOgImage(props.input), { headers: { 'Content-Type': 'image/png' } });
