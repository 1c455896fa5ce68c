/**
 * `npm run merge -- DIR1 DIR2 …`: merges the outputs of a sharded build (`SHARD=i/n npm run build`, one folder per
 * shard) into `dist/`, byte for byte what `npm run build` writes. See `src/integrations/shards/README.md`.
 */
import { mergeShards } from '../integrations/shards/merge.ts';
import { mergeOptions } from './merge-options.ts';

const dirs = process.argv.slice(2);
if (process.env.SHARD) {
  console.error('Unset SHARD to merge: the merge makes the whole site.');
  process.exit(1);
}
try {
  const { pages } = await mergeShards(dirs, mergeOptions());
  console.log(`Merged ${dirs.length} shards: ${pages} pages in dist/`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
