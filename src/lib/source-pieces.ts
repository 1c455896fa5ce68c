import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs } from '../site.config';
import { articleKinds, type ArticleCollection } from './article-kinds';
import { frontmatterOf } from './frontmatter';
import type { TaggedPiece } from './topics';
import { parseYamlOf } from './yaml-file';

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
        const file = join(folder, name);
        const data = (parseYamlOf(file, frontmatterOf(readFileSync(file, 'utf8'))) ?? {}) as { tags?: unknown };
        const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];
        return { collection, lang, slug: name.replace(/\.mdx?$/, ''), tags };
      });
    }),
  );
}
