import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/**
 * Runs Markdown through the real unified pipeline with the given plugins; returns HTML and the file's data.
 * `path` is where the file would sit, for plugins that read a page's language from it.
 */
export async function processMarkdown(
  markdown: string,
  { remark = [], rehype = [], path }: { remark?: PluggableList; rehype?: PluggableList; path?: string },
) {
  const file = new VFile({ value: markdown, path });
  const result = await unified()
    .use(remarkParse)
    .use(remark)
    .use(remarkRehype)
    .use(rehype)
    .use(rehypeStringify)
    .process(file);
  const data = result.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return { html: String(result), frontmatter: data.astro?.frontmatter ?? {} };
}
