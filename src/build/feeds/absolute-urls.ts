/**
 * Makes the links and media in an HTML fragment absolute, so the fragment
 * still works where it is read away from the site: in a feed reader, an
 * e-mail digest or a syndication partner's page.
 */

/** Attributes that hold one URL. */
const urlAttributes = new Set(['href', 'src', 'poster', 'cite']);

/** A start tag, with its attributes (quoted values may contain `>`). */
const startTag = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/** One attribute inside a start tag: name, then the value double-quoted, single-quoted or bare. */
const attribute = /(\s)([^\s"'>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** Anything with a scheme (`https:`, `mailto:`, `data:`…) is already absolute. */
const hasScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * Resolves one URL against `base`. Absolute URLs (any scheme) are returned
 * unchanged; relative paths, fragments, queries and protocol-relative
 * (`//host/…`) URLs are resolved the way a browser on the `base` page would.
 * A URL that cannot be resolved is returned unchanged rather than dropped.
 */
export function absoluteUrl(url: string, base: string | URL): string {
  const trimmed = url.trim();
  if (hasScheme.test(trimmed)) return url;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return url;
  }
}

/**
 * Returns `html` with every relative `href`, `src`, `poster`, `cite` and
 * `srcset` URL made absolute against `base`, usually the URL of the page the
 * HTML was rendered for. Text, other attributes and absolute URLs are left
 * exactly as they were.
 */
export function absolutizeUrls(html: string, base: string | URL): string {
  return html.replace(startTag, (tag) =>
    tag.replace(attribute, (whole, space: string, name: string, equals: string, ...values: (string | undefined)[]) => {
      const lower = name.toLowerCase();
      if (!urlAttributes.has(lower) && lower !== 'srcset') return whole;
      const value = decodeAttribute(values.slice(0, 3).find((v) => v !== undefined) ?? '');
      const resolved = lower === 'srcset' ? absoluteSrcset(value, base) : absoluteUrl(value, base);
      if (resolved === value) return whole;
      return `${space}${name}${equals}"${encodeAttribute(resolved)}"`;
    }),
  );
}

/** Resolves each candidate of a `srcset` (`url descriptor, url descriptor`). */
function absoluteSrcset(srcset: string, base: string | URL): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absoluteUrl(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

const namedEntities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** Decodes the character references an HTML serializer writes into attribute values. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|([a-zA-Z]+));/g, (reference, decimal, hex, name) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return namedEntities[name as string] ?? reference;
  });
}

/** Escapes a value for a double-quoted attribute. */
function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
