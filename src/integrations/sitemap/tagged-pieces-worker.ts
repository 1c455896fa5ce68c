/**
 * Reads every piece's place and tags (`readTaggedPieces`) on a worker thread, for the sitemap's topic links: parsing
 * every piece's frontmatter takes half a second on an archive of 2,000 pieces, which the main thread then spends
 * building instead. Node runs this file as it is (it strips the types), so it imports only files that do the same.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readTaggedPieces } from '../../site/tagged-pieces.ts';

const { contentDir } = workerData as { contentDir: string };
try {
  parentPort!.postMessage({ pieces: readTaggedPieces(contentDir) });
} catch (error) {
  parentPort!.postMessage({ failed: error instanceof Error ? error.message : String(error) });
}
