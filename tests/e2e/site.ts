import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { topicPages } from '../../src/site/topic-links';
import { langs, type Lang } from '../../src/site.config';

/** The URL section each article collection is published under, as the routes table specifies. */
export const sections = { stories: 'news', explainers: 'explainers', statements: 'statements' } as const;
export type Collection = keyof typeof sections;

/** One article as its author wrote it: the source file and its frontmatter. */
export interface SourceArticle {
  collection: Collection;
  lang: Lang;
  slug: string;
  path: string;
  data: Record<string, unknown> & { title: string };
  /** The first paragraph of the body, as plain text. */
  firstParagraph: string;
  /** The last paragraph of the body, as plain text: proof that a copy carries the whole piece. */
  lastParagraph: string;
}

const contentRoot = new URL('../../content/', import.meta.url).pathname;

/** Every article in `content/`, read from the source files, not from the build. */
export function sourceArticles(): SourceArticle[] {
  return (Object.keys(sections) as Collection[]).flatMap((collection) =>
    langs.flatMap((lang) => {
      const folder = join(contentRoot, collection, lang);
      return readdirSync(folder)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => {
          const source = readFileSync(join(folder, name), 'utf8');
          const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
          const blocks = paragraphs(body);
          return {
            collection,
            lang,
            slug: name.replace(/\.mdx?$/, ''),
            path: `/${lang}/${sections[collection]}/${name.replace(/\.mdx?$/, '')}/`,
            data: parse(frontmatter) as SourceArticle['data'],
            firstParagraph: blocks[0]!,
            lastParagraph: blocks.at(-1)!,
          };
        });
    }),
  );
}

/**
 * The prose blocks of an MDX body, in order, as plain text: headings,
 * imports and markup (components such as `<KeyFacts>…</KeyFacts>`, written
 * without blank lines inside) are left out; quote and list markers,
 * emphasis, code marks and link targets are removed.
 */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(#|import |export |<|```)/.test(block))
    .map((block) =>
      block
        .replace(/^(>|-|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|\*|`)/g, ''),
    );
}

/**
 * The list and home pages of every language, the search pages, the lists of
 * topics and the archives among them. This edition's lists fit on one page.
 */
export const listPages = langs.flatMap((lang) => [
  `/${lang}/`,
  `/${lang}/statements/`,
  `/${lang}/search/`,
  `/${lang}/topics/`,
  `/${lang}/archive/`,
]);

/**
 * One page per tag and language, with the same topic's page in the other
 * languages where it has a counterpart (paths unencoded, e.g. `/bn/topics/ইউপিআই/`).
 */
export const topics = topicPages(
  sourceArticles().map(({ collection, lang, slug, data }) => ({
    collection,
    lang,
    slug,
    tags: (data.tags as string[] | undefined) ?? [],
  })),
).map(({ lang, topic, alternates }) => ({ lang, tag: topic.tag, path: alternates[lang]!, alternates }));

/** Every page a reader can reach, in every language. */
export const allPages = [
  '/',
  ...listPages,
  ...topics.map((topic) => topic.path),
  ...sourceArticles().map((article) => article.path),
];

/** A path as a test compares it: `URL.pathname` percent-encodes Bengali letters, the lists above do not. */
export const readablePath = (pathname: string) => decodeURIComponent(pathname);

/**
 * Where the same page is in `lang`: the same path under the other prefix,
 * except for topic pages, whose slugs differ between languages and which
 * lead to the other language's list of topics when the topic has no counterpart.
 */
export function counterpart(path: string, lang: Lang): string | undefined {
  const topic = topics.find((candidate) => candidate.path === path);
  if (topic) return topic.alternates[lang] ?? `/${lang}/topics/`;
  const from = langOf(path);
  return from ? path.replace(`/${from}/`, `/${lang}/`) : undefined;
}

/** The languages a page has a real translation in (hreflang alternates), its own included. */
export function translationLangs(path: string): Lang[] {
  const topic = topics.find((candidate) => candidate.path === path);
  return topic ? langs.filter((lang) => topic.alternates[lang]) : [...langs];
}

/** The language a path is in, from its prefix. */
export function langOf(path: string): Lang | undefined {
  return langs.find((lang) => path.startsWith(`/${lang}/`));
}

export { langs };
