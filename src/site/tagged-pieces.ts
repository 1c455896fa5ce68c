import { contentIndex } from '../content-index/content-index.ts';
import type { TaggedPiece } from './topics.ts';

/**
 * Every article's place and tags, read from the content index. For
 * `astro.config.mjs`, which runs before collections load; pages use the
 * collections instead.
 */
export function readTaggedPieces(contentDir: string): TaggedPiece[] {
  return contentIndex(contentDir).pieces.map(({ collection, lang, slug, data }) => ({
    collection,
    lang,
    slug,
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
  }));
}
