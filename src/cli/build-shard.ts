/**
 * One shard of `npm run build`'s split build (`src/cli/build.ts`), in a process of its own so that its memory is
 * returned when it ends: `SHARD=i/n node src/cli/build-shard.ts OUT_DIR CACHE_DIR [--force]`. Builds with Astro's
 * JavaScript API and, when started with an IPC channel, sends its peak resident memory to the parent.
 */
import { build } from 'astro';

const [outDir, cacheDir, ...flags] = process.argv.slice(2);
if (!outDir || !cacheDir || !process.env.SHARD) {
  throw new Error('usage: SHARD=i/n node src/cli/build-shard.ts OUT_DIR CACHE_DIR [--force]');
}
await build({ root: new URL('../../', import.meta.url).pathname, outDir, cacheDir, force: flags.includes('--force') });
process.send?.({ maxRssMiB: process.resourceUsage().maxRSS / 1024 });
