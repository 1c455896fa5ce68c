import { Parser } from 'htmlparser2';
import { serviceWorkerPath } from '../../site/offline-reading.ts';

/**
 * The site's security policy, written once: `astro.config.mjs` hands the CSP
 * directives to Astro, which adds `script-src` and `style-src` with a hash of
 * every script and style it emits and puts the policy in each page's
 * `<meta http-equiv="content-security-policy">`, before any script or style of
 * the page; the `security-headers` integration checks that order and writes
 * the headers below to `dist/_headers`, with the part of the policy that is
 * the same on every page and what a `<meta>` tag cannot say (`headerCsp`).
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

const metaCsp = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function cspOfPage(html: string): string | undefined {
  const content = metaCsp.exec(html)?.[1];
  return content === undefined ? undefined : decodeAttribute(content);
}

/** Whether an element is a script that runs (JSON-LD is data), a style or a stylesheet: what a page's policy governs. */
function governed(name: string, attribs: Record<string, string>): boolean {
  if (name === 'script') return attribs.type?.toLowerCase() !== 'application/ld+json';
  if (name === 'link') return /(^|\s)stylesheet(\s|$)/i.test(attribs.rel ?? '');
  return name === 'style';
}

/**
 * The first script, style or stylesheet of `html` that comes before its policy's `<meta>` tag, as a start tag, or
 * undefined when the tag comes first. A `<meta>` policy holds only for what the browser reads after it, and the
 * `_headers` policy leaves scripts and styles to it (`headerCsp`). What comes before the tag is read by an HTML parser:
 * a title or description may hold the text `<script>` in an attribute. The rest is not read: every build checks every
 * page.
 */
export function beforePolicy(html: string): string | undefined {
  const policyAt = html.search(metaCsp);
  let early: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (early !== undefined || !governed(name, attribs)) return;
      early = `<${name}${Object.entries(attribs)
        .map(([key, value]) => ` ${key}="${value}"`)
        .join('')}>`;
    },
  });
  parser.write(policyAt === -1 ? html : html.slice(0, policyAt));
  parser.end();
  return early;
}

/**
 * The policy of `_headers`: the directives the same on every page (`cspDirectives`) that cannot take anything away
 * from a page's own, and what a `<meta>` policy cannot say (`headerOnlyCspDirectives`). Not `default-src`, nor
 * `script-src` and `style-src`: a browser enforces both policies, and the header would need every page's hashes
 * (2 KiB, sent with every response; with the explainer's 13 KiB page, more than the first round trip of a new
 * connection carries). Each page's own `<meta>` policy comes before its first script and style and holds the rest.
 */
export function headerCsp(): string {
  return [
    ...cspDirectives.filter((directive) => !directive.startsWith('default-src')),
    ...headerOnlyCspDirectives,
  ].join('; ');
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read): one `/*` rule with the security headers and the
 * header's policy (`headerCsp`), one rule for the files named by their content in `assetsFolder`
 * (`hashedAssetHeaders`) and one for the service worker (`serviceWorkerHeaders`), whatever the size of the archive:
 * those hosts read at most 100 rules and 2,000 characters a line (Cloudflare Pages) and ignore the rest silently.
 */
export function headersFile(assetsFolder = '_astro'): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for static hosts. Written by the build; edit src/integrations/security-headers/policy.ts.',
    '/*',
    ...lines(securityHeaders),
    `  Content-Security-Policy: ${headerCsp()}`,
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
