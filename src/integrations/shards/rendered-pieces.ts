import type { ContentIndex } from '../../content-index/content-index.ts';
import { newestFirst } from '../../content-index/newest-first.ts';
import { langs, site } from '../../site.config.ts';
import { buildsKey, feedsKey, pieceKey, shardFromEnv, type Shard } from './shard.ts';

/**
 * The content files (root-relative, as in `ContentFile.file`) whose MDX a shard renders: every language of its own
 * pieces (fallback pages show the original), and the items of the feeds it builds, which carry their full text.
 * Every other piece is loaded for its frontmatter only (lists, read-next boxes and cards show no more), so the shard
 * neither compiles nor bundles its MDX.
 */
export function piecesRenderedBy(shard: Shard, index: ContentIndex): Set<string> {
  const own = index.pieces.filter((piece) => buildsKey(pieceKey(piece.collection, piece.slug), shard));
  const feedItems = langs
    .filter((lang) => buildsKey(feedsKey(lang), shard))
    .flatMap((lang) =>
      index.pieces
        .filter((piece) => piece.lang === lang)
        // Only what the order reads: spreading a piece would call its getters, reading its file, at every comparison.
        .map((piece) => ({
          piece,
          dated: {
            collection: piece.collection,
            slug: piece.slug,
            pubDate: new Date(piece.data.pubDate as string | Date),
          },
        }))
        .sort((a, b) => newestFirst(a.dated, b.dated))
        .slice(0, site.feeds.items)
        .map(({ piece }) => piece),
    );
  return new Set([...own, ...feedItems].map((piece) => piece.file));
}

/**
 * For the collections' loader: which content files this build renders, or `undefined` when it renders them all
 * (no `SHARD`).
 */
export function renderedInThisShard(index: ContentIndex): ((file: string) => boolean) | undefined {
  const shard = shardFromEnv();
  if (!shard) return undefined;
  const rendered = piecesRenderedBy(shard, index);
  return (file) => rendered.has(file);
}
