import { Worker } from 'node:worker_threads';
import { contentIndex } from '../content-index/content-index.ts';
import type { TaggedPiece } from './topics.ts';

/**
 * Every article's place and tags: the places from the content index, the tags read from each piece's frontmatter on a
 * worker thread (`tagged-pieces-worker.ts`), while the build goes on. For the sitemap, which is made outside the
 * collections; pages use the collections instead. A frontmatter that is not YAML rejects, naming the file.
 */
export function readTaggedPieces(contentDir: string): Promise<TaggedPiece[]> {
  const { pieces } = contentIndex(contentDir);
  const files = pieces.map(({ file, path }) => ({ file, path }));
  const worker = new Worker(new URL('./tagged-pieces-worker.ts', import.meta.url), { workerData: { files } });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { tags: string[][] } | { failed: string }) =>
      'tags' in result
        ? resolve(pieces.map(({ collection, lang, slug }, at) => ({ collection, lang, slug, tags: result.tags[at]! })))
        : reject(new Error(result.failed)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The tags' worker stopped (exit code ${code}) before it was done`)));
  });
}
