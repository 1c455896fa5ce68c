import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryDigest } from '../../../../src/integrations/incremental/directory-digest';

/** A content folder with a story in each language. */
function contentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-'));
  mkdirSync(join(dir, 'stories/bn'), { recursive: true });
  mkdirSync(join(dir, 'stories/en'), { recursive: true });
  writeFileSync(join(dir, 'stories/bn/outage.mdx'), "---\ntitle: 'বিভ্রাট'\n---\n");
  writeFileSync(join(dir, 'stories/en/outage.mdx'), "---\ntitle: 'Outage'\n---\n");
  return dir;
}

describe('directoryDigest', () => {
  it('is the same for two folders with the same files', () => {
    expect(directoryDigest(contentFolder())).toBe(directoryDigest(contentFolder()));
  });

  it('changes when a file is edited, added, renamed or moved', () => {
    const dir = contentFolder();
    const digests = [directoryDigest(dir)];
    writeFileSync(join(dir, 'stories/bn/outage.mdx'), "---\ntitle: 'বিভ্রাটের পর'\n---\n");
    digests.push(directoryDigest(dir));
    writeFileSync(join(dir, 'stories/en/update.mdx'), "---\ntitle: 'Update'\n---\n");
    digests.push(directoryDigest(dir));
    renameSync(join(dir, 'stories/en/update.mdx'), join(dir, 'stories/en/later.mdx'));
    digests.push(directoryDigest(dir));
    mkdirSync(join(dir, 'explainers/en'), { recursive: true });
    renameSync(join(dir, 'stories/en/later.mdx'), join(dir, 'explainers/en/later.mdx'));
    digests.push(directoryDigest(dir));
    expect(new Set(digests).size).toBe(digests.length);
  });

  it('does not take the bytes of one file for the end of another', () => {
    const [a, b] = [contentFolder(), contentFolder()];
    writeFileSync(join(a, 'x'), 'ab');
    writeFileSync(join(a, 'y'), '');
    writeFileSync(join(b, 'x'), 'a');
    writeFileSync(join(b, 'y'), 'b');
    expect(directoryDigest(a)).not.toBe(directoryDigest(b));
  });

  it('leaves out the files `include` turns away', () => {
    const dir = contentFolder();
    const english = (path: string) => path.startsWith('stories/en/');
    const digest = directoryDigest(dir, english);
    writeFileSync(join(dir, 'stories/bn/outage.mdx'), "---\ntitle: 'বিভ্রাটের পর'\n---\n");
    expect(directoryDigest(dir, english)).toBe(digest);
    writeFileSync(join(dir, 'stories/en/outage.mdx'), "---\ntitle: 'After the outage'\n---\n");
    expect(directoryDigest(dir, english)).not.toBe(digest);
  });
});
