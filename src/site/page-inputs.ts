/**
 * What each kind of page shows of the content, for its incremental-build key (`keyedBy` in
 * `src/integrations/incremental/keys.ts`): its own piece whole, and of every other piece it shows (the language
 * switcher's targets, read-next, related pieces, statement cards, list items, feed items) only what a link or card to
 * it shows: its place and frontmatter, not its text. Each function picks the pieces with the same function its
 * page uses, so a page and its key cannot disagree about which pieces it shows. A page's code and UI strings are
 * Astro's to track: it hashes every module a route reaches.
 */
import type { Page } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import {
  loadArticles,
  piecesIn,
  resolvePieces,
  storiesCiting,
  type Article,
  type ArticlePageProps,
} from '../content-index/articles';
import type { ArticleCollection } from '../language/article-kinds';
import { liveState, type Coverage } from '../content-index/live-updates';
import { buildClock } from '../integrations/news-sitemap/build-clock';
import type { Lang } from '../site.config';
import { readNext } from './read-next';
import { loadTopicPages } from './topic-pages';

/** A piece as a link, card or list item shows it: where it is and its frontmatter. */
export function shownAsItem(article: Article) {
  const { collection, lang, slug, entry } = article;
  return { collection, lang, slug, id: entry.id, data: entry.data };
}

/**
 * A piece whose text is shown as well: its page, a feed item with the full text, a statement card's quote. A piece
 * rendered in the content layer brings the digest its HTML is kept by, which stands for its file and everything its
 * HTML depends on besides (the glossary, the Markdown transforms: `entry-modes.ts`, `rendered-html.ts`; the store keeps
 * no source for it, unless other pages quote it); Astro tracks a compiled MDX piece's module itself.
 */
export function shownWhole(article: Article) {
  const { body, rendered, digest } = article.entry;
  return { ...shownAsItem(article), body: body ?? '', html: rendered ? digest : undefined };
}

/**
 * What the components written into a piece's text show of other content: every statement and organisation when it
 * has a `<StatementCard>` (the card shows a statement's quote and its organisation), every glossary term when it has
 * the `<Glossary />`. The glossary terms linked in the text are compiled into it, which Astro tracks. A piece rendered
 * as Markdown has no components, and the store keeps no source for it.
 */
export async function embeddedIn(article: Article) {
  const body = article.entry.body ?? '';
  const cards = body.includes('<StatementCard');
  return {
    statements: cards ? (await loadArticles('statements')).map(shownWhole) : [],
    organizations: cards ? (await getCollection('organizations')).map(({ id, data }) => ({ id, data })) : [],
    glossary: body.includes('<Glossary') ? (await getCollection('glossary')).map(({ id, data }) => ({ id, data })) : [],
  };
}

/** An article page in `lang`: its piece, which translations exist, and every other piece it shows. */
export async function articlePageInputs<C extends ArticleCollection>({
  params,
  props,
}: {
  params: { lang: Lang };
  props: ArticlePageProps<C>;
}) {
  const { article, translations } = props;
  const { lang } = params;
  const data = article.entry.data as Record<string, unknown>;
  const related = async (collection: 'explainers' | 'statements') =>
    (await resolvePieces(collection, (data[collection] as string[] | undefined) ?? [], lang)).map(shownAsItem);
  const organization =
    article.collection === 'statements'
      ? (await getEntry(data.organization as { collection: 'organizations'; id: string }))?.data
      : undefined;
  const coverage = data.coverage as Coverage | undefined;
  return {
    lang,
    article: shownWhole(article),
    // A live story's page says "live" or "coverage ended" by the build's clock, not only by its text.
    live: coverage ? liveState(coverage, buildClock()) : undefined,
    translations: Object.keys(translations),
    embedded: await embeddedIn(article),
    readNext: readNext(article, await piecesIn(article.lang)).map(shownAsItem),
    explainers: article.collection === 'stories' ? await related('explainers') : [],
    statements: article.collection === 'stories' ? await related('statements') : [],
    organization,
    citedBy:
      article.collection === 'statements'
        ? (await storiesCiting(article as Article<'statements'>)).map(shownAsItem)
        : [],
  };
}

/** A page of a paginated list: its items as links show them, and where it sits among the pages. */
export function listPageInputs(page: Page<Article>, extra: Record<string, unknown> = {}) {
  const { data, ...place } = page;
  return { ...extra, place, items: data.map(shownAsItem) };
}

/** Every topic of one language as the list of topics and the home page show it: its tag, address, count and newest date. */
export async function topicsInputs(lang: Lang) {
  return (await loadTopicPages())
    .filter((topicPage) => topicPage.lang === lang)
    .map(({ topic, alternates }) => ({
      tag: topic.tag,
      alternates,
      count: topic.pieces.length,
      newest: topic.pieces[0]?.entry.data.pubDate,
    }));
}
