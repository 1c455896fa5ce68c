/**
 * Builds one Astro project in this process and prints what it cost:
 * `{ "ms": wall time, "maxRssMiB": peak resident memory }`. Run as a child
 * process so each build's memory is its own.
 */
import { build } from 'astro';

const [root, cacheDir] = process.argv.slice(2);
if (!root) throw new Error('usage: node tests/bench/build-once.ts <project root>');
const started = performance.now();
await build({ root, logLevel: 'error', ...(cacheDir ? { cacheDir } : {}) });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
