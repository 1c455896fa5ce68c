import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryAnchor, readGlossary } from '../../../src/content-index/glossary';

describe('readGlossary', () => {
  it('reads the site’s glossary: every term has a term and a definition in every language', () => {
    const terms = readGlossary(new URL('../../../content/glossary/', import.meta.url).pathname);
    expect(terms.map((term) => term.id)).toEqual(['npci', 'psp', 'upi', 'vpa']);
    expect(terms.find((term) => term.id === 'upi')).toMatchObject({
      term: { bn: 'ইউপিআই', en: 'UPI' },
      expansion: 'Unified Payments Interface',
    });
    expect(glossaryAnchor('upi')).toBe('glossary-upi');
  });

  it('reads a term not yet written in another language, which that language then leaves unlinked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'otp.yaml'), "term: { bn: 'ওটিপি' }\ndefinition: { bn: 'একবার ব্যবহারের পাসওয়ার্ড।' }\n");
    expect(readGlossary(dir)).toEqual([
      expect.objectContaining({ id: 'otp', term: { bn: 'ওটিপি' }, definition: { bn: 'একবার ব্যবহারের পাসওয়ার্ড।' } }),
    ]);
  });

  it('names the file that lacks the default language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(
      join(dir, 'otp.yaml'),
      "term: { bn: 'ওটিপি', en: 'OTP' }\ndefinition: { en: 'A one-time password.' }\n",
    );
    expect(() => readGlossary(dir)).toThrow(/otp\.yaml: term and definition need a "bn" text/);
  });
});
