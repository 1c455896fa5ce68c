/**
 * Runs `npm run merge` of the project at `root` in this process and prints what it cost:
 * `{ "ms": wall time, "maxRssMiB": peak resident memory }`.
 */
import { join } from 'node:path';

const [root, ...dirs] = process.argv.slice(2);
if (!root) throw new Error('usage: node tests/bench/merge-once.ts <project root> <shard folder>…');
process.argv = [process.argv[0]!, join(root, 'src/cli/merge-shards.ts'), ...dirs];
const started = performance.now();
await import(join(root, 'src/cli/merge-shards.ts'));
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
