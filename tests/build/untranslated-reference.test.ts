/**
 * A newsroom publishes a story before every piece it links to is translated.
 * In a copy of the site without the English UPI explainer, the build still
 * passes: the English story links to `/en/explainers/upi/`, which shows the
 * Bengali original under a notice naming the language in English, and
 * `npm run i18n:status -- --strict` reports the missing translation.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copySite, type SiteCopy } from './site-copy';

describe('a story linking a piece that is not translated yet', () => {
  const site = { copy: undefined as SiteCopy | undefined, code: null as number | null, output: '' };
  const page = (path: string) => readFileSync(join(site.copy!.root, 'dist', path, 'index.html'), 'utf8');

  beforeAll(async () => {
    site.copy = copySite();
    rmSync(join(site.copy.root, 'content/explainers/en/upi.mdx'));
    ({ code: site.code, output: site.output } = await buildSite(site.copy.root));
  });
  afterAll(() => site.copy?.remove());

  it('builds', () => {
    expect(site.code, site.output).toBe(0);
  });

  it('links the English story to the English address of the explainer', () => {
    const related = page('en/news/phonepe-outage').split('<section class="related"')[1] ?? '';
    expect(related).toContain('href="/en/explainers/upi/"');
    // The title shown is the Bengali original's, marked as Bengali.
    expect(related).toMatch(/<h3 class="card__title"[^>]* lang="bn"[^>]*><a href="\/en\/explainers\/upi\/">/);
  });

  it('shows the original at that address, under a notice that names the language in English', () => {
    const html = page('en/explainers/upi');
    expect(html).toMatch(/<p class="notice notice--fallback" role="note">[^<]*\bBengali\b[^<]*<\/p>/);
    expect(html).toMatch(/<article class="article article--explainers" lang="bn"/);
  });

  it('leaves the fallback out of the English search, which finds the pieces written in English', () => {
    const pieces = (lang: string) =>
      ['stories', 'explainers', 'statements'].flatMap((kind) =>
        readdirSync(join(site.copy!.root, 'content', kind, lang)).filter((file) => /\.mdx?$/.test(file)),
      ).length;
    const entry = JSON.parse(readFileSync(join(site.copy!.root, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en!.page_count).toBe(pieces('en'));
    expect(entry.languages.bn!.page_count).toBe(pieces('bn'));
    expect(page('en/explainers/upi')).not.toContain('data-pagefind-body');
    expect(page('bn/explainers/upi')).toMatch(/<article [^>]*data-pagefind-body/);
  });

  it('is listed by i18n:status as missing, and --strict fails on it', () => {
    const status = spawnSync(process.execPath, ['src/cli/i18n-status.ts', '--strict'], {
      cwd: site.copy!.root,
      encoding: 'utf8',
    });
    expect(status.status).toBe(1);
    expect(status.stdout).toMatch(/explainers\/upi\n(?:.*\n)*?\s+en\s+missing/);
  });
});
