import type { Article, BreadcrumbList, LiveBlogPosting, NewsArticle, WebSite, WithContext } from 'schema-dts';
import { site } from '../site.config';
import { languageTag } from '../language/locales';
import type { PageMeta } from './page-meta';

/** The publisher, as every article names it. */
function publisher(meta: PageMeta, logoUrl: string) {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.publisher[meta.lang],
    url: new URL(`/${meta.lang}/`, site.url).href,
    logo: { '@type': 'ImageObject', url: logoUrl, width: '512', height: '512' },
  } as const;
}

function breadcrumbList(meta: PageMeta): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: meta.breadcrumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** A live story's coverage window and its updates, newest first, each a `BlogPosting`. */
function liveBlog(live: NonNullable<NonNullable<PageMeta['article']>['live']>) {
  return {
    coverageStartTime: live.start.toISOString(),
    ...(live.end && { coverageEndTime: live.end.toISOString() }),
    liveBlogUpdate: live.updates.map(({ url, headline, text, published }) => ({
      '@type': 'BlogPosting',
      '@id': url,
      url,
      headline,
      articleBody: text,
      datePublished: published.toISOString(),
    })),
  };
}

function article(meta: PageMeta, logoUrl: string): WithContext<NewsArticle | LiveBlogPosting | Article> | undefined {
  const { article: piece } = meta;
  if (!piece) return undefined;
  const others = Object.entries(piece.translations).filter(([lang]) => lang !== meta.lang);
  const ref = (url: string) => ({ '@type': piece.schemaType, '@id': url }) as const;
  const original = piece.translations[piece.originalLang];
  const org = publisher(meta, logoUrl);
  return {
    '@context': 'https://schema.org',
    '@type': piece.schemaType,
    '@id': meta.canonical,
    headline: meta.title,
    description: meta.description,
    datePublished: piece.published.toISOString(),
    dateModified: piece.modified.toISOString(),
    inLanguage: languageTag(meta.lang),
    articleSection: piece.section,
    keywords: piece.tags.join(', '),
    image: [meta.image.url],
    mainEntityOfPage: { '@type': 'WebPage', '@id': meta.canonical },
    author: piece.author ? { '@type': 'Organization', name: piece.author, url: org.url } : org,
    publisher: org,
    ...(piece.live && liveBlog(piece.live)),
    ...(piece.corrections.length > 0 && {
      correction: piece.corrections.map(({ text, published }) => ({
        '@type': 'CorrectionComment',
        text,
        datePublished: published.toISOString(),
      })),
    }),
    ...(piece.originalLang === meta.lang
      ? others.length > 0 && { workTranslation: others.map(([, url]) => ref(url!)) }
      : original && { translationOfWork: ref(original) }),
  } as WithContext<NewsArticle | LiveBlogPosting | Article>;
}

function website(meta: PageMeta): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name[meta.lang],
    url: meta.canonical,
    inLanguage: languageTag(meta.lang),
    description: meta.description,
  };
}

/** A JSON-LD object this site publishes. */
export type JsonLd = WithContext<NewsArticle | LiveBlogPosting | Article | WebSite | BreadcrumbList>;

/** The JSON-LD objects for a page: its article or website, and its breadcrumb trail. */
export function structuredData(meta: PageMeta, logoUrl: string): JsonLd[] {
  const main = meta.isHome ? website(meta) : article(meta, logoUrl);
  return main ? [main, breadcrumbList(meta)] : [breadcrumbList(meta)];
}

/**
 * Serialises one JSON-LD object for a `<script type="application/ld+json">` element.
 * `<` is escaped so no text from content can close the script element.
 */
export function jsonLdScript(thing: JsonLd): string {
  return JSON.stringify(thing).replace(/</g, '\\u003c');
}
