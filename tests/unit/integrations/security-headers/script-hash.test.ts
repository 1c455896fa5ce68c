import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHash } from '../../../../src/integrations/security-headers/script-hash';

describe('inlineScriptHash', () => {
  it('is the CSP sha256 source of the exact text, so one changed character needs a new hash', () => {
    const code = "document.documentElement.classList.add('js');";
    expect(inlineScriptHash(code)).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    expect(inlineScriptHash(`${code} `)).not.toBe(inlineScriptHash(code));
  });
});
