import { useTranslations } from '../../i18n';
import { site, type Lang } from '../../site.config';
import { articleKinds } from '../../language/article-kinds';
import { piecesIn, type Article } from '../../content-index/articles';
import { embeddedIn, shownWhole } from '../../site/page-inputs';
import { languageTag } from '../../language/locales';
import { lastModified } from '../../site/modified-date';
import { oncePerBuild } from '../../content-index/once-per-build';
import { articleUrl } from '../../language/paths';
import { articleHtml } from './article-html';
import type { FeedItem } from './feed-types';

/**
 * Every story, explainer and statement written in `lang`, newest first, as
 * feed items with their full rendered body. Articles published the same day
 * keep the order of `articleKinds` (stories first), then their slug order.
 * Fallback pages are not items: a feed in one language carries only that language.
 * Feeds carry the newest `site.feeds.items` pieces. The RSS, Atom and JSON
 * feeds of a language share one rendering of them.
 */
export const feedItems = oncePerBuild(readFeedItems);

async function readFeedItems(lang: Lang): Promise<FeedItem[]> {
  return Promise.all((await feedPieces(lang)).map((article) => toFeedItem(article)));
}

/** The pieces a language's feeds carry: its newest `site.feeds.items` (`piecesIn` orders them as described above). */
async function feedPieces(lang: Lang): Promise<Article[]> {
  return (await piecesIn(lang)).slice(0, site.feeds.items);
}

/** What a language's feeds show, for their incremental-build key: each item whole, and what its text embeds. */
export async function feedInputs(lang: Lang) {
  return Promise.all(
    (await feedPieces(lang)).map(async (article) => ({
      item: shownWhole(article),
      embedded: await embeddedIn(article),
    })),
  );
}

/** One article as a feed item, with its kind named in its own language. */
async function toFeedItem(article: Article): Promise<FeedItem> {
  const { collection, slug, lang, entry } = article;
  const { title, description, pubDate, tags } = entry.data;
  const url = articleUrl(collection, slug, lang);
  const kind = useTranslations(lang)(articleKinds[collection].label);
  return {
    url,
    title,
    summary: description,
    contentHtml: await articleHtml(article, url),
    published: pubDate,
    updated: lastModified(entry.data),
    // A tag may repeat the kind (a statement tagged “statement”); readers should see it once.
    categories: [...new Set([kind, ...tags])],
    language: languageTag(lang),
  };
}
