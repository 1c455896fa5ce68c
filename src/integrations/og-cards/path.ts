/**
 * The route parameter of a page's preview image: the page path without its
 * slashes, `index` for the site root. `/bn/news/phonepe-outage/` → `bn/news/phonepe-outage`.
 */
export function ogImageParam(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/**
 * Site-relative URL of a page's preview image: `/` → `/og/index.png`,
 * `/bn/` → `/og/bn.png`, `/bn/news/phonepe-outage/` → `/og/bn/news/phonepe-outage.png`.
 */
export function ogImagePath(pagePath: string): string {
  return `/og/${ogImageParam(pagePath)}.png`;
}
