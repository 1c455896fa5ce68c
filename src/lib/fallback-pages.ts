import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { langs } from '../site.config';
import { articleKinds, type ArticleCollection } from './article-kinds';

/**
 * Paths of pages that show another language's original because the
 * translation does not exist yet, read from the content folders. Such pages
 * are for readers who switch language, not for search engines: the sitemap
 * leaves them out. Runs in `astro.config.mjs`, before collections load.
 */
export function fallbackPagePaths(contentDir: string): string[] {
  return (Object.keys(articleKinds) as ArticleCollection[]).flatMap((collection) => {
    const slugsIn = (lang: string) => {
      try {
        return readdirSync(join(contentDir, collection, lang))
          .filter((name) => /\.mdx?$/.test(name))
          .map((name) => name.replace(/\.mdx?$/, ''));
      } catch {
        return [];
      }
    };
    const byLang = new Map(langs.map((lang) => [lang, new Set(slugsIn(lang))]));
    const allSlugs = new Set([...byLang.values()].flatMap((slugs) => [...slugs]));
    return langs.flatMap((lang) =>
      [...allSlugs]
        .filter((slug) => !byLang.get(lang)!.has(slug))
        .map((slug) => `/${lang}/${articleKinds[collection].section}/${slug}/`),
    );
  });
}
