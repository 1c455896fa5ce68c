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
 * A `_headers` file (the format Netlify and Cloudflare Pages read) for the
 * built pages. When every page has the same policy, one `/*` rule carries it,
 * so the 404 page and any other path get it too; otherwise each page gets its
 * own rule, since a path matching two rules would receive two policies.
 */
export function headersFile(pages: readonly PagePolicy[]): string {
  const policies = new Set(pages.map((page) => page.csp));
  const common = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  const lines = [
    '# Security headers for static hosts. Written by the build; edit src/integrations/security-headers/policy.ts.',
    '/*',
  ];
  if (policies.size === 1) {
    lines.push(...common, `  Content-Security-Policy: ${headerCsp([...policies][0]!)}`);
  } else {
    lines.push(...common);
    for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
      // A host matches rules against the path as it travels, percent-encoded: /bn/topics/%E0%A6%…/.
      lines.push(encodeURI(page.path), `  Content-Security-Policy: ${headerCsp(page.csp)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Undoes the escaping Astro applies to attribute values. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (entity, code: string) => {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
    if (code[0] !== '#') return named[code.toLowerCase()] ?? entity;
    return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
  });
}
