import { createHash } from 'node:crypto';
import { langOfFeedPath, pieceOfPath } from '../../language/paths.ts';

/** One part of a build split `of` ways, numbered from 1: `SHARD=2/3` is `{ index: 2, of: 3 }`. */
export interface Shard {
  index: number;
  of: number;
}

/**
 * The shard this build makes, from `SHARD` (`i/n`, 1 ≤ i ≤ n), or `undefined` for a whole build. Anything else in
 * `SHARD` is an error, so that a typo in a CI matrix cannot silently build the whole site n times.
 */
export function shardFromEnv(value = process.env.SHARD): Shard | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || of < 1 || index < 1 || index > of) {
    throw new Error(`SHARD="${value}": expected i/n with 1 ≤ i ≤ n, such as SHARD=2/3.`);
  }
  return { index, of };
}

/**
 * The shard (1 to `of`) that builds what `key` names: a hash of the key, so a page stays in its shard as the archive
 * grows and pages spread evenly however they are named.
 */
export function shardOfKey(key: string, of: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % of) + 1;
}

/** Whether `shard` (the whole build when undefined) builds what `key` names. */
export function buildsKey(key: string, shard: Shard | undefined = shardFromEnv()): boolean {
  return !shard || shardOfKey(key, shard.of) === shard.index;
}

/** The shard key of a piece: every language of it, its fallback pages and their preview cards are built together. */
export function pieceKey(collection: string, slug: string): string {
  return `${collection}/${slug}`;
}

/** The shard key of one language's feeds: its RSS, Atom and JSON feeds share one rendering of their items. */
export function feedsKey(lang: string): string {
  return `feeds/${lang}`;
}

/**
 * The paths of a `getStaticPaths()` this build makes: all of them, or those of the shard's pages, by the page's
 * site-relative URL path that `pageOf` gives (see `pageKey`).
 */
export function inThisShard<Path>(paths: Path[], pageOf: (path: Path) => string): Path[] {
  const shard = shardFromEnv();
  return shard ? paths.filter((path) => buildsKey(pageKey(pageOf(path)), shard)) : paths;
}

/**
 * The shard key of a page by its site-relative path: its piece's for an article page, its language's feeds' for a
 * feed, the path itself otherwise.
 */
export function pageKey(path: string): string {
  const piece = pieceOfPath(path);
  if (piece) return pieceKey(piece.collection, piece.slug);
  const feedLang = langOfFeedPath(path);
  return feedLang ? feedsKey(feedLang) : path;
}
