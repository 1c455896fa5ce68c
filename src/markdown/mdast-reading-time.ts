/**
 * mdast transform: counts the words of a document's prose with `countWords`,
 * which handles Bengali conjuncts and vowel signs, and stores the count as
 * `words` in the frontmatter data, where Astro exposes it as
 * `remarkPluginFrontmatter.words`. Each paragraph, heading and table cell is
 * counted on its own, so list items never run together; code is not prose.
 * Minutes depend on the reader's language, so pages turn words into minutes
 * with `readingMinutes`.
 */
import type { Heading, Paragraph, TableCell } from 'mdast';
import { defineMdastTransform, type MdastContext } from './transform.ts';
import { countWords } from '../site/reading-time.ts';
import { pageFrontmatter } from './page-data.ts';

/** A fresh count per document. */
export default function mdastReadingTime() {
  return () => {
    let words = 0;
    // None of these blocks holds another, so no text is counted twice.
    const count = (block: Readonly<Paragraph | Heading | TableCell>, ctx: MdastContext) => {
      words += countWords(ctx.textContent(block, { includeHtml: false }));
    };
    return defineMdastTransform({
      name: 'reading-time',
      paragraph: count,
      heading: count,
      tableCell: count,
      after(_root, ctx) {
        pageFrontmatter(ctx.data).words = words;
      },
    });
  };
}
