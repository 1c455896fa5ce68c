import { allPieces, type Article } from '../content-index/articles';
import { oncePerBuild } from '../content-index/once-per-build';
import { topicPages, type TopicPage } from './topic-links';
import type { TaggedPiece } from './topics';

/** An article with its tags where topic pages look for them. */
export type TaggedArticle = Article & TaggedPiece;

/** Every topic page of every language, its pieces newest first; worked out once per build. */
export const loadTopicPages = oncePerBuild(async (): Promise<TopicPage<TaggedArticle>[]> => {
  const pieces = (await allPieces()).map((piece) => ({ ...piece, tags: piece.entry.data.tags }));
  return topicPages(pieces);
}) as () => Promise<TopicPage<TaggedArticle>[]>;
