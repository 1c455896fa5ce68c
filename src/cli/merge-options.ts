/**
 * What `npm run merge` and a split `npm run build` give the merge: the project, `dist/`, the site-wide outputs a
 * whole build makes, and the Astro config's fields those read.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import config from '../../astro.config.mjs';
import type { MergeOptions } from '../integrations/shards/merge.ts';
import { siteWideOutputs } from '../integrations/site-wide.ts';

/** The project root, absolute, with a trailing slash. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The merge's options for this project. */
export function mergeOptions(): MergeOptions {
  return {
    root: projectRoot,
    outDir: `${projectRoot}dist/`,
    integrations: siteWideOutputs(`${projectRoot}content/`),
    config: {
      site: config.site,
      base: config.base ?? '/',
      trailingSlash: config.trailingSlash ?? 'ignore',
      // Astro's defaults where the config leaves them out, as a whole build resolves them.
      publicDir: new URL(config.publicDir ?? './public/', pathToFileURL(projectRoot)),
      build: { format: config.build?.format ?? 'directory', assets: config.build?.assets ?? '_astro' },
    },
  };
}
