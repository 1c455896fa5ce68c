import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgElement } from './element';
import { loadOgFonts, resolvePackageFile, type OgFont } from './fonts';
import type { DrawRequest, DrawResult } from './worker-messages';

/**
 * The worker's file, through the `#og-worker` entry of package.json's
 * `imports`: the build bundles this module into a chunk of its own, but a
 * worker needs a file, and package.json stays at the project's root.
 */
const workerFile = () => resolvePackageFile('#og-worker');

/** Half the cores draw cards, the rest render pages; resvg and sharp work on libuv's threads besides. */
const workerCount = Math.max(1, Math.floor(availableParallelism() / 2));

type Job = { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void };

/** How long workers wait for another card before they stop, in ms: the build's last steps want their memory. */
const idleMs = 500;

let pool: Worker[] | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;
let idleTimer: NodeJS.Timeout | undefined;

function stop(workers: Worker[]): void {
  if (pool === workers) pool = undefined;
  for (const worker of workers) void worker.terminate();
}

function stopWhenIdle(workers: Worker[]): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (jobs.size === 0) stop(workers);
  }, idleMs);
  idleTimer.unref();
}

/**
 * resvg allocates through mimalloc, which hands freed memory back to the
 * system after 10 ms: each card's 1200×630 pixels were then faulted in afresh,
 * page by page, for the next card (about 950 page faults a card). Kept for
 * 50 ms, the memory is still there for the next card: a cold build has half
 * the page faults and takes about a second less, for 70 to 120 MiB more while
 * the cards are drawn (which `workerHeap` gives back). mimalloc reads the
 * setting from the environment when the first worker loads resvg; a value set
 * from outside is left alone.
 */
const allocatorSettings = { MIMALLOC_PURGE_DELAY: '50' };

/**
 * A card leaves little behind (the worker holds about 40 MB), but V8 let the
 * worker's new-object space grow until its heap took 150 MB, at the time the
 * build's memory peaks. Kept to 8 MB, the worker's heap stays near 100 MB; the
 * extra collections cost no time that two builds could tell apart.
 */
const workerHeap = { maxYoungGenerationSizeMb: 8 };

/** Starts the workers, each with the fonts. */
function startWorkers(fonts: OgFont[]): Worker[] {
  for (const [name, value] of Object.entries(allocatorSettings)) process.env[name] ??= value;
  const workers = Array.from(
    { length: workerCount },
    () => new Worker(workerFile(), { workerData: { fonts }, resourceLimits: workerHeap }),
  );
  for (const worker of workers) {
    // Idle workers do not keep the build's process alive.
    worker.unref();
    worker.on('message', (result: DrawResult) => {
      const job = jobs.get(result.id)!;
      jobs.delete(result.id);
      if (jobs.size === 0) {
        for (const idle of workers) idle.unref();
        stopWhenIdle(workers);
      }
      if ('error' in result) job.reject(new Error(`Drawing a preview card failed: ${result.error}`));
      else job.resolve(result.png);
    });
    worker.on('error', (error) => {
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
      stop(workers);
    });
  }
  return workers;
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
): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = await loadOgFonts();
  clearTimeout(idleTimer);
  const workers = (pool ??= startWorkers(fonts));
  const id = nextId++;
  if (jobs.size === 0) for (const worker of workers) worker.ref();
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    workers[id % workers.length]!.postMessage({ id, element, size } satisfies DrawRequest);
  });
}
