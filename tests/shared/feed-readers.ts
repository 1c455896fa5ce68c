import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import Parser from 'rss-parser';

/** What a feed reader shows of a feed, whichever parser read it and whatever the format. */
export interface ReadFeed {
  language: string | undefined;
  title: string | undefined;
  /** The home page the feed belongs to. */
  link: string | undefined;
  /** The address the feed gives for itself. */
  selfUrl: string | undefined;
  items: ReadItem[];
}

/** One item as a feed reader shows it. */
export interface ReadItem {
  title: string;
  link: string;
  id: string;
  /** The HTML a reader displays as the item's body. */
  content: string;
  categories: string[];
  published: Date | undefined;
}

/** Atom `type="html"` titles are HTML; this is the text a reader shows. */
const htmlText = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

interface AtomCategory {
  $: { term: string };
}

/**
 * rss-parser (xml2js). For Atom it reads neither `xml:lang` nor categories,
 * so those are picked up as custom fields.
 */
async function withRssParser(xml: string): Promise<ReadFeed> {
  const parser = new Parser<
    { rootAttributes?: Record<string, string>; language?: string },
    { 'content:encoded'?: string; atomCategories?: AtomCategory[]; id?: string }
  >({
    customFields: {
      feed: [['$', 'rootAttributes', { keepArray: true }]] as unknown as 'rootAttributes'[],
      item: [['category', 'atomCategories', { keepArray: true }], 'id'],
    },
  });
  const feed = await parser.parseString(xml);
  const isAtom = /<feed\b/.test(xml);
  return {
    language: isAtom ? feed.rootAttributes?.['xml:lang'] : feed.language,
    title: feed.title,
    link: feed.link,
    selfUrl: feed.feedUrl,
    items: feed.items.map((item) => ({
      title: isAtom ? htmlText(item.title ?? '') : (item.title ?? ''),
      link: item.link ?? '',
      id: (isAtom ? item.id : item.guid) ?? '',
      content: (isAtom ? item.content : item['content:encoded']) ?? '',
      categories: isAtom ? (item.atomCategories ?? []).map((category) => category.$.term) : (item.categories ?? []),
      published: item.isoDate ? new Date(item.isoDate) : undefined,
    })),
  };
}

/** feedparser (sax), a streaming parser that normalises RSS and Atom to one shape itself. */
function withFeedparser(xml: string): Promise<ReadFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({});
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => {
      const meta = parser.meta as FeedParser.Meta;
      const isAtom = meta['#type'] === 'atom';
      resolve({
        language: meta.language ?? undefined,
        title: meta.title ?? undefined,
        link: meta.link ?? undefined,
        selfUrl: meta.xmlurl ?? undefined,
        items: items.map((item) => ({
          title: isAtom ? htmlText(item.title) : item.title,
          link: item.link,
          id: item.guid,
          content: item.description,
          categories: item.categories,
          published: item.pubdate ?? undefined,
        })),
      });
    });
    Readable.from([xml]).pipe(parser);
  });
}

/** Two independent parsers, so a feed that only one of them forgives fails the tests. */
export const feedReaders = { 'rss-parser': withRssParser, feedparser: withFeedparser } as const;
