import type { AstroIntegration } from 'astro';
import { directoryDigest } from './directory-digest';
import { publishContentDigest } from '../../patches/astro-route-digest';

/**
 * Astro integration: takes a digest of every file in the content folder once,
 * as the build (or the dev server) starts, and hands it to the pages, which
 * key their incremental-build cache with it (`keyedByContent`).
 */
export default function contentDigest({ dir }: { dir: string }): AstroIntegration {
  return {
    name: 'content-digest',
    hooks: {
      'astro:config:setup': () => {
        publishContentDigest(directoryDigest(dir));
      },
    },
  };
}
