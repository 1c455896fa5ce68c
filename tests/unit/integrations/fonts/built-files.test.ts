import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingBuiltPages } from '../../../../src/integrations/shared/built-page-readers';
import { BuiltFiles, hashedName, replaceInPage } from '../../../../src/integrations/fonts/built-files';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('hashedName', () => {
  it('replaces the hash of a built asset name with one of the new content, as Vite writes them', () => {
    const name = hashedName('noto-sans-bengali-bengali-400-normal.B6p9dYk1.woff2', Buffer.from('subset'));
    expect(name).toMatch(/^noto-sans-bengali-bengali-400-normal\.[\w-]{8}\.woff2$/);
    expect(name).not.toContain('B6p9dYk1');
    expect(hashedName('font.woff2', Buffer.from('subset'))).toBe(
      name.replace('noto-sans-bengali-bengali-400-normal', 'font'),
    );
  });
});

describe('replaceInPage', () => {
  it("updates an inline style's hash in the page's Content-Security-Policy along with the style", () => {
    const css = '@font-face{src:url(/_astro/f.Old12345.woff2)}';
    const page = `<meta http-equiv="content-security-policy" content="style-src 'sha256-${sha256(css)}' 'sha256-other'"><style>${css}</style><link rel="preload" href="/_astro/f.Old12345.woff2">`;
    const updated = replaceInPage(page, [['f.Old12345.woff2', 'f.New12345.woff2']]);
    const newCss = css.replace('Old', 'New');
    expect(updated).toContain(`<style>${newCss}</style>`);
    expect(updated).toContain(`'sha256-${sha256(newCss)}' 'sha256-other'`);
    expect(updated).toContain('href="/_astro/f.New12345.woff2"');
    expect(updated).not.toContain('Old12345');
  });
});

/** A built site of one page, one stylesheet and the font it names. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'built-files-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro/f.Old12345.woff2'), 'full font');
  writeFileSync(join(dir, '_astro/site.Css12345.css'), '@font-face{src:url(/_astro/f.Old12345.woff2)}');
  writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/_astro/site.Css12345.css">');
  return dir;
}

describe('BuiltFiles.replaceAssets', () => {
  it('renames the asset and every stylesheet that names it, and points the pages at the new names', async () => {
    const dir = builtSite();
    const site = await BuiltFiles.load(dir);
    const renamed = (
      await site.replaceAssets(new Map([[join(dir, '_astro/f.Old12345.woff2'), Buffer.from('subset')]]))
    ).get(join(dir, '_astro/f.Old12345.woff2'))!;
    const files = readdirSync(join(dir, '_astro'));
    expect(files).toHaveLength(2);
    expect(readFileSync(renamed, 'utf8')).toBe('subset');
    const css = files.find((name) => name.endsWith('.css'))!;
    expect(css).not.toBe('site.Css12345.css');
    expect(readFileSync(join(dir, '_astro', css), 'utf8')).toContain(renamed.split('/').at(-1));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(`<link rel="stylesheet" href="/_astro/${css}">`);
  });

  it('leaves the pages alone while a build step is still reading them', async () => {
    const dir = builtSite();
    const site = await BuiltFiles.load(dir);
    const indexing = Promise.withResolvers<void>();
    readingBuiltPages(indexing.promise);
    const replacing = site.replaceAssets(new Map([[join(dir, '_astro/f.Old12345.woff2'), Buffer.from('subset')]]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('site.Css12345.css');
    indexing.resolve();
    await replacing;
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('site.Css12345.css');
  });
});
