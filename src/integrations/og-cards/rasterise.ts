import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { OgElement } from './element';
import { loadOgFonts, resolvePackageFile } from './fonts';
import type { DrawTask } from './worker';

/**
 * The worker's file, through the `#og-worker` entry of package.json's
 * `imports`: the build bundles this module into a chunk of its own, but a
 * worker needs a file, and package.json stays at the project's root.
 */
const workerFile = () => resolvePackageFile('#og-worker');

/** Half the cores draw cards, the rest render pages; resvg and sharp work on libuv's threads besides. */
const workerCount = Math.max(1, Math.floor(availableParallelism() / 2));

/**
 * Cards a worker has in hand at once: it lays out one while resvg and sharp,
 * on libuv's threads, finish the others (`drawMissingOgImages` sends four).
 */
const cardsPerWorker = 4;

/** How long workers wait for another card before they stop, in ms: the build's last steps want their memory. */
const idleMs = 500;

/**
 * resvg allocates through mimalloc, which hands freed memory back to the
 * system after 10 ms: each card's 1200×630 pixels were then faulted in afresh,
 * page by page, for the next card (about 950 page faults a card). Kept for
 * 50 ms, the memory is still there for the next card: a cold build has half
 * the page faults and takes about a second less, for 70 to 120 MiB more while
 * the cards are drawn (which `workerHeap` gives back). mimalloc reads the
 * setting from the process's environment when the first worker loads resvg,
 * so it is set before the pool starts one; a value set from outside is left alone.
 */
const allocatorSettings = { MIMALLOC_PURGE_DELAY: '50' };

/**
 * A card leaves little behind (the worker holds about 40 MB), but V8 let the
 * worker's new-object space grow until its heap took 150 MB, at the time the
 * build's memory peaks. Kept to 8 MB, the worker's heap stays near 100 MB; the
 * extra collections cost no time that two builds could tell apart.
 */
const workerHeap = { maxYoungGenerationSizeMb: 8 };

let pool: Promise<Piscina<DrawTask, Uint8Array<ArrayBuffer>>> | undefined;

/**
 * The workers, each given the fonts once. Piscina starts them with the first
 * card, stops them when idle, and does not let an idle one keep the build's
 * process alive.
 */
function drawingPool(): Promise<Piscina<DrawTask, Uint8Array<ArrayBuffer>>> {
  pool ??= loadOgFonts().then((fonts) => {
    for (const [name, value] of Object.entries(allocatorSettings)) process.env[name] ??= value;
    return new Piscina<DrawTask, Uint8Array<ArrayBuffer>>({
      filename: workerFile(),
      workerData: fonts,
      resourceLimits: workerHeap,
      minThreads: 0,
      maxThreads: workerCount,
      concurrentTasksPerWorker: cardsPerWorker,
      idleTimeout: idleMs,
      // Piscina's default has an idle worker block in Atomics.wait() for its next task, which only pays for tasks far
      // shorter than a card; without it, the worker's event loop stays free for the cards it has in hand.
      atomics: 'disabled',
      recordTiming: false,
    });
  });
  return pool;
}

/**
 * Draws an element tree as PNG bytes (see `drawPng`) on a worker thread, so
 * the thread that renders pages only waits for cards. The cards and the shaping test
 * both go through here, so the test checks the pipeline readers' previews come
 * from.
 */
export async function rasterise(
  element: OgElement,
  size: { width: number; height: number },
  images: Record<string, string> = {},
  symbols = false,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await (await drawingPool()).run({ element, size, images, symbols });
  } catch (error) {
    throw new Error(`Drawing a preview card failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
