import type { APIRoute } from 'astro';
import { loadArticles } from '../content-index/articles';
import { articleKinds, type ArticleCollection } from '../language/article-kinds';
import { buildClock } from '../integrations/news-sitemap/build-clock';
import { newsEntries, type NewsCandidate } from '../integrations/news-sitemap/news-entries';
import { newsSitemapXml } from '../integrations/news-sitemap/news-sitemap-xml';
import { site } from '../site.config';

/** Every piece of the news kinds, in every language it is written in (fallback pages are not pieces). */
async function newsCandidates(): Promise<NewsCandidate[]> {
  const collections = (Object.keys(articleKinds) as ArticleCollection[]).filter((kind) => articleKinds[kind].news);
  const articles = (await Promise.all(collections.map((collection) => loadArticles(collection)))).flat();
  return articles.map(({ collection, slug, lang, entry }) => ({
    collection,
    slug,
    lang,
    title: entry.data.title,
    published: entry.data.pubDate,
  }));
}

/**
 * `/news-sitemap.xml`: the news of the last two days by the build's clock, every language, for Google News. A route
 * without parameters has no incremental-build key, so Astro renders it on every build, with that build's clock; every
 * shard of a sharded build renders it from the same frontmatter, and the merge checks that they agree.
 */
export const GET: APIRoute = async () =>
  new Response(await newsSitemapXml(newsEntries(await newsCandidates(), buildClock()), site.name), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
