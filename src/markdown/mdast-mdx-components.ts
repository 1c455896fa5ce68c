/**
 * mdast transform (MDX): lists the components a page uses (`<Timeline …/>`,
 * `<KeyFacts>`) as `components` in the document's frontmatter data, where
 * Astro exposes it as `remarkPluginFrontmatter.components`. Layouts use it
 * to leave out their own copy of a block the author already placed in the text.
 */
import { defineMdastTransform, type MdxJsxFlowElement, type MdxJsxTextElement } from './transform.ts';
import { pageFrontmatter } from './page-data.ts';

/** A fresh list per document. */
export default function mdastMdxComponents() {
  return () => {
    const names = new Set<string>();
    const note = (element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
      if (element.name && /^[A-Z]/.test(element.name)) names.add(element.name);
    };
    return defineMdastTransform({
      name: 'mdx-components',
      mdxJsxFlowElement: note,
      mdxJsxTextElement: note,
      after(_root, ctx) {
        pageFrontmatter(ctx.data).components = [...names].sort();
      },
    });
  };
}
