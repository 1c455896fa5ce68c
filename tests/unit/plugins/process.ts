import { pathToFileURL } from 'node:url';
import { markdownToHtml, type HastPluginList, type MdastPluginList } from 'satteri';

/**
 * Runs Markdown through Sätteri, the processor the site's build runs, with the given plugins; returns HTML and
 * the frontmatter data the plugins wrote. `path` is where the file would sit, for plugins that read a page's
 * language from it.
 */
export async function processMarkdown(
  markdown: string,
  { mdast = [], hast = [], path }: { mdast?: MdastPluginList; hast?: HastPluginList; path?: string },
) {
  const result = await markdownToHtml(markdown, {
    mdastPlugins: mdast,
    hastPlugins: hast,
    ...(path ? { fileURL: pathToFileURL(path) } : {}),
  });
  const data = result.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return { html: result.html.trim(), frontmatter: data.astro?.frontmatter ?? {} };
}
