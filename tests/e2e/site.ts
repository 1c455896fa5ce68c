import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
 * imports and markup are left out; quote and list markers, emphasis, code
 * marks and link targets are removed.
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

/** The list and home pages of every language. */
export const listPages = langs.flatMap((lang) => [`/${lang}/`, `/${lang}/statements/`]);

/** Every page a reader can reach, in every language. */
export const allPages = ['/', ...listPages, ...sourceArticles().map((article) => article.path)];

/** The language a path is in, from its prefix. */
export function langOf(path: string): Lang | undefined {
  return langs.find((lang) => path.startsWith(`/${lang}/`));
}

export { langs };
