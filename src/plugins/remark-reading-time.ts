/**
 * remark plugin: counts the words of a document's prose (not code) with
 * `countWords`, which handles Bengali conjuncts and vowel signs, and stores
 * the count as `words` in the frontmatter data, where Astro exposes it as
 * `remarkPluginFrontmatter.words`. Minutes depend on the reader's language,
 * so pages turn words into minutes with `readingMinutes`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords } from '../lib/reading-time';

/** Top-level nodes that are not read: code, MDX imports/exports and expressions. */
const notProse = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression']);

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const prose = tree.children.filter((node) => !notProse.has(node.type));
    const words = prose.reduce((sum, node) => sum + countWords(toString(node, { includeHtml: false })), 0);
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.words = words;
  };
}
