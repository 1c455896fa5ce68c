import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchFile } from '../../../../src/integrations/shared/patch-file';

const page = (font: string, hash: string) =>
  `<meta http-equiv="content-security-policy" content="style-src '${hash}'"><style>@font-face{src:url(/_astro/${font}.woff2)}</style><main>ফোনপে বিভ্রাট</main>`;

function written(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'patch-')), 'index.html');
  writeFileSync(file, text);
  return file;
}

describe('patchFile', () => {
  it('leaves the file holding the new bytes when a name and a hash change for others of their length', () => {
    const before = page('noto.Old12345', 'sha256-AAAA');
    const after = page('noto.New67890', 'sha256-BBBB');
    const file = written(before);
    patchFile(file, Buffer.from(before), Buffer.from(after));
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it('writes the file whole when the length changes, and at the very first and last byte', () => {
    const file = written('abcdef');
    patchFile(file, Buffer.from('abcdef'), Buffer.from('Xbcdeg'));
    expect(readFileSync(file, 'utf8')).toBe('Xbcdeg');
    patchFile(file, Buffer.from('Xbcdeg'), Buffer.from('a longer text'));
    expect(readFileSync(file, 'utf8')).toBe('a longer text');
    patchFile(file, Buffer.from('a longer text'), Buffer.from('short'));
    expect(readFileSync(file, 'utf8')).toBe('short');
  });

  it("changes the file's modification time, which the next build's scans go by", async () => {
    const before = page('noto.Old12345', 'sha256-AAAA');
    const file = written(before);
    const { mtimeMs } = statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    patchFile(file, Buffer.from(before), Buffer.from(page('noto.New67890', 'sha256-AAAA')));
    expect(statSync(file).mtimeMs).toBeGreaterThan(mtimeMs);
  });
});
