/**
 * hast transform: gives every `h2`–`h6` without an id a readable, unique id
 * built from its text, in any script. Bengali headings keep their letters,
 * vowel signs and virama ("phonepe-র-প্রতিষ্ঠাতার-স্বীকারোক্তি"), text is NFC-normalised
 * first so the same heading typed two ways gets the same id, and repeats get
 * "-1", "-2" suffixes.
 */
import GithubSlugger from 'github-slugger';
import { defineHastTransform } from './transform.ts';

/** A fresh slugger per document: ids are unique within a page. */
export default function hastHeadingIds() {
  return () => {
    const slugger = new GithubSlugger();
    return defineHastTransform({
      name: 'heading-ids',
      element: {
        filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const id = node.properties?.id;
          if (typeof id === 'string' && id !== '') {
            slugger.slug(id);
            return;
          }
          ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node).normalize('NFC').trim()) || 'section');
        },
      },
    });
  };
}
