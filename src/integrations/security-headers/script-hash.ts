import { createHash } from 'node:crypto';

/** The CSP source for an inline script's exact text, e.g. `sha256-…=`. */
export function inlineScriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
