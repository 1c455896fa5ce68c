import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../bench/static-server';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
const port = 4530;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'bn'));
  writeFileSync(join(root, 'bn', 'index.html'), '<!DOCTYPE html><title>প্রথম পাতা</title>');
  writeFileSync(join(root, '_astro', 'font.AbCd1234.woff2'), 'wOF2');
  writeFileSync(join(root, '404.html'), 'not here');
  writeFileSync(
    join(root, '_headers'),
    [
      '# a comment',
      '/*',
      '  X-Content-Type-Options: nosniff',
      '/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ].join('\n'),
  );
  server = await serveStatic(root, port);
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the static host of the measurements', () => {
  it("sends the _headers file's headers, as a static host does", async () => {
    const font = await fetch(`http://localhost:${port}/_astro/font.AbCd1234.woff2`);
    expect(font.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(font.headers.get('x-content-type-options')).toBe('nosniff');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    const page = await fetch(`http://localhost:${port}/bn/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await page.text()).toContain('প্রথম পাতা');
  });

  it('answers an unknown path with the 404 page', async () => {
    const missing = await fetch(`http://localhost:${port}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not here');
  });
});
