import { compile, selectAll } from 'css-select';
import { isTag, isText, type AnyNode, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * The text of a built page: every text node and attribute value (alt, title, aria-label, data-…), all a reader might
 * see; and the text nodes inside an element the bold selectors match.
 */
export type PageText = { all: string[]; bold: string[] };

/**
 * A reader of built pages' text (text nodes but those of scripts and styles, attribute values, entities decoded) and
 * of which is bold (`boldSelectors` of the site's stylesheets, compiled once).
 */
export function pageTextReader(boldSelectors: readonly string[]): (html: string) => PageText {
  const isBold = compile<AnyNode, Element>(boldSelectors.join(','));
  return (html) => {
    const document = parseDocument(html);
    const boldElements = new Set<AnyNode>(selectAll<AnyNode, Element>(isBold, document));
    const text: PageText = { all: [], bold: [] };
    const visit = (nodes: readonly ChildNode[], bold: boolean): void => {
      for (const node of nodes) {
        if (isText(node)) {
          text.all.push(node.data);
          if (bold) text.bold.push(node.data);
        } else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
          text.all.push(...Object.values(node.attribs).filter((value) => value !== ''));
          visit(node.children, bold || boldElements.has(node));
        }
      }
    };
    visit(document.children, false);
    return text;
  };
}
