import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { astroRewritesIn, contentChunks } from '../../patches/astro-content-chunks.ts';

/** Fails the build when a prerender chunk would need more than one of Astro's rewrites (see `astroRewritesIn`). */
function oneRewritePerChunk(): Plugin {
  return {
    name: 'content-chunks:one-rewrite-per-chunk',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const found = astroRewritesIn(chunk);
        if (found.length > 1) {
          this.error(
            `The prerender chunk ${chunk.fileName} needs ${found.length} of Astro's rewrites (${found.join(', ')}), ` +
              'and Astro keeps only one per chunk. src/patches/astro-content-chunks.ts must leave these modules to chunks of their own.',
          );
        }
      }
    },
  };
}

/**
 * Bundles the MDX of the pieces under `dir` (the absolute path of `content/`,
 * ending in a slash) in a few dozen chunks instead of a file each, and checks
 * every build that Astro can still fill in what it writes into the chunks.
 */
export default function contentChunksIntegration({ dir }: { dir: string }): AstroIntegration {
  return {
    name: 'content-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            environments: {
              prerender: { build: { rolldownOptions: { output: { codeSplitting: contentChunks(dir) } } } },
            },
            plugins: [oneRewritePerChunk()],
          },
        });
      },
    },
  };
}
