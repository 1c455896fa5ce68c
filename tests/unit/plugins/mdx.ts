import { pathToFileURL } from 'node:url';
import { mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';

/**
 * Compiles MDX with Sätteri, the MDX compiler of the site's build, with the given plugins; returns the
 * JavaScript and the frontmatter data the plugins wrote.
 */
export async function compileMdx(
  source: string,
  { mdast = [], hast = [], path }: { mdast?: MdastPluginList; hast?: HastPluginList; path?: string },
) {
  const result = await mdxToJs(source, {
    mdastPlugins: mdast,
    hastPlugins: hast,
    ...(path ? { fileURL: pathToFileURL(path) } : {}),
  });
  const data = result.data as { astro?: { frontmatter?: Record<string, unknown> } };
  return { code: result.code, frontmatter: data.astro?.frontmatter ?? {} };
}
