import type { APIRoute } from 'astro';
import { newsSitemapPath } from '../language/paths';

/** Lets every crawler in and names the sitemaps: every page's, and the Google News sitemap of the recent news. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n` +
      `Sitemap: ${new URL(newsSitemapPath, site).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
