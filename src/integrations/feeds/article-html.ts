import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { useTranslations } from '../../i18n';
import type { Article } from '../../content-index/articles';
import { renderPiece } from '../../content-index/render-piece';
import { absolutizeUrls } from './absolute-urls';

let container: Promise<AstroContainer> | undefined;

/** One container for the whole build, made on first use: creating it loads the MDX renderer. */
function feedContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

/**
 * The whole body of an article rendered to HTML, as its page shows it, with
 * every relative `href` and `src` made absolute against `url`, the article's
 * own address, so that links and images work inside a feed reader.
 */
export async function articleHtml(article: Article, url: string): Promise<string> {
  const { Content } = await renderPiece(article.entry);
  // Components in the text (statement cards, timelines) read the language and UI strings from locals.
  const locals = { lang: article.lang, t: useTranslations(article.lang) };
  const html = await (await feedContainer()).renderToString(Content, { locals });
  return absolutizeUrls(html, url);
}
