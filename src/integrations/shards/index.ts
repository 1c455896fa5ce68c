import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildInputs, type BuildInputs } from './build-inputs.ts';
import { manifestFile, writeManifest } from './manifest.ts';
import type { Shard } from './shard.ts';

/**
 * In a sharded build (`SHARD=i/n`), takes the place of the site-wide outputs (`src/integrations/site-wide.ts`):
 * writes the shard's manifest (which shard, what content and code it was built from, which pages it built) for
 * `npm run merge`, which makes those outputs from every shard's pages.
 */
export default function shardManifest(shard: Shard): AstroIntegration {
  let inputs: BuildInputs | undefined;
  return {
    name: 'shard-manifest',
    hooks: {
      // What the shard is made from, as the build starts (and before its memory fills with pages): every content
      // file is read for it.
      'astro:config:done': ({ config }) => {
        inputs = buildInputs(fileURLToPath(config.root));
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        writeManifest(out, { ...shard, ...inputs!, pages: pages.map((page) => page.pathname).sort() });
        logger.info(`shard ${shard.index}/${shard.of}: ${pages.length} pages; ${manifestFile} written for the merge`);
      },
    },
  };
}
