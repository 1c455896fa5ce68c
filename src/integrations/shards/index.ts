import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildInputs } from './build-inputs.ts';
import { manifestFile, writeManifest } from './manifest.ts';
import type { Shard } from './shard.ts';

/**
 * In a sharded build (`SHARD=i/n`), takes the place of the site-wide outputs (`src/integrations/site-wide.ts`):
 * writes the shard's manifest (which shard, what content and code it was built from, which pages it built) for
 * `npm run merge`, which makes those outputs from every shard's pages.
 */
export default function shardManifest(shard: Shard): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'shard-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        writeManifest(out, { ...shard, ...buildInputs(root), pages: pages.map((page) => page.pathname).sort() });
        logger.info(`shard ${shard.index}/${shard.of}: ${pages.length} pages; ${manifestFile} written for the merge`);
      },
    },
  };
}
