import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { subsetSiteFonts, type SubsetSiteFontsOptions } from './subset-site-fonts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Once the site is built, cuts a web font's files down to the glyphs its
 * pages use (see `subsetSiteFonts`). Only the build output changes.
 *
 * The font modules are imported up front, with the config: Astro's config
 * loader, which would resolve a later `import()`, is closed by the time hooks
 * run. HarfBuzz's WebAssembly is therefore compiled in `astro dev` too.
 */
export default function subsetFonts(options: SubsetSiteFontsOptions): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const reports = await subsetSiteFonts(fileURLToPath(dir), options);
        if (reports.length === 0) logger.warn(`No WOFF2 file of ${options.family} found in the build`);
        for (const { file, weight, glyphs, layoutPruned, bytesBefore, bytesAfter } of reports) {
          const layout = layoutPruned ? 'used layout rules only' : 'every layout rule (pruning changed the shaping)';
          logger.info(`${file} (${weight}): ${glyphs} glyphs, ${layout}, ${kib(bytesBefore)} → ${kib(bytesAfter)}`);
        }
      },
    },
  };
}
