import type { Lang } from '../site.config';
import type { CorrectionNote } from './correction-comments';
import type { LiveBlogMeta } from './live-blog';

/** A link in a breadcrumb trail. */
export interface Crumb {
  name: string;
  url: string;
}

/** What an article page tells previews and search engines about the piece. */
export interface ArticleMeta {
  /** `NewsArticle` for stories, `LiveBlogPosting` for live stories, `Article` for explainers and statements. */
  schemaType: 'NewsArticle' | 'LiveBlogPosting' | 'Article';
  published: Date;
  modified: Date;
  section: string;
  tags: string[];
  /** The byline, when the piece has one; otherwise the publisher signs it. */
  author?: string | undefined;
  /** The same piece in the other languages: absolute URLs by language. */
  translations: Partial<Record<Lang, string>>;
  /** The language the piece was first written in. */
  originalLang: Lang;
  /** Corrections published to the piece, in the page's language: each becomes a `CorrectionComment`. */
  corrections: CorrectionNote[];
  /** A live story's coverage and updates. */
  live?: LiveBlogMeta | undefined;
}

/** Everything a page's head says about it to link previews, crawlers and feed readers. */
export interface PageMeta {
  title: string;
  description: string;
  lang: Lang;
  /** Absolute canonical URL. */
  canonical: string;
  image: { url: string; alt: string; width: number; height: number };
  breadcrumbs: Crumb[];
  article?: ArticleMeta | undefined;
  /** Home pages describe the whole site. */
  isHome?: boolean | undefined;
}
