import { compile } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';

/**
 * Compiles MDX with the MDX compiler Astro's MDX support runs
 * (`@mdx-js/mdx`, through `@astrojs/markdown-remark`), with the given remark
 * plugins; returns the HTML tree before it becomes JavaScript, and the file's data.
 */
export async function compileMdx(source: string, { remark = [], path }: { remark?: PluggableList; path?: string }) {
  let tree: HastRoot | undefined;
  const file = new VFile({ value: source, path });
  await compile(file, {
    remarkPlugins: remark,
    rehypePlugins: [() => (hast: HastRoot) => void (tree = structuredClone(hast))],
  });
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return { tree: tree!, frontmatter: data.astro?.frontmatter ?? {} };
}
