/**
 * Where a Markdown node is, as an editor finds it: the file, relative to the project, and the line counted from the
 * top of the file. For the transforms' build errors.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Nodes } from 'mdast';
import { documentPath } from './page-data.ts';
import type { DocumentInfo } from './transform.ts';

/** `content/stories/en/outage.mdx:11`, or `Markdown` for a text without a file. */
export function sourcePosition(node: Readonly<Nodes>, document: DocumentInfo): string {
  const path = documentPath(document.fileURL);
  const line = node.position && node.position.start.line + linesBefore(path, document.source);
  return `${path ? relative(process.cwd(), path) : 'Markdown'}${line ? `:${line}` : ''}`;
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
