import { render, type CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../language/article-kinds';
import { RenderedHtml } from './rendered-html';

/** The folder of the pieces' rendered HTML (`renderedHtmlFolder`), set for the site's code by `renderedHtmlPlace`. */
declare const __RENDERED_HTML_FOLDER__: string;

/**
 * Astro's `render` for a piece: its `Content` and the Markdown transforms' data (`remarkPluginFrontmatter`). A piece
 * rendered in the content layer is stored without its HTML, which is read from the file the loader kept it in
 * (`rendered-html.ts`); one compiled as MDX renders from its module, as Astro renders it.
 */
export async function renderPiece(entry: CollectionEntry<ArticleCollection>) {
  if (!entry.rendered || (entry as { deferredRender?: boolean }).deferredRender) return render(entry);
  const html = new RenderedHtml(__RENDERED_HTML_FOLDER__, entry.collection).read(
    String(entry.digest),
    entry.filePath ?? entry.id,
  );
  return render({ ...entry, rendered: { ...entry.rendered, html } });
}
