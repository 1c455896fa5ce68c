import { serviceWorkerPath } from '../../site/offline-reading.ts';

/**
 * The site's security policy, written once: `astro.config.mjs` hands the CSP
 * directives to Astro, which adds `script-src` and `style-src` with a hash of
 * every script and style it emits and puts the policy in each page's
 * `<meta http-equiv="content-security-policy">`; the `security-headers`
 * integration writes the same policy, and the headers below, to `dist/_headers`.
 */

/**
 * CSP directives besides `script-src` and `style-src`. Nothing is inline
 * without a hash, nothing loads from another origin, no plugins, and no
 * `<base>` or form can send readers elsewhere. Images may be `data:` URLs:
 * the favicon is one, written into each page to save a request (an image
 * runs no code).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The service worker that keeps pages for reading offline (src/integrations/offline/), from this origin only.
  "worker-src 'self'",
] as const;

/** Directives a browser ignores in a `<meta>` policy, so only the `_headers` file carries them. */
export const headerOnlyCspDirectives = ["frame-ancestors 'none'"] as const;

/** Headers every response gets, besides the page's CSP. */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  /** Powerful features the site never uses; sharing and copying links (`web-share`, `clipboard-write`) stay allowed. */
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
} as const;

/**
 * The service worker's own rule: a browser checks for a new worker on every visit, and a host must not let a cache in
 * between answer with an old one, or readers would keep an older build's worker and its caches (see
 * src/integrations/offline/). Static hosts send the `/*` headers with it too.
 */
export const serviceWorkerHeaders = { 'Cache-Control': 'no-cache' } as const;

/**
 * The rule for the files the build names by their content (Astro's `build.assets` folder: the font files, the scripts):
 * a new version comes under a new name, so a browser keeps each for a year without asking again. Without it a host
 * sends its default (Netlify's asks the server again on every use), and a phone that fetched the site's font would
 * wait a round trip on every page before drawing a word.
 */
export const hashedAssetHeaders = { 'Cache-Control': 'public, max-age=31536000, immutable' } as const;

/** A built page: its URL path and the CSP of its `<meta>` tag. */
export interface PagePolicy {
  path: string;
  csp: string;
}

const metaCsp = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function cspOfPage(html: string): string | undefined {
  const content = metaCsp.exec(html)?.[1];
  return content === undefined ? undefined : decodeAttribute(content);
}

/** Adds the header-only directives to a page's policy. */
export function headerCsp(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  return [...directives, ...headerOnlyCspDirectives].join('; ');
}

/**
 * One policy for the whole site: every directive of every page's policy, each source once, in the order first met.
 * Sources differ between pages only by the hashes of the inline scripts and styles the site's layouts emit (and the
 * search page's `'wasm-unsafe-eval'`), which do not grow with the archive.
 */
export function siteWidePolicy(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((entry) => entry.trim())
      .filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const known = directives.get(name!) ?? directives.set(name!, new Set()).get(name!)!;
      for (const source of sources) known.add(source);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The path patterns that cover every page and little else: a folder's `/<folder>/*` for the pages inside it (`/bn/*`),
 * the page itself for a page at the top (`/`, `/404.html`). The policy is a page's business: a font, a script or a
 * preview card is not made safer by it, and it is 2 KiB with its hashes, which a host sends with every response it
 * applies to (every request over HTTP/1.1, the first of a connection over HTTP/2).
 */
export function pagePatterns(pages: readonly PagePolicy[]): string[] {
  const patterns = pages.map(({ path }) => {
    const folder = /^\/[^/]+\//.exec(path)?.[0];
    return folder ? `${folder}*` : path;
  });
  return [...new Set(patterns)].sort();
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) for the built pages: one `/*` rule with the security
 * headers; one site-wide policy (`siteWidePolicy`) for the paths of the pages (`pagePatterns`), a rule for each
 * top-level folder of pages whatever the size of the archive; one rule for the files named by their content in
 * `assetsFolder` (`hashedAssetHeaders`) and one for the service worker (`serviceWorkerHeaders`). Those hosts read at
 * most 100 rules and 2,000 characters a line (Cloudflare Pages) and ignore the rest silently, so a rule per page would
 * leave a large archive without its policy. Each page's own `<meta>` policy still holds: a browser enforces both, and
 * the header allows everything each page's tag allows, so what a page may load is exactly what its tag says.
 */
export function headersFile(pages: readonly PagePolicy[], assetsFolder = '_astro'): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  const policy = `  Content-Security-Policy: ${headerCsp(siteWidePolicy(pages.map((page) => page.csp)))}`;
  return [
    '# Security headers for static hosts. Written by the build; edit src/integrations/security-headers/policy.ts.',
    '/*',
    ...lines(securityHeaders),
    ...pagePatterns(pages).flatMap((pattern) => [pattern, policy]),
    `/${assetsFolder}/*`,
    ...lines(hashedAssetHeaders),
    serviceWorkerPath,
    ...lines(serviceWorkerHeaders),
    '',
  ].join('\n');
}

/** Undoes the escaping Astro applies to attribute values. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (entity, code: string) => {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
  });
}
