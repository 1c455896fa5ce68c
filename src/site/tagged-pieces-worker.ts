/**
 * Reads the tags and earlier slugs in the frontmatter of each piece it is given, on a worker thread, for the sitemap's
 * topic links and the old addresses of renamed pieces (`tagged-pieces.ts`):
 * parsing 2,000 frontmatters takes half a second, which the main thread spends building instead. Node runs this file
 * as it is (it strips the types), so it imports only a package and a file that imports nothing of the site (whose
 * config a newsroom may write for Vite alone).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { frontmatterOf, parseYamlOf, previousSlugsOf } from '../content-index/frontmatter.ts';

const { files } = workerData as { files: { file: string; path: string }[] };
try {
  const pieces = files.map(({ file, path }) => {
    const data = (parseYamlOf(file, frontmatterOf(readFileSync(path, 'utf8'))) ?? {}) as Record<string, unknown>;
    return { tags: Array.isArray(data.tags) ? data.tags.map(String) : [], previousSlugs: previousSlugsOf(data) };
  });
  parentPort!.postMessage({ pieces });
} catch (error) {
  parentPort!.postMessage({ failed: error instanceof Error ? error.message : String(error) });
}
