/**
 * rehype plugin: marks links that leave the site. Every `http(s)` link to
 * another origin gets `rel="noopener noreferrer"` (merged with any rel it
 * already has) and the class `external`, so styles can show readers that the
 * link leaves the site. Links to the site's own origin stay as they are.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ExternalLinksOptions {
  /** The site's own URL; links to its origin are internal. */
  siteUrl: string;
}

export default function rehypeExternalLinks({ siteUrl }: ExternalLinksOptions) {
  const ownOrigin = new URL(siteUrl).origin;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      let url: URL;
      try {
        url = new URL(node.properties.href);
      } catch {
        return; // relative or fragment link: internal
      }
      if (!['http:', 'https:'].includes(url.protocol) || url.origin === ownOrigin) return;
      const rel = new Set(relTokens(node.properties.rel));
      rel.add('noopener').add('noreferrer');
      node.properties.rel = [...rel];
      const classes = relTokens(node.properties.className);
      node.properties.className = classes.includes('external') ? classes : [...classes, 'external'];
    });
  };
}

function relTokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
