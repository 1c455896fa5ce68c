/**
 * The site's identity and its locales: the one place both are written.
 * Astro's `i18n` config, routes, dates, the language switcher and the
 * content schemas all derive from this object. Below them, the choice of
 * Markdown processor and the newsroom's own remark and rehype plugins.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';

/** Everything the site needs to know about one language it publishes in. */
export interface LocaleConfig {
  /** The URL prefix and content folder name, e.g. `bn`. */
  readonly code: string;
  /** The language's own name for itself, shown in the language switcher. */
  readonly name: string;
  /** BCP 47 tag handed to `Intl` formatters, e.g. `bn-IN` for Bengali digits. */
  readonly intl: string;
  /** Writing direction of the script. */
  readonly dir: 'ltr' | 'rtl';
  /** Open Graph locale, e.g. `bn_IN`. */
  readonly og: string;
  /** Typical silent reading speed in words per minute, for reading-time estimates. */
  readonly wordsPerMinute: number;
  /**
   * The typeface for the locale's script, from an `@fontsource` package, when
   * it is not Latin: preview images draw the script with it. Latin always
   * comes from Noto Sans.
   */
  readonly font?: {
    /** CSS family name, e.g. `Noto Sans Bengali`. */
    readonly family: string;
    /** The `@fontsource` package, e.g. `@fontsource/noto-sans-bengali`. */
    readonly package: string;
    /** The package's subset for the script, e.g. `bengali`. */
    readonly subset: string;
  };
}

export const locales = [
  {
    code: 'bn',
    name: 'বাংলা',
    intl: 'bn-IN',
    dir: 'ltr',
    og: 'bn_IN',
    wordsPerMinute: 160,
    font: { family: 'Noto Sans Bengali', package: '@fontsource/noto-sans-bengali', subset: 'bengali' },
  },
  { code: 'en', name: 'English', intl: 'en-IN', dir: 'ltr', og: 'en_IN', wordsPerMinute: 220 },
] as const satisfies readonly LocaleConfig[];

/** A locale code the site publishes in. */
export type Lang = (typeof locales)[number]['code'];

/** The language readers get when nothing says otherwise, and the source language of the content. */
export const defaultLang: Lang = 'bn';

/** Every locale code, default first. */
export const langs: readonly Lang[] = locales.map((locale) => locale.code);

/** The site's identity. The URL can be overridden at build time with `SITE_URL`. */
export const site = {
  url: process.env.SITE_URL ?? 'https://upi-news.example.org',
  /** Name of the publication, per language. */
  name: { bn: 'ইউপিআই খবর', en: 'UPI News' },
  /** One line under the name: what the publication is, per language. */
  tagline: { bn: 'ডিজিটাল পেমেন্টের খবর, সহজ করে বোঝানো', en: 'Digital payments news, explained' },
  /** Who publishes the site, used as the byline's organisation. */
  publisher: { bn: 'ইউপিআই খবর ডেস্ক', en: 'UPI News Desk' },
  /** The newsroom's IANA time zone: live stories show the times of their updates in it. */
  timeZone: 'Asia/Kolkata',
  /** Square logo for structured data, in `public/`. */
  logo: '/logo.png',
  /**
   * The newsroom's own WhatsApp and Telegram channels, linked in the footer
   * when set, e.g. `{ telegram: 'https://t.me/yourchannel' }`. None by default.
   */
  channels: {},
  /** Feeds: how many of the newest pieces each language's RSS, Atom and JSON feeds carry. */
  feeds: { items: 50 },
  /**
   * Lists of pieces: the home page shows the newest `home` of each kind, and
   * the `homeTopics` topics with the most pieces; the archive and topic pages
   * show `pageSize` a page, with links to older pages; a statement's page
   * lists the newest `pageSize` stories that cite it.
   */
  lists: { home: 8, homeTopics: 12, pageSize: 20 },
  /**
   * `npm run build` builds an archive of more than `filesPerProcess` pieces in shards, one after the other, each in a
   * process of its own, and merges them: the same site, with the peak memory of one shard. A plain piece counts
   * one; a piece with components five, for the MDX module Astro keeps until a build ends. One process of 5,000
   * plain pieces peaked at 2,005 MiB; at 2500 a shard stays under 2 GiB with room (`docs/performance.md`).
   * `BUILD_SHARDS=n` sets the number of shards for one build.
   */
  build: { filesPerProcess: 2500 },
  /**
   * Reading offline (`src/integrations/offline/`): a reader's browser keeps the stylesheet, the fonts of the
   * reader's language and the newest `articles` pieces of that language (read from its feed, so at most `feeds.items`), and every piece the
   * reader opens. With Save-Data on, only what the reader opens.
   */
  offline: { articles: 10 },
} as const satisfies {
  url: string;
  name: Record<Lang, string>;
  tagline: Record<Lang, string>;
  publisher: Record<Lang, string>;
  timeZone: string;
  logo: string;
  channels: { whatsapp?: string; telegram?: string };
  feeds: { items: number };
  lists: { home: number; homeTopics: number; pageSize: number };
  build: { filesPerProcess: number };
  offline: { articles: number };
};

/** How Markdown and MDX become HTML (`src/markdown/README.md`). */
export interface MarkdownSettings {
  /**
   * `satteri`, Astro's default, compiles in Rust and builds faster; `unified`
   * runs remark and rehype, and with them the plugins below. Both give the
   * same pages. `MARKDOWN_PROCESSOR=unified` overrides it for one build.
   */
  readonly processor: 'satteri' | 'unified';
  /**
   * The newsroom's own remark plugins, e.g. `[remarkToc]` or
   * `[[remarkToc, { heading: 'contents' }]]`, run after the site's own.
   * unified only: Sätteri does not run them, and the build stops with an
   * error rather than publish pages without them.
   */
  readonly remarkPlugins: RemarkPlugins;
  /** The newsroom's own rehype plugins, run after the site's own; unified only, as `remarkPlugins`. */
  readonly rehypePlugins: RehypePlugins;
}

export const markdown: MarkdownSettings = {
  processor: 'satteri',
  remarkPlugins: [],
  rehypePlugins: [],
};
