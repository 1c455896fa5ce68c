/**
 * rehype plugin: gives every `h2`–`h6` without an id a readable, unique id
 * built from its text, in any script. Bengali headings keep their letters,
 * vowel signs and virama ("phonepe-র-প্রতিষ্ঠাতার-স্বীকারোক্তি"), text is NFC-normalised
 * first so the same heading typed two ways gets the same id, and repeats get
 * "-1", "-2" suffixes.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!headingTags.has(node.tagName)) return;
      if (typeof node.properties.id === 'string' && node.properties.id !== '') {
        slugger.slug(node.properties.id);
        return;
      }
      node.properties.id = slugger.slug(toString(node).normalize('NFC').trim()) || 'section';
    });
  };
}
