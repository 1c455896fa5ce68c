import { escapeUTF8 } from 'entities';

/**
 * Plain text as HTML or XML that shows exactly that text, for feed fields that
 * readers render as markup. The one escaper of the feeds, from `entities`,
 * the library htmlparser2 decodes with: `&`, `<`, `>`, `"` and `'`.
 */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}
