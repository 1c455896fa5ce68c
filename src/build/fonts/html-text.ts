import type { BoldTest, ElementInfo } from './bold-elements';

/** The text of a built page, for the fonts that draw it. */
export interface PageText {
  /** Every text node and every attribute value (alt, title, aria-label, data-…): all a reader might see. */
  all: string[];
  /** The text nodes inside an element that `isBold` accepts, or inside one of its descendants. */
  bold: string[];
}

/** Elements that never have an end tag. */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const token =
  /<!--[\s\S]*?-->|<![^>]*>|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/([a-z][\w:-]*)\s*>|<([a-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</gi;
const attribute = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The text of an HTML page as a build writes it: text nodes (scripts and
 * styles left out), attribute values, and which text is bold. A tokenizer,
 * not a full HTML parser: end tags close the nearest open element of their name.
 */
export function pageText(html: string, isBold: BoldTest): PageText {
  const all: string[] = [];
  const bold: string[] = [];
  const open: (ElementInfo & { bold: boolean })[] = [];
  for (const [, , endTag, startTag, attributes = '', text] of html.matchAll(token)) {
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      all.push(decoded);
      if (open.at(-1)?.bold) bold.push(decoded);
    } else if (endTag) {
      const index = open.findLastIndex((element) => element.tag === endTag.toLowerCase());
      if (index >= 0) open.length = index;
    } else if (startTag) {
      const tag = startTag.toLowerCase();
      const values = new Map(
        [...attributes.matchAll(attribute)].map(([, name = '', ...value]) => [
          name.toLowerCase(),
          decodeEntities(value.find((part) => part !== undefined) ?? ''),
        ]),
      );
      all.push(...[...values.values()].filter((value) => value !== ''));
      const element = { tag, classes: (values.get('class') ?? '').split(/\s+/).filter(Boolean), id: values.get('id') };
      if (!voidElements.has(tag) && !attributes.trimEnd().endsWith('/')) {
        open.push({ ...element, bold: (open.at(-1)?.bold ?? false) || isBold(element, open) });
      }
    }
  }
  return { all, bold };
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references decoded: numeric ones and the few names a build writes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
    }
    return named[body.toLowerCase()] ?? reference;
  });
}
