import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/site.config';
import { buildSite, copySite, repoRoot } from './site-copy';

describe('npm run new', () => {
  it('starts a story the site builds at once, in every locale', async () => {
    const copy = copySite();
    try {
      const cli = spawnSync(process.execPath, [join(copy.root, 'src/cli/new-piece.ts'), 'story', 'bank-outage'], {
        cwd: copy.root,
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      for (const lang of langs) expect(cli.stdout).toContain(`content/stories/${lang}/bank-outage.mdx`);

      const again = spawnSync(process.execPath, [join(copy.root, 'src/cli/new-piece.ts'), 'story', 'bank-outage'], {
        cwd: copy.root,
        encoding: 'utf8',
      });
      expect(again.status).not.toBe(0);
      expect(again.stderr).toMatch(/already exists/);

      // A slug a renamed piece had before still leads to that piece: a new one cannot take it.
      const paytm = join(copy.root, 'content/statements/bn/paytm.mdx');
      copy.write(
        'content/statements/bn/paytm.mdx',
        readFileSync(paytm, 'utf8').replace('pubDate:', 'previousSlugs: [paytm-post]\npubDate:'),
      );
      const old = spawnSync(process.execPath, [join(copy.root, 'src/cli/new-piece.ts'), 'statement', 'paytm-post'], {
        cwd: copy.root,
        encoding: 'utf8',
      });
      expect(old.status).not.toBe(0);
      expect(old.stderr).toContain('content/statements/bn/paytm.mdx was published as "paytm-post" before');
      copy.write('content/statements/bn/paytm.mdx', readFileSync(join(repoRoot, 'content/statements/bn/paytm.mdx')));

      const { code, output } = await buildSite(copy.root);
      expect(code, output).toBe(0);
      for (const lang of langs) {
        const page = join(copy.root, 'dist', lang, 'news', 'bank-outage', 'index.html');
        expect(existsSync(page), page).toBe(true);
        expect(readFileSync(page, 'utf8')).toContain(`<html lang="${lang}"`);
      }
      const status = spawnSync(process.execPath, [join(copy.root, 'src/cli/i18n-status.ts'), '--strict'], {
        cwd: copy.root,
        encoding: 'utf8',
      });
      expect(status.status, status.stdout).toBe(0);
    } finally {
      copy.remove();
    }
  });

  it('starts a live story the site builds at once, live, with its first update, in every locale', async () => {
    const copy = copySite();
    try {
      const cli = spawnSync(process.execPath, [join(copy.root, 'src/cli/new-piece.ts'), 'live', 'bank-outage'], {
        cwd: copy.root,
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      const { code, output } = await buildSite(copy.root);
      expect(code, output).toBe(0);
      expect(output).not.toMatch(/bank-outage\.mdx: updates:/);
      for (const lang of langs) {
        const page = readFileSync(join(copy.root, 'dist', lang, 'news', 'bank-outage', 'index.html'), 'utf8');
        expect(page).toContain('data-live-state="live"');
        expect(page.match(/<section class="live-update" id="update-[0-9t-]+z"/g)).toHaveLength(1);
        expect(page).toContain('"@type":"LiveBlogPosting"');
      }
    } finally {
      copy.remove();
    }
  });
});
