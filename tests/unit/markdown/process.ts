import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriProcessor } from '../../../src/markdown/satteri';
import type { HastTransform, MdastTransform, TransformEntry } from '../../../src/markdown/transform';
import { unifiedProcessor } from '../../../src/markdown/unified';

/** The processors every transform is tested under: the site builds with either. */
export const processors = ['satteri', 'unified'] as const;
export type ProcessorName = (typeof processors)[number];

/** The transforms to run, and where the file would sit, for transforms that read a page's language from its path. */
interface Compile {
  mdast?: TransformEntry<MdastTransform>[];
  hast?: TransformEntry<HastTransform>[];
  path?: string;
}

/** Astro's processor of that name, as the site's config builds it, with only these transforms. */
const processor = (name: ProcessorName, { mdast = [], hast = [] }: Compile) =>
  name === 'satteri' ? satteriProcessor({ mdast, hast }) : unifiedProcessor({ mdast, hast }, {});

/** Astro's options for both processors, as the site sets them. */
const shared = { syntaxHighlight: false } as const;

/**
 * Renders Markdown as Astro renders a `.md` entry with that processor (its heading ids and image handling
 * included); returns the HTML and the frontmatter data the transforms wrote.
 */
export async function processMarkdown(name: ProcessorName, markdown: string, compile: Compile) {
  const renderer = await processor(name, compile).createRenderer(shared);
  const frontmatter: Record<string, unknown> = {};
  const result = await renderer.render(markdown, {
    frontmatter,
    ...(compile.path ? { fileURL: pathToFileURL(compile.path) } : {}),
  });
  return { html: result.code.trim(), frontmatter: result.metadata.frontmatter };
}

/** Compiles MDX as Astro compiles a `.mdx` page with that processor; returns the JavaScript and the frontmatter data. */
export async function compileMdx(name: ProcessorName, source: string, compile: Compile) {
  const renderer = await processor(name, compile).createMdxRenderer!(shared, { optimize: false });
  const frontmatter: Record<string, unknown> = {};
  const result = await renderer.process(source, compile.path ?? join(tmpdir(), 'page.mdx'), frontmatter);
  return { code: result.code, frontmatter };
}
