import type { AstroIntegration } from 'astro';
import { directoryDigest } from '../lib/directory-digest';

const moduleId = 'virtual:content-digest';
const resolvedId = `\0${moduleId}`;

/**
 * Astro integration: gives the site's code `virtual:content-digest`, a digest
 * of every file in the content folder, read once per build. Pages key their
 * incremental-build cache with it (`keyedByContent`).
 */
export default function contentDigest({ dir }: { dir: string }): AstroIntegration {
  return {
    name: 'content-digest',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-digest',
                resolveId: (source) => (source === moduleId ? resolvedId : undefined),
                load: (id) =>
                  id === resolvedId ? `export default ${JSON.stringify(directoryDigest(dir))};` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
