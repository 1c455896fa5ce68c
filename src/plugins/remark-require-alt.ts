/**
 * remark plugin: refuses a Markdown image without alt text. `![](./pic.png)`
 * (or an alt of only spaces) stops the build with an error naming the file,
 * the line and the image, because a reader who cannot see the image would
 * get nothing in its place. Image references (`![][pic]`) are checked too.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Image, ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export default function remarkRequireAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['image', 'imageReference'], (node) => {
      const image = node as Image | ImageReference;
      if (image.alt?.trim()) return;
      const line = image.position && image.position.start.line + linesBefore(file);
      const name = file.path ? relative(file.cwd, file.path) : 'Markdown';
      const where = `${name}${line ? `:${line}` : ''}`;
      const target = image.type === 'image' ? image.url : `[${image.label ?? image.identifier}]`;
      throw new Error(
        `${where}: alt: the image ${target} has no alt text. ` +
          'Describe it in the brackets, e.g. ![Screenshot of the “Failed to Process” error](./pic.png).',
      );
    });
  };
}

/**
 * Lines of the file above the text the plugin sees. Astro renders a `.md`
 * entry's body without its frontmatter, so positions count from the body;
 * editors count from the top of the file.
 */
function linesBefore(file: VFile): number {
  if (!file.path) return 0;
  let source: string;
  try {
    source = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const at = source.indexOf(String(file.value));
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}
