import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { langs, type Lang } from '../../../src/site.config';

const root = new URL('../../../', import.meta.url).pathname;
const contentRoot = join(root, 'content');

/** One article file of `content/<collection>/<lang>/<slug>.mdx`, as its author wrote it. */
export interface ArticleFile {
  /** Path from the repository root, for messages. */
  file: string;
  collection: string;
  lang: Lang;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every article file in `content/`. */
export function articleFiles(): ArticleFile[] {
  return readdirSync(contentRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name: collection }) =>
      langs.flatMap((lang) => {
        const folder = join(contentRoot, collection, lang);
        let names: string[];
        try {
          names = readdirSync(folder).filter((name) => /\.mdx?$/.test(name));
        } catch {
          return [];
        }
        return names.map((name) => {
          const source = readFileSync(join(folder, name), 'utf8');
          const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source) ?? [];
          return {
            file: relative(root, join(folder, name)),
            collection,
            lang,
            slug: name.replace(/\.mdx?$/, ''),
            data: (parse(frontmatter) ?? {}) as Record<string, unknown>,
            body,
          };
        });
      }),
    );
}

/** Every YAML data file in `content/` (organisations, glossary), parsed. */
export function dataFiles(): { file: string; data: unknown }[] {
  return readdirSync(contentRoot, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(root, path), data: parse(readFileSync(path, 'utf8')) as unknown };
    });
}

/** The UI strings of a locale, with the path they come from. */
export function uiStringsFile(lang: Lang): { file: string; data: Record<string, string> } {
  const file = `src/i18n/locales/${lang}.json`;
  return { file, data: JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string> };
}
