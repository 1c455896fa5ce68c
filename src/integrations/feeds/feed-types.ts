/** One article as every feed format carries it; each format only changes the markup. */
export interface FeedItem {
  /** Absolute URL of the article: the item's link and its permanent id. */
  url: string;
  /** Headline. */
  title: string;
  /** One or two sentences, plain text. */
  summary: string;
  /** The whole article body as HTML, with absolute links. */
  contentHtml: string;
  /** When the article was first published. */
  published: Date;
  /** When it last changed in substance; the publication date if it never did. */
  updated: Date;
  /** The article's kind in the feed's language, then its tags, each once. */
  categories: string[];
  /** BCP 47 tag of the article's language, e.g. `bn-IN`. */
  language: string;
}

/** What a feed says about itself, in one language. */
export interface FeedChannel {
  /** BCP 47 tag of the feed's language, e.g. `bn-IN`. */
  language: string;
  /** The site's name in that language. */
  title: string;
  /** The site's tagline in that language. */
  description: string;
  /** Who publishes the feed, in that language. */
  publisher: string;
  /** Absolute URL of the language's home page. */
  homeUrl: string;
  /** Absolute URL of the feed document itself. */
  feedUrl: string;
}
