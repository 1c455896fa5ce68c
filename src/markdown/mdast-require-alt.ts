/**
 * mdast transform: refuses a Markdown image without alt text. `![](./pic.png)`
 * (or an alt of only spaces) stops the build with an error naming the file,
 * the line and the image, because a reader who cannot see the image would
 * get nothing in its place. Image references (`![][pic]`) are checked too.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Image, ImageReference } from 'mdast';
import { defineMdastTransform, type MdastContext } from './transform.ts';
import { documentPath } from './page-data.ts';

export default function mdastRequireAlt() {
  const check = (image: Readonly<Image | ImageReference>, ctx: MdastContext) => {
    if (image.alt?.trim()) return;
    const path = documentPath(ctx.fileURL);
    const line = image.position && image.position.start.line + linesBefore(path, ctx.source);
    const where = `${path ? relative(process.cwd(), path) : 'Markdown'}${line ? `:${line}` : ''}`;
    const target = image.type === 'image' ? image.url : `[${image.label ?? image.identifier}]`;
    throw new Error(
      `${where}: alt: the image ${target} has no alt text. ` +
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

/**
 * Lines of the file above the text the transform sees. Astro renders a `.md`
 * entry's body without its frontmatter, so positions count from the body;
 * editors count from the top of the file.
 */
function linesBefore(path: string | undefined, body: string): number {
  if (!path) return 0;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return 0;
  }
  const at = source.indexOf(body);
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}
