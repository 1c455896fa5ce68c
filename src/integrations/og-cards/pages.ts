import { useTranslations } from '../../i18n';
import { defaultLang, langs, locales, site } from '../../site.config';
import { articleKinds, type ArticleCollection } from '../../language/article-kinds';
import { articlePaths } from '../../content-index/articles';
import { loadTopicPages } from '../../site/topic-pages';
import { archivePath, articlePath, localePath, searchPath, topicsIndexPath } from '../../language/paths';
import { liveState } from '../../content-index/live-updates';
import { buildClock } from '../news-sitemap/build-clock';
import type { OgImageInput } from './card';

/** A page of the site and what its preview card shows. */
export interface OgPage {
  /** The page's site-relative URL, e.g. `/en/news/phonepe-outage/`. */
  path: string;
  input: OgImageInput;
}

/** The cards of one collection's article pages, in every language, fallbacks included. */
async function articlePages(collection: ArticleCollection): Promise<OgPage[]> {
  const now = buildClock();
  return (await articlePaths(collection)).map(({ params: { lang, slug }, props: { article } }) => {
    const t = useTranslations(lang);
    const kind = t(articleKinds[collection].label);
    const coverage = 'coverage' in article.entry.data ? article.entry.data.coverage : undefined;
    // A live story's card says whether coverage is running, as its page does when built.
    const state = coverage && liveState(coverage, now);
    return {
      path: articlePath(collection, slug, lang),
      // Where the translation is missing, the page shows the original, so the card shows its headline.
      input: {
        title: article.entry.data.title,
        siteName: site.name[lang],
        kindLabel: state ? t(state === 'live' ? 'live.cardLive' : 'live.cardEnded', { kind }) : kind,
        lang,
      },
    };
  });
}

/**
 * Every page of the site with its card: the language chooser, each language's
 * home, statements list, search page, topics list, archive and topic pages
 * (a list's first page), and every article page in every language.
 */
export async function ogPages(): Promise<OgPage[]> {
  const chooser: OgPage = {
    path: '/',
    input: {
      title: locales.map((locale) => site.name[locale.code]).join(' · '),
      siteName: site.name[defaultLang],
      kindLabel: site.tagline[defaultLang],
      lang: defaultLang,
    },
  };
  const lists = langs.flatMap((lang): OgPage[] => {
    const t = useTranslations(lang);
    const common = { siteName: site.name[lang], lang };
    return [
      { path: localePath(lang), input: { ...common, title: site.name[lang], kindLabel: site.tagline[lang] } },
      {
        path: localePath(lang, 'statements'),
        input: { ...common, title: t('statements.title'), kindLabel: t('nav.statements') },
      },
      { path: searchPath(lang), input: { ...common, title: t('search.title'), kindLabel: site.tagline[lang] } },
      { path: topicsIndexPath(lang), input: { ...common, title: t('topics.title'), kindLabel: site.tagline[lang] } },
      // The archive's later pages, and a topic's, show their first page's card.
      { path: archivePath(lang), input: { ...common, title: t('archive.title'), kindLabel: site.tagline[lang] } },
    ];
  });
  const topics = (await loadTopicPages()).map(({ lang, topic, alternates }): OgPage => {
    const t = useTranslations(lang);
    return {
      path: alternates[lang]!,
      input: { title: topic.tag, siteName: site.name[lang], kindLabel: t('topics.title'), lang },
    };
  });
  const articles = await Promise.all((Object.keys(articleKinds) as ArticleCollection[]).map(articlePages));
  return [chooser, ...lists, ...topics, ...articles.flat()];
}
