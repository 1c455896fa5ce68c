/**
 * hast transform: how a reader's browser fetches an article's pictures, as options to Astro's image step.
 * - `sizes`: the width a picture takes, the text column's (`body` in global.css: 40rem, less 1rem each side on a
 *   narrower screen), so that a browser picks the copy of that width from the `srcset` rather than one as wide as
 *   the screen (twice too wide on a laptop).
 * - `priority` for the lead picture, one in the first two blocks of the text: fetched at once and drawn as soon as it
 *   comes, since it may be the largest thing on the first screen; the others load as the reader nears them.
 * Only pictures Astro's image step will process are given options: a file next to the piece, not another site's
 * address or a file of the site's `public/` folder (`/logo.png`), which Astro leaves as they are.
 */
import type { Element, Nodes } from 'hast';
import { isBesideThePiece } from './mdast-image-files.ts';
import { defineHastTransform, type HastContext } from './transform.ts';

/** The text column's width, as `body` in global.css sets it. */
export const columnSizes = '(min-width: 42rem) 40rem, calc(100vw - 2rem)';

/** Blocks of the text, from its start, that a lead picture may be in. */
const leadBlocks = 2;

/** Sätteri hands Astro's image step its options as JSON in this property; unified sets it after the site's transforms. */
const astroImage = '__ASTRO_IMAGE_';

/** True for a picture Astro's image step will process. */
function isProcessed(node: Readonly<Element>): boolean {
  const { src } = node.properties;
  return typeof node.properties[astroImage] === 'string' || (typeof src === 'string' && isBesideThePiece(src));
}

/** The index, among the text's top-level elements, of the block that holds the node. */
function blockIndex(node: Readonly<Nodes>, ctx: HastContext): number {
  let block: Readonly<Nodes> = node;
  for (let parent = ctx.parent(block); parent && parent.type !== 'root'; parent = ctx.parent(block)) block = parent;
  const root = ctx.parent(block);
  if (!root) return -1;
  return root.children.filter((child) => child.type === 'element').indexOf(block as Element);
}

/** A transform for each document: the lead picture is the first one of its own text. */
export default function hastPictureLoading() {
  return () => {
    let leadSeen = false;
    return defineHastTransform({
      name: 'picture-loading',
      element: {
        filter: ['img'],
        visit(node, ctx) {
          if (!isProcessed(node)) return;
          const lead = !leadSeen && blockIndex(node, ctx) < leadBlocks;
          leadSeen = true;
          const options = { sizes: columnSizes, ...(lead ? { priority: true } : {}) };
          const json = node.properties[astroImage];
          if (typeof json === 'string') {
            ctx.setProperty(node, astroImage, JSON.stringify({ ...(JSON.parse(json) as object), ...options }));
          } else {
            for (const [key, value] of Object.entries(options)) ctx.setProperty(node, key, value);
          }
        },
      },
    });
  };
}
