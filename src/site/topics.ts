import { topicSlug, topicSlugPath } from '../language/paths.ts';
import type { Lang } from '../site.config';

/** What topic pages need to know about a piece: where it is and its tags. */
export interface TaggedPiece {
  collection: string;
  lang: Lang;
  slug: string;
  tags: readonly string[];
}

/** One topic of one language and the pieces tagged with it, in the order they were given. */
export interface Topic<P extends TaggedPiece = TaggedPiece> {
  /** The tag as editors wrote it. */
  tag: string;
  /** Its URL segment: lower case, spaces as hyphens, Bengali letters kept (“ডিজিটাল-পেমেন্ট”). */
  slug: string;
  pieces: P[];
}

/** Where a piece is, as an error names it: `stories/bn/phonepe-outage`. */
const placeOf = (piece: TaggedPiece) => `${piece.collection}/${piece.lang}/${piece.slug}`;

/**
 * The topics of one language, sorted by tag in that language's collation.
 * Throws when two different tags would share a page (“UPI” and “upi”), or a
 * tag has nothing to make an address from, naming the pieces that use it.
 */
export function topicsIn<P extends TaggedPiece>(pieces: readonly P[], lang: Lang, collator: Intl.Collator): Topic<P>[] {
  const bySlug = new Map<string, Topic<P>>();
  for (const piece of pieces.filter((candidate) => candidate.lang === lang)) {
    for (const tag of new Set(piece.tags.map((raw) => raw.normalize('NFC').trim()))) {
      const key = topicSlug(tag);
      if (key === '') {
        throw new Error(`${placeOf(piece)}: the tag "${tag}" has no letters or digits to make a topic address.`);
      }
      const topic = bySlug.get(key) ?? { tag, slug: key, pieces: [] };
      if (topic.tag !== tag) {
        // Each spelling with a piece that writes it: the editor who added one may not know the other.
        throw new Error(
          `${placeOf(piece)}: the tag "${tag}" and the tag "${topic.tag}" of ${placeOf(topic.pieces[0]!)} would ` +
            `share ${topicSlugPath(lang, key)}. Use one spelling.`,
        );
      }
      topic.pieces.push(piece);
      bySlug.set(key, topic);
    }
  }
  return [...bySlug.values()].sort((a, b) => collator.compare(a.tag, b.tag));
}

const placeKey = (lang: Lang, collection: string, slug: string) => `${lang}/${collection}/${slug}`;
const placeIndexes = new WeakMap<readonly TaggedPiece[], Map<string, TaggedPiece>>();

/** The pieces by language, collection and slug, indexed once per list: every topic looks up translations in it. */
function placeIndex(pieces: readonly TaggedPiece[]): Map<string, TaggedPiece> {
  let index = placeIndexes.get(pieces);
  if (!index) {
    index = new Map();
    for (const piece of pieces) {
      const key = placeKey(piece.lang, piece.collection, piece.slug);
      if (!index.has(key)) index.set(key, piece);
    }
    placeIndexes.set(pieces, index);
  }
  return index;
}

/**
 * The same topic in another language, if there is one. Translations list
 * their tags in the same order as the original, so the n-th tag of a piece
 * and the n-th tag of its translation name one topic. A pairing counts only
 * when every translated piece that has either tag agrees on it, both ways;
 * otherwise there is no counterpart and the language switcher leads to the
 * other language's list of topics instead.
 */
export function topicCounterpart(
  pieces: readonly TaggedPiece[],
  tag: string,
  from: Lang,
  to: Lang,
): string | undefined {
  const byPlace = placeIndex(pieces);
  const candidates = (source: string, a: Lang, b: Lang) => {
    const found = new Set<string>();
    for (const piece of pieces.filter((candidate) => candidate.lang === a)) {
      const tags = piece.tags.map((raw) => raw.normalize('NFC').trim());
      const index = tags.indexOf(source);
      if (index === -1) continue;
      const translation = byPlace.get(placeKey(b, piece.collection, piece.slug));
      // A translation with more or fewer tags can't be paired by position.
      if (!translation || translation.tags.length !== tags.length) continue;
      found.add(translation.tags[index]!.normalize('NFC').trim());
    }
    return found;
  };
  const forward = [...candidates(tag.normalize('NFC').trim(), from, to)];
  if (forward.length !== 1) return undefined;
  const back = [...candidates(forward[0]!, to, from)];
  return back.length === 1 && back[0] === tag.normalize('NFC').trim() ? forward[0] : undefined;
}
