import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackPagePaths } from '../../../../src/integrations/sitemap/fallback-pages';

function contentTree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '---\ntitle: x\n---\n');
  }
  return root;
}

describe('fallbackPagePaths', () => {
  it('lists the pages whose translation is missing, in the language that lacks it', () => {
    const root = contentTree([
      'stories/bn/outage.mdx',
      'stories/en/outage.mdx',
      'stories/bn/only-bengali.mdx',
      'statements/en/only-english.md',
    ]);
    expect(fallbackPagePaths(root).sort()).toEqual(['/bn/statements/only-english/', '/en/news/only-bengali/']);
  });

  it('has none when every piece is translated', () => {
    expect(fallbackPagePaths(contentTree(['explainers/bn/upi.mdx', 'explainers/en/upi.mdx']))).toEqual([]);
  });
});
