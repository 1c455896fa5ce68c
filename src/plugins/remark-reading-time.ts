/**
 * remark plugin: counts the words of a document's prose with `countWords`,
 * which handles Bengali conjuncts and vowel signs, and stores the count as
 * `words` in the frontmatter data, where Astro exposes it as
 * `remarkPluginFrontmatter.words`. Each paragraph, heading and table cell is
 * counted on its own, so list items never run together; code is not prose.
 * Minutes depend on the reader's language, so pages turn words into minutes
 * with `readingMinutes`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countWords } from '../lib/reading-time';

/** Blocks whose text is read as a unit. */
const proseBlocks = ['paragraph', 'heading', 'tableCell'] as const;

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    let words = 0;
    visit(tree, [...proseBlocks], (node) => {
      words += countWords(toString(node, { includeHtml: false }));
      return SKIP;
    });
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.words = words;
  };
}
