import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { movedPages, redirectsFile } from '../../content-index/moved-pieces.ts';
import type { ListedPiece } from '../../site/tagged-pieces.ts';

/**
 * Writes `dist/_redirects`, which Netlify and Cloudflare Pages read: a permanent redirect (301) from every old
 * address of a renamed piece (`previousSlugs`) to its address now, after the lines of `public/_redirects` if the
 * newsroom has one. Each old address also has a page of its own that sends the reader on
 * (`src/pages/[lang]/[section]/[previousSlug].astro`), for hosts that read no such file. `read` gives the pieces'
 * frontmatter, read once for the sitemap too.
 */
export default function movedPieceRedirects(read: () => Promise<ListedPiece[]>): AstroIntegration {
  let publicFile = '';
  return {
    name: 'moved-pieces',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicFile = join(fileURLToPath(config.publicDir), '_redirects');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = movedPages(await read());
        const own = existsSync(publicFile) ? readFileSync(publicFile, 'utf8') : '';
        const file = join(fileURLToPath(dir), '_redirects');
        const contents = [own.trimEnd(), redirectsFile(pages)].filter(Boolean).join('\n');
        // A build that keeps the last one's output must not keep a redirect for a slug no file lists any more.
        if (contents === '') rmSync(file, { force: true });
        else writeFileSync(file, contents.endsWith('\n') ? contents : `${contents}\n`);
        if (pages.length > 0) logger.info(`_redirects written: ${pages.length} old addresses of renamed pieces`);
      },
    },
  };
}
