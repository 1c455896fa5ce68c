/**
 * Astro 7.3.5 compiles every `.mdx` entry to a module and bundles it into the build, edited or not: on a large
 * archive, about half of a build with nothing changed (`docs/performance.md`). A `.md` entry is rendered instead in
 * the content layer, once per edit, and kept in the content store. This hands Astro's glob loader an `.mdx` entry type
 * that renders a plain-Markdown body (`isPlainMarkdown`) as Astro renders `.md`, with the site's Markdown processor,
 * and renders nothing for any other: the caller's store (`entry-modes.ts`) stores that one for MDX's module instead.
 *
 * It leans on what the glob loader does inside: it reads the entry types from the context it is given
 * (`entryTypes`, not in Astro's public `LoaderContext`), and an entry type with a `getRenderFunction` has each
 * changed entry rendered and stored with its HTML. `tests/unit/patches/mirrored-glob.test.ts` runs the real loader and
 * fails when either changes.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { isPlainMarkdown } from '../content-index/plain-markdown';

type EntryTypes = Map<string, ContentEntryType>;

/**
 * The loader context with an `.mdx` entry type that renders a plain body whose file `renders` accepts
 * (root-relative, `/`-separated) with the `.md` entry type's renderer, and gives no HTML for any other.
 */
export function withPlainMdxRendered(context: LoaderContext, renders: (file: string) => boolean): LoaderContext {
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  const mdx = entryTypes?.get('.mdx');
  const markdown = entryTypes?.get('.md');
  if (!entryTypes || !mdx || !markdown?.getRenderFunction) {
    throw new Error(
      'mdx-content-layer: the content layer gave the loader no .md renderer and .mdx entry type; ' +
        'src/patches/mdx-content-layer.ts was written for Astro 7.3.5.',
    );
  }
  const root = fileURLToPath(context.config.root);
  const renderMarkdown = markdown.getRenderFunction.bind(markdown);
  const plainMdx: ContentEntryType = {
    ...mdx,
    async getRenderFunction(config) {
      const render = await renderMarkdown(config);
      return async (entry) => {
        const file = entry.filePath ? relative(root, entry.filePath).split(sep).join('/') : '';
        // No HTML: the store keeps the entry for MDX's module, or its frontmatter only.
        if (!file || !renders(file) || !isPlainMarkdown(entry.body ?? '')) return undefined as never;
        // The file's own frontmatter, before the transforms write theirs into the same object.
        const frontmatter = { ...entry.data };
        const rendered = await render(entry);
        // MDX ends a piece's HTML at its last element; Markdown adds a line break. Without it a piece's page is the
        // same bytes whichever road it took.
        const html = rendered.html.trimEnd();
        return rendered.metadata
          ? { html, metadata: withTransformsDataOnly(rendered.metadata, frontmatter) }
          : { ...rendered, html };
      };
    },
  };
  return { ...context, entryTypes: new Map([...entryTypes, ['.mdx', plainMdx]]) } as LoaderContext;
}

type RenderedMetadata = NonNullable<Awaited<ReturnType<ContentEntryRenderFunction>>['metadata']>;

/**
 * The rendered entry's metadata with, of its `frontmatter` (a page's `remarkPluginFrontmatter`), only what the
 * Markdown transforms wrote (reading time, table of contents, components: `src/markdown/page-data.ts`): the fields of
 * the file's own frontmatter, which the entry's `data` holds already, would be stored twice, in a store every build
 * writes and bundles whole. A field a transform replaced is kept.
 */
function withTransformsDataOnly(metadata: RenderedMetadata, frontmatter: Record<string, unknown>): RenderedMetadata {
  if (!metadata.frontmatter) return metadata;
  const written = Object.entries(metadata.frontmatter).filter(([field, value]) => frontmatter[field] !== value);
  return { ...metadata, frontmatter: Object.fromEntries(written) };
}
