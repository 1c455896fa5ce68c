/**
 * mdast transform: links the first use of each glossary term on a page to its
 * definition in the glossary section, and puts the short definition right
 * after the link, where readers get it without leaving the page.
 *
 * The terms come from the glossary files (`content/glossary/*.yaml`); the
 * page's language comes from the file's path (`content/<collection>/<lang>/…`),
 * so a Bengali page links “ইউপিআই” and an English page “UPI”. A term matches as
 * a whole word, case-sensitively (“UPI” in “UPI-এর” or “UPI’s”, not in
 * “UPIX”). Headings, links, code, quotations (a statement's words are not
 * ours to annotate) and HTML are left alone. Files outside a locale folder
 * are not touched.
 *
 * Each first use becomes, in HTML:
 *
 *   <span class="glossary-term">
 *     <a href="/bn/explainers/upi/#glossary-upi" aria-describedby="glossary-tip-upi">ইউপিআই</a>
 *     <span class="glossary-term__tip" id="glossary-tip-upi" role="tooltip" hidden>…</span>
 *   </span>
 *
 * The definition is the link's accessible description, so screen readers
 * announce it when the link is focused; the stylesheet shows it while the
 * link has focus or the pointer is over it. `hidden` keeps it out of the
 * text flow where that stylesheet is absent (feed readers, reader modes).
 */
import type { ElementContent } from 'hast';
import type { Nodes, PhrasingContent, Text } from 'mdast';
import { defineMdastTransform, type CustomNode, type DocumentInfo } from './transform.ts';
import { placeOfContentFile } from '../language/paths.ts';
import { glossaryTipId, readGlossary, type GlossaryTerm } from '../content-index/glossary.ts';
import { inLang } from '../content-index/localized.ts';
import type { Lang } from '../site.config';
import { documentPath } from './page-data.ts';

export interface GlossaryOptions {
  /** The folder of glossary files. */
  glossaryDir: string;
  /** The content root, to read a page's language from its path. */
  contentDir: string;
  /** Where a term's definition lives on the site, e.g. `/bn/explainers/upi/#glossary-upi`. */
  href: (lang: Lang, id: string) => string;
}

/** A glossary link and its definition, rendered through `data.hName`/`hChildren`. */
interface GlossaryTermNode extends CustomNode {
  type: 'glossaryTerm';
  children: PhrasingContent[];
}

/** Nodes whose text is never linked. */
const untouched = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'blockquote',
  'definition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function mdastGlossary({ glossaryDir, contentDir, href }: GlossaryOptions) {
  const glossary = readGlossary(glossaryDir);
  // Left out of a document outside a locale folder, or in a language with no term written yet
  // (an empty pattern would match everywhere).
  return ({ fileURL, source }: DocumentInfo) => {
    const place = placeOfContentFile(contentDir, documentPath(fileURL));
    if (!place || glossary.length === 0) return null;
    const { lang } = place;
    const byTerm = new Map(
      glossary.flatMap((entry) => (entry.term[lang] ? [[entry.term[lang].normalize('NFC'), entry] as const] : [])),
    );
    if (byTerm.size === 0) return null;
    const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`,
      'gu',
    );
    // The terms the source writes anywhere: a document that writes none is left alone without being walked.
    const written = new Set([...source.normalize('NFC').matchAll(pattern)].map((match) => byTerm.get(match[0])!.id));
    if (written.size === 0) return null;
    const linked = new Set<string>();
    return defineMdastTransform({
      name: 'glossary',
      // The first use is first in reading order, so the document is walked in order rather than visited per node.
      // The walk stops once every term the source writes has its link: under Sätteri, the rest of the tree is never
      // read into JavaScript.
      before(root, ctx) {
        const walk = (node: Readonly<Nodes>) => {
          if (untouched.has(node.type) || linked.size === written.size) return;
          if (node.type === 'text') {
            const pieces = linkFirstUses(node.value.normalize('NFC'), pattern, byTerm, linked, (entry, text) =>
              termNode(entry, text, lang, href(lang, entry.id)),
            );
            if (pieces) ctx.replaceNode(node, pieces);
            return;
          }
          if ('children' in node) for (const child of node.children) walk(child);
        };
        walk(root);
      },
    });
  };
}

/** Splits `value` around the first uses of terms not linked yet; `undefined` when there are none. */
function linkFirstUses(
  value: string,
  pattern: RegExp,
  byTerm: Map<string, GlossaryTerm>,
  linked: Set<string>,
  makeNode: (entry: GlossaryTerm, text: string) => GlossaryTermNode,
): (Text | GlossaryTermNode)[] | undefined {
  const pieces: (Text | GlossaryTermNode)[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    const entry = byTerm.get(match[0])!;
    if (linked.has(entry.id)) continue;
    linked.add(entry.id);
    if (match.index > last) pieces.push({ type: 'text', value: value.slice(last, match.index) });
    pieces.push(makeNode(entry, match[0]));
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return undefined;
  if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
  return pieces;
}

/** The mdast node of one linked term: its text stays a child, so word counts and plain-text views still see it. */
function termNode(entry: GlossaryTerm, text: string, lang: Lang, target: string): GlossaryTermNode {
  const tipId = glossaryTipId(entry.id);
  const tip: ElementContent[] = entry.expansion
    ? [
        {
          type: 'element',
          tagName: 'span',
          properties: { lang: 'en' },
          children: [{ type: 'text', value: entry.expansion }],
        },
        { type: 'text', value: `: ${inLang(entry.definition, lang)}` },
      ]
    : [{ type: 'text', value: inLang(entry.definition, lang) }];
  return {
    type: 'glossaryTerm',
    children: [{ type: 'text', value: text }],
    data: {
      hName: 'span',
      hProperties: { className: ['glossary-term'] },
      hChildren: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: target, ariaDescribedBy: [tipId] },
          children: [{ type: 'text', value: text }],
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['glossary-term__tip'], id: tipId, role: 'tooltip', hidden: true },
          children: tip,
        },
      ],
    },
  };
}
