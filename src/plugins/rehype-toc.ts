/**
 * rehype plugin: collects the `h2` and `h3` headings of a document, with the
 * ids `rehype-heading-ids` gave them, into a nested table of contents and
 * stores it as `toc` in the document's frontmatter data, where Astro exposes
 * it as `remarkPluginFrontmatter.toc`.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** One entry of the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function rehypeToc() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const entry: TocEntry = { id, text: toString(node).trim(), children: [] };
      const parent = toc.at(-1);
      if (node.tagName === 'h3' && parent) parent.children.push(entry);
      else toc.push(entry);
    });
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.toc = toc;
  };
}
