import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';
import { pageFrontmatter } from '../../../src/plugins/page-data';

/** The plugins to run, and where the file would sit, for plugins that read a page's language from its path. */
interface Compile {
  mdast?: MdastPluginList;
  hast?: HastPluginList;
  path?: string;
}

const options = ({ mdast = [], hast = [], path }: Compile) => ({
  mdastPlugins: mdast,
  hastPlugins: hast,
  ...(path ? { fileURL: pathToFileURL(path) } : {}),
});

/** Runs Markdown through Sätteri, the processor the site's build runs; returns HTML and the frontmatter data the plugins wrote. */
export async function processMarkdown(markdown: string, compile: Compile) {
  const result = await markdownToHtml(markdown, options(compile));
  return { html: result.html.trim(), frontmatter: pageFrontmatter(result.data) };
}

/** Compiles MDX with Sätteri, the site's MDX compiler; returns the JavaScript and the frontmatter data the plugins wrote. */
export async function compileMdx(source: string, compile: Compile) {
  const result = await mdxToJs(source, options(compile));
  return { code: result.code, frontmatter: pageFrontmatter(result.data) };
}
