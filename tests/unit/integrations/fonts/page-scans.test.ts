import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageScans, scanOf } from '../../../../src/integrations/fonts/page-scans';

const page = (word: string) =>
  `<html lang="bn"><head><style>@font-face{src:url(/_astro/noto.a1b2c3d4.woff2)}</style></head><body>${word}</body></html>`;

/** A build folder with one page, and the file the scans are kept in. */
function site(): { dir: string; file: string; saved: string } {
  const dir = mkdtempSync(join(tmpdir(), 'scans-site-'));
  writeFileSync(join(dir, 'index.html'), page('প্রচ্ছদ'));
  return { dir, file: join(dir, 'index.html'), saved: join(mkdtempSync(join(tmpdir(), 'scans-')), 'scans.json') };
}

describe('PageScans', () => {
  it('reads what a page names, its stylesheets and its digest', () => {
    const scan = scanOf(page('প্রচ্ছদ'), false);
    expect(scan.names).toEqual(['noto.a1b2c3d4.woff2']);
    expect(scan.sheets).toEqual(['@font-face{src:url(/_astro/noto.a1b2c3d4.woff2)}']);
    expect(scan.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a file's scan for the next build while the file keeps its size and time", async () => {
    const { dir, file, saved } = site();
    const first = PageScans.open(saved, dir);
    const scan = first.scan(file);
    await first.save(saved);
    // Told apart only by the scan: a kept scan is not read again from the file.
    const stored = JSON.parse(readFileSync(saved, 'utf8'));
    stored.files[file].names = ['kept.woff2'];
    writeFileSync(saved, JSON.stringify(stored));
    expect(PageScans.open(saved, dir).scan(file).names).toEqual(['kept.woff2']);
    expect(PageScans.open(saved, dir).scan(file).digest).toBe(scan.digest);
  });

  it('reads a file again when its size or time changed, and not for another build folder', async () => {
    const { dir, file, saved } = site();
    const first = PageScans.open(saved, dir);
    first.scan(file);
    await first.save(saved);
    const stored = JSON.parse(readFileSync(saved, 'utf8'));
    stored.files[file].names = ['kept.woff2'];
    writeFileSync(saved, JSON.stringify(stored));
    expect(PageScans.open(saved, join(dir, 'other')).scan(file).names).toEqual(['noto.a1b2c3d4.woff2']);
    // Same size, another time.
    const { mtime } = statSync(file);
    utimesSync(file, mtime, new Date(mtime.getTime() + 1000));
    expect(PageScans.open(saved, dir).scan(file).names).toEqual(['noto.a1b2c3d4.woff2']);
  });

  it('keeps the scan of a file as the step wrote it', async () => {
    const { dir, file, saved } = site();
    const scans = PageScans.open(saved, dir);
    scans.scan(file);
    const text = page('প্রচ্ছদ').replace('noto.a1b2c3d4', 'noto.e5f6a7b8');
    writeFileSync(file, text);
    scans.written(file, text);
    await scans.save(saved);
    expect(PageScans.open(saved, dir).scan(file).names).toEqual(['noto.e5f6a7b8.woff2']);
  });
});
