/**
 * Makes the links and media in an HTML fragment absolute, so the fragment
 * still works where it is read away from the site: in a feed reader, an
 * e-mail digest or a syndication partner's page. The fragment is read with
 * htmlparser2; only start tags with a relative URL are written anew, the
 * rest of the text is kept byte for byte.
 */
import { escapeAttribute } from 'entities';
import { Parser } from 'htmlparser2';

/** Attributes that hold one URL. */
const urlAttributes = new Set(['href', 'src', 'poster', 'cite']);

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

/** One attribute's value with its URLs made absolute, or the value itself. */
function resolvedValue(name: string, value: string, base: string | URL): string {
  const lower = name.toLowerCase();
  if (lower === 'srcset') return absoluteSrcset(value, base);
  return urlAttributes.has(lower) ? absoluteUrl(value, base) : value;
}

/**
 * Returns `html` with every relative `href`, `src`, `poster`, `cite` and
 * `srcset` URL made absolute against `base`, usually the URL of the page the
 * HTML was rendered for. A tag with such a URL is written again with its
 * attributes double-quoted; text, other tags and absolute URLs are left
 * exactly as they were.
 */
export function absolutizeUrls(html: string, base: string | URL): string {
  const edits: { start: number; end: number; tag: string }[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const entries = Object.entries(attributes);
        const resolved = entries.map(([key, value]) => [key, resolvedValue(key, value, base)] as const);
        if (resolved.every(([, value], index) => value === entries[index]![1])) return;
        const [start, end] = [parser.startIndex, parser.endIndex + 1];
        const source = html.slice(start, end);
        const written = resolved.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
        edits.push({ start, end, tag: `<${name}${written}${source.endsWith('/>') ? ' /' : ''}>` });
      },
    },
    { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true },
  );
  parser.end(html);
  let result = html;
  for (const { start, end, tag } of edits.reverse()) result = result.slice(0, start) + tag + result.slice(end);
  return result;
}
