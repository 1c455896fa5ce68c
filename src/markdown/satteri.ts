/**
 * The Sätteri adapter. The transforms are written in the part of Sätteri's
 * plugin API they need (`transform.ts`), so they go in as they are: Sätteri
 * walks the tree in Rust and hands JavaScript only the nodes a transform
 * visits. The functions below only check, at compile time, that each
 * transform is a Sätteri plugin.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import type { HastTransform, MdastTransform, TransformEntry } from './transform';

/** A transform of the Markdown tree as a Sätteri mdast plugin. */
export const mdastPlugin = (entry: TransformEntry<MdastTransform>): MdastPluginEntry => entry;

/** A transform of the HTML tree as a Sätteri hast plugin. */
export const hastPlugin = (entry: TransformEntry<HastTransform>): HastPluginEntry => entry;

/** Astro's Sätteri processor, running the site's transforms. */
export function satteriProcessor(transforms: {
  mdast: TransformEntry<MdastTransform>[];
  hast: TransformEntry<HastTransform>[];
}) {
  return satteri({ mdastPlugins: transforms.mdast.map(mdastPlugin), hastPlugins: transforms.hast.map(hastPlugin) });
}
