/**
 * hast transform: a table column's alignment (`| :-: |`, `| --: |`) as a class. Sätteri writes it as a style
 * attribute on every cell (`style="text-align:right"`), which the site's Content-Security-Policy refuses: the browser
 * ignored it and logged an error for each cell. unified writes `align="right"`, which HTML no longer has. The classes
 * `align-start` (the cells' default), `align-center` and `align-end` (global.css) align the column instead; start and
 * end, so that a table written left-to-right reads the same way in a right-to-left language.
 */
import { defineHastTransform } from './transform.ts';

const alignments = new Map([
  ['left', 'align-start'],
  ['center', 'align-center'],
  ['right', 'align-end'],
]);

/** GFM's style attribute of an aligned cell, and nothing else. */
const gfmAlignment = /^text-align:\s*(left|center|right);?$/;

export default function hastTableAlignment() {
  return defineHastTransform({
    name: 'table-alignment',
    element: {
      filter: ['th', 'td'],
      visit(node, ctx) {
        const { style, align, ...properties } = node.properties ?? {};
        const side =
          typeof align === 'string'
            ? align
            : typeof style === 'string'
              ? gfmAlignment.exec(style.trim())?.[1]
              : undefined;
        const alignment = side && alignments.get(side);
        if (!alignment) return;
        const className = [...(Array.isArray(properties.className) ? properties.className : []), alignment];
        ctx.replaceNode(node, [{ ...node, properties: { ...properties, className } }]);
      },
    },
  });
}
