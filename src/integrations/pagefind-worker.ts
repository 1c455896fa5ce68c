/**
 * The search-index worker thread: drives Pagefind (its binary, in its own
 * process) from reading the pages to writing the bundle. Pagefind waits for
 * a call between those two steps; from the main thread, that call waited for
 * whatever the build was doing there, such as the font subsetting reading
 * every page. Node runs this file as it is (it strips the types), so it
 * imports only packages and files that do the same.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PagefindJob, PagefindProgress } from './pagefind-messages.ts';

const { site, output, exclude, pages } = workerData as PagefindJob;
const report = (progress: PagefindProgress) => parentPort!.postMessage(progress);

try {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: exclude });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, ...(pages ? { glob: pages } : {}) });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  report({ read: added.page_count });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  report({ written: written.outputPath });
} catch (error) {
  report({ failed: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
