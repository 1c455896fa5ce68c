import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { langs } from '../site.config';
import { articleKinds, type ArticleCollection } from './article-kinds';
import type { TaggedPiece } from './topics';

/**
 * Every article's place and tags, read straight from the content folders'
 * frontmatter. For `astro.config.mjs`, which runs before collections load;
 * pages use the collections instead.
 */
export function readTaggedPieces(contentDir: string): TaggedPiece[] {
  return (Object.keys(articleKinds) as ArticleCollection[]).flatMap((collection) =>
    langs.flatMap((lang) => {
      const folder = join(contentDir, collection, lang);
      let names: string[];
      try {
        names = readdirSync(folder).filter((name) => /\.mdx?$/.test(name));
      } catch {
        return [];
      }
      return names.map((name) => {
        const source = readFileSync(join(folder, name), 'utf8');
        const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
        const data = (parse(frontmatter) ?? {}) as { tags?: unknown };
        const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];
        return { collection, lang, slug: name.replace(/\.mdx?$/, ''), tags };
      });
    }),
  );
}
