/**
 * hast transform: a picture alone in its paragraph, with a title, becomes a figure whose caption is the title:
 * `![What the picture shows](./photo.jpg "Caption. Photo: agency")`. The alt text describes the picture for a reader
 * who cannot see it; the caption, shown under it to everyone, says what a newsroom says of a photo (who, where, whose
 * photo). The title is not also kept as a tooltip. A picture without a title, or inside a sentence, stays as it is.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastTransform } from './transform.ts';

/** The only element among a paragraph's children, whitespace aside, if it is a picture with a title. */
function titledPicture(children: readonly ElementContent[]): Element | undefined {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'element' || only.tagName !== 'img') return undefined;
  const title = only.properties?.title;
  return typeof title === 'string' && title.trim() ? only : undefined;
}

export default function hastFigures() {
  return defineHastTransform({
    name: 'figures',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        const picture = titledPicture(node.children);
        if (!picture) return;
        const { title, ...properties } = picture.properties;
        ctx.replaceNode(node, [
          {
            type: 'element',
            tagName: 'figure',
            properties: { className: ['figure'] },
            children: [
              { ...picture, properties },
              {
                type: 'element',
                tagName: 'figcaption',
                properties: {},
                children: [{ type: 'text', value: String(title).trim() }],
              },
            ],
          },
        ]);
      },
    },
  });
}
