/**
 * `npm run merge -- DIR1 DIR2 …`: merges the outputs of a sharded build (`SHARD=i/n npm run build`, one folder per
 * shard) into `dist/`, byte for byte what `npm run build` writes. See `src/integrations/shards/README.md`.
 */
import { fileURLToPath } from 'node:url';
import config from '../../astro.config.mjs';
import { mergeShards } from '../integrations/shards/merge.ts';
import { siteWideOutputs } from '../integrations/site-wide.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dirs = process.argv.slice(2);
if (process.env.SHARD) {
  console.error('Unset SHARD to merge: the merge makes the whole site.');
  process.exit(1);
}
try {
  const { pages } = await mergeShards(dirs, {
    root,
    outDir: fileURLToPath(new URL('dist/', `file://${root}`)),
    integrations: siteWideOutputs(fileURLToPath(new URL('content/', `file://${root}`))),
    config: {
      site: config.site,
      base: config.base ?? '/',
      trailingSlash: config.trailingSlash ?? 'ignore',
      build: { format: config.build?.format ?? 'directory' },
    },
  });
  console.log(`Merged ${dirs.length} shards: ${pages} pages in dist/`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
