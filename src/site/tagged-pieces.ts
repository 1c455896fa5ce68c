import { Worker } from 'node:worker_threads';
import { contentIndex } from '../content-index/content-index.ts';
import type { PieceSlugs } from '../content-index/moved-pieces.ts';
import type { ArticleCollection } from '../language/article-kinds.ts';
import type { TaggedPiece } from './topics.ts';

/** What the worker reads of a piece's frontmatter. */
type PieceFrontmatter = { tags: string[]; previousSlugs: string[] };

/** A piece's place, file, tags and the slugs it was published under before. */
export interface ListedPiece extends TaggedPiece, PieceSlugs {
  collection: ArticleCollection;
}

/**
 * Every article's place, tags and earlier slugs: the places from the content index, the rest read from each piece's
 * frontmatter on a worker thread (`tagged-pieces-worker.ts`), while the build goes on. For the sitemap and
 * `_redirects`, which are made outside the collections; pages use the collections instead. A frontmatter that is not
 * YAML rejects, naming the file.
 */
export function readTaggedPieces(contentDir: string): Promise<ListedPiece[]> {
  const { pieces } = contentIndex(contentDir);
  const files = pieces.map(({ file, path }) => ({ file, path }));
  const worker = new Worker(new URL('./tagged-pieces-worker.ts', import.meta.url), { workerData: { files } });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { pieces: PieceFrontmatter[] } | { failed: string }) =>
      'pieces' in result
        ? resolve(
            pieces.map(({ collection, lang, slug, file }, at) => ({
              collection,
              lang,
              slug,
              file,
              ...result.pieces[at]!,
            })),
          )
        : reject(new Error(result.failed)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The tags' worker stopped (exit code ${code}) before it was done`)));
  });
}
