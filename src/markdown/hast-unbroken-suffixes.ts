/**
 * hast transform: keeps a hyphenated suffix on the line of its word
 * ("PhonePe-র", "ইউপিআই-এর"; see `suffix-joins.ts`) by setting the join in
 * `<span class="unbroken">`. The text itself is unchanged, so search and
 * copying see what the author wrote. Code is left alone.
 */
import type { ElementContent, Nodes } from 'hast';
import { defineHastTransform, type DocumentInfo, type HastContext } from './transform.ts';
import { hasSuffixJoin, suffixJoins } from '../site/suffix-joins.ts';

/** Elements whose text is not prose. */
const untouched = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

function inUntouched(node: Readonly<Nodes>, ctx: HastContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && untouched.has(parent.tagName)) return true;
  }
  return false;
}

/** Left out of a document whose source has no join, such as every English one: it would look at each text for nothing. */
export default function hastUnbrokenSuffixes() {
  return ({ source }: DocumentInfo) => (hasSuffixJoin(source) ? unbrokenSuffixes : null);
}

const unbrokenSuffixes = defineHastTransform({
  name: 'unbroken-suffixes',
  text(node, ctx) {
    if (!node.value.includes('-')) return;
    const pieces = suffixJoins(node.value);
    if (pieces.length === 1 && !pieces[0]!.unbroken) return;
    if (inUntouched(node, ctx)) return;
    ctx.replaceNode(
      node,
      pieces.map(({ text, unbroken }): ElementContent => {
        const value: ElementContent = { type: 'text', value: text };
        return unbroken
          ? { type: 'element', tagName: 'span', properties: { className: ['unbroken'] }, children: [value] }
          : value;
      }),
    );
  },
});
