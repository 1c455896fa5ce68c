/**
 * hast transform: collects the `h2` and `h3` headings of a document, with the
 * ids `hast-heading-ids` gave them, into a nested table of contents and
 * stores it as `toc` in the document's frontmatter data, where Astro exposes
 * it as `remarkPluginFrontmatter.toc`.
 */
import { defineHastTransform } from './transform.ts';
import { pageFrontmatter } from './page-data.ts';

/** One entry of the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

export default function hastToc() {
  return () => {
    const toc: TocEntry[] = [];
    return defineHastTransform({
      name: 'toc',
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const id = node.properties?.id;
          if (typeof id !== 'string' || id === '') return;
          const entry: TocEntry = { id, text: ctx.textContent(node).trim(), children: [] };
          const parent = toc.at(-1);
          if (node.tagName === 'h3' && parent) parent.children.push(entry);
          else toc.push(entry);
        },
      },
      after(_root, ctx) {
        pageFrontmatter(ctx.data).toc = toc;
      },
    });
  };
}
