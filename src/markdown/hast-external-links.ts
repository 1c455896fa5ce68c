/**
 * hast transform: marks links that leave the site. Every `http(s)` link to
 * another origin gets `rel="noopener noreferrer"` (merged with any rel it
 * already has) and the class `external`, so styles can show readers that the
 * link leaves the site. Links to the site's own origin stay as they are.
 */
import { defineHastTransform } from './transform.ts';

export interface ExternalLinksOptions {
  /** The site's own URL; links to its origin are internal. */
  siteUrl: string;
}

export default function hastExternalLinks({ siteUrl }: ExternalLinksOptions) {
  const ownOrigin = new URL(siteUrl).origin;
  return defineHastTransform({
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        // Relative and fragment links are internal; most links are, so they are let go before any parsing.
        if (typeof href !== 'string' || !/^https?:/i.test(href.trimStart())) return;
        const url = URL.parse(href.trim());
        if (!url || url.origin === ownOrigin) return;
        const rel = new Set(tokens(node.properties.rel));
        rel.add('noopener').add('noreferrer');
        ctx.setProperty(node, 'rel', [...rel]);
        const classes = tokens(node.properties.className);
        if (!classes.includes('external')) ctx.setProperty(node, 'className', [...classes, 'external']);
      },
    },
  });
}

function tokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
