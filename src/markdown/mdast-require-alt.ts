/**
 * mdast transform: refuses a Markdown image without alt text. `![](./pic.png)`
 * (or an alt of only spaces) stops the build with an error naming the file,
 * the line and the image, because a reader who cannot see the image would
 * get nothing in its place. Image references (`![][pic]`) are checked too.
 */
import type { Image, ImageReference } from 'mdast';
import { sourcePosition } from './source-position.ts';
import { defineMdastTransform, type MdastContext } from './transform.ts';

export default function mdastRequireAlt() {
  const check = (image: Readonly<Image | ImageReference>, ctx: MdastContext) => {
    if (image.alt?.trim()) return;
    const target = image.type === 'image' ? image.url : `[${image.label ?? image.identifier}]`;
    throw new Error(
      `${sourcePosition(image, ctx)}: alt: the image ${target} has no alt text. ` +
        'Describe it in the brackets, e.g. ![Screenshot of the “Failed to Process” error](./pic.png).',
    );
  };
  return defineMdastTransform({
    name: 'require-alt',
    options: { position: true },
    image: check,
    imageReference: check,
  });
}
