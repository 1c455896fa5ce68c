import { articlesIn, piecesIn } from '../content-index/articles';
import { site, type Lang } from '../site.config';

/** The newest pieces of one language, a list page's worth: the search page shows them without JavaScript. */
export async function newestPieces(lang: Lang) {
  return (await piecesIn(lang)).slice(0, site.lists.pageSize);
}

/** The home page's lists: the newest stories, explainers and statements of one language; the kinds it has none of left out. */
export async function homeSections(lang: Lang) {
  const kinds = ['stories', 'explainers', 'statements'] as const;
  const sections = await Promise.all(
    kinds.map(async (kind) => ({ kind, articles: (await articlesIn(kind, lang)).slice(0, site.lists.home) })),
  );
  return sections.filter((section) => section.articles.length > 0);
}
