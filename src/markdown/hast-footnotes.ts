/**
 * hast transform: the footnotes a piece writes (`text[^1]` and `[^1]: the note`) in the piece's language. GFM writes
 * them in English whatever the page's language: a heading "Footnotes", links back labelled "Back to reference 1", and
 * the numbers in Latin digits. This puts the piece's own words there (the UI strings `footnotes.label` and
 * `footnotes.backTo` of its language, read from its path `content/<collection>/<lang>/…`) and its digits (its `Intl`
 * locale's: ১, ২ on a Bengali page). The heading is shown, above the notes, and so is listed in the table of contents;
 * it runs before `hast-toc` for that.
 */
import type { Element, ElementContent } from 'hast';
import { intlLocale } from '../language/locales.ts';
import { placeOfContentFile } from '../language/paths.ts';
import type { Lang } from '../site.config';
import { documentPath } from './page-data.ts';
import { defineHastTransform, type DocumentInfo } from './transform.ts';

/** What a language calls the notes, and the label of the link from a note back to where the text cites it. */
export interface FootnoteWords {
  label: string;
  /** With `{{number}}`: the note's number, and after a hyphen which of its citations when the text cites it again. */
  backTo: string;
}

interface FootnoteOptions {
  /** The content root, to read a piece's language from its path. */
  contentDir: string;
  words: (lang: Lang) => FootnoteWords;
}

/** GFM's label of a link back: "Back to reference 2", or "Back to reference 2-3" for the third citation of note 2. */
const gfmBackTo = /(\d+)(?:-(\d+))?$/;

export default function hastFootnotes({ contentDir, words }: FootnoteOptions) {
  return ({ fileURL, source }: DocumentInfo) => {
    const place = placeOfContentFile(contentDir, documentPath(fileURL));
    // A note is written `[^label]: …`: a document without one has no footnotes to walk.
    if (!place || !source.includes('[^')) return null;
    const { label, backTo } = words(place.lang);
    const digits = new Intl.NumberFormat(intlLocale(place.lang), { useGrouping: false });
    const number = (text: string) => text.replace(/\d+/g, (run) => digits.format(Number(run)));
    const renumbered = (children: readonly ElementContent[]): ElementContent[] =>
      children.map((child) =>
        child.type === 'text'
          ? { ...child, value: number(child.value) }
          : child.type === 'element'
            ? { ...child, children: renumbered(child.children) }
            : child,
      );
    return defineHastTransform({
      name: 'footnotes',
      element: {
        filter: ['a', 'h2'],
        visit(node, ctx) {
          const properties = node.properties ?? {};
          if (node.tagName === 'h2') {
            if (properties.id !== 'footnote-label') return;
            // GFM hides it (`sr-only`); shown, it heads the notes for every reader.
            const shown = Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'className'));
            ctx.replaceNode(node, [{ ...node, properties: shown, children: [{ type: 'text', value: label }] }]);
          } else if ('dataFootnoteRef' in properties) {
            ctx.replaceNode(node, [{ ...node, children: renumbered(node.children) }]);
          } else if ('dataFootnoteBackref' in properties) {
            const [, note, citation] = gfmBackTo.exec(String(properties.ariaLabel ?? '')) ?? [];
            if (!note) return;
            const cited = citation ? `${number(note)}-${number(citation)}` : number(note);
            const link: Element = {
              ...node,
              properties: { ...properties, ariaLabel: backTo.replace('{{number}}', cited) },
              children: renumbered(node.children),
            };
            ctx.replaceNode(node, [link]);
          }
        },
      },
    });
  };
}
