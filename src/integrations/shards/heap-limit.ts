/**
 * The JavaScript heap a shard's build process is given. Left to itself, V8 lets the heap grow far past what a build
 * keeps alive before it collects: a shard of the 20,000-stories-per-language archive reached 1.3 GB of heap, most of
 * it garbage, for under 0.8 GB that was live at any time, and peaked at 2.1-2.2 GiB of memory. Limited to
 * `shardHeapMiB`, V8 collects sooner: the same shard peaked at 1.7 GiB and took 15% longer. A process that does run
 * out of that heap (an archive larger than any measured) is built again without the limit, never failed for it.
 */
export const shardHeapMiB = 1280;

/** Node's arguments for a shard's process: the heap limit, unless the arguments or `NODE_OPTIONS` already set one. */
export function shardHeapArgs(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const limited = [...execArgv, nodeOptions].some((arg) => arg.includes('--max-old-space-size'));
  return limited ? [] : [`--max-old-space-size=${shardHeapMiB}`];
}

/** Whether a child process ended because V8 ran out of heap: Node then aborts (SIGABRT, exit status 134). */
export function ranOutOfHeap(code: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === 'SIGABRT' || code === 134;
}
