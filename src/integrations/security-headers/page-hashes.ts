import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/**
 * Astro gives every page of a route the hashes of every script and style the route may emit, whichever the page has:
 * 24 on an article page, of which it uses 7 to 9. The rest cost every page about 0.6 KB of Brotli (base64 does not
 * compress), 4–10 % of it. This keeps the hashes of the page's own inline scripts and styles only, in the directive
 * each belongs to; a script or style from a file is allowed by `'self'`. Called on each page as it is rendered
 * (`src/middleware.ts`), before the font step rewrites the inline stylesheets and their hashes.
 */
const policyTag = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const hashSource = /'(sha256-[A-Za-z0-9+/=]+)'/g;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The hashes of the page's inline scripts and of its inline styles, as a browser takes them: of the text as written.
 * Read with an HTML parser, as `beforePolicy` reads the head: a headline may put the text `<style>` in an attribute.
 */
function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  let open: { name: 'script' | 'style'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'style' || (name === 'script' && !('src' in attribs))) open = { name, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open?.name !== name) return;
        hashes[open.name].add(sha256(open.text));
        open = undefined;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return hashes;
}

/**
 * `html` with its policy's `script-src` and `style-src` hashes cut down to those of its own inline scripts and styles.
 * A page without a policy, or whose policy writes its quotes as entities, is returned as it is: it keeps every hash.
 */
export function withOwnHashesOnly(html: string): string {
  const tag = policyTag.exec(html);
  if (!tag) return html;
  const own = inlineHashes(html);
  const policy = tag[2]!
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      const kept = name === 'script-src' ? own.script : name === 'style-src' ? own.style : undefined;
      if (!kept) return directive;
      return directive
        .replace(hashSource, (source, hash: string) => (kept.has(hash) ? source : ''))
        .replace(/ {2,}/g, ' ')
        .replace(/ +$/, '');
    })
    .join(';');
  return html.slice(0, tag.index) + tag[1] + policy + tag[3] + html.slice(tag.index + tag[0].length);
}
