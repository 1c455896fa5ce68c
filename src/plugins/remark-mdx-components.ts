/**
 * remark plugin (MDX): lists the components a page uses (`<Timeline …/>`,
 * `<KeyFacts>`) as `components` in the document's frontmatter data, where
 * Astro exposes it as `remarkPluginFrontmatter.components`. Layouts use it
 * to leave out their own copy of a block the author already placed in the text.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkMdxComponents() {
  return (tree: Root, file: VFile) => {
    const names = new Set<string>();
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const { name } = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (name && /^[A-Z]/.test(name)) names.add(name);
    });
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.components = [...names].sort();
  };
}
