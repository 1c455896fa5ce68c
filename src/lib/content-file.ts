import { relative, sep } from 'node:path';
import { isLang } from './entry-id';
import type { Lang } from '../site.config';

/** Where a content file sits: `content/<collection>/<lang>/<slug>.mdx`. */
export interface ContentFilePlace {
  collection: string;
  lang: Lang;
  slug: string;
}

/**
 * The collection, language and slug of a file under `contentDir`, read from
 * its path; `undefined` for a file elsewhere or outside a locale folder.
 * Markdown plugins use it to learn a page's language.
 */
export function contentFilePlace(contentDir: string, filePath: string | undefined): ContentFilePlace | undefined {
  if (!filePath) return undefined;
  const parts = relative(contentDir, filePath).split(sep);
  if (parts.length < 3 || parts[0] === '..') return undefined;
  const [collection, lang, ...rest] = parts;
  if (!collection || !isLang(lang)) return undefined;
  return { collection, lang, slug: rest.join('/').replace(/\.mdx?$/, '') };
}
