import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../shared/built-pages.ts';
import { cspOfPage, headersFile, type PagePolicy } from './policy.ts';

/** How much of a page is read for its policy first: Astro puts the `<meta>` tag near the top of `<head>`. */
const headBytes = 16 * 1024;

/**
 * The policy in the page `file`'s `<meta>` tag, from its first `headBytes` when the whole tag is there, else from the
 * whole page: every build reads every page for it, and the rest of a page is three to four times as long. Read a
 * byte a character, the policy's bytes are taken back as UTF-8.
 */
function policyOfPage(file: string): string | undefined {
  const head = Buffer.allocUnsafe(headBytes);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, headBytes, 0);
  } finally {
    closeSync(fd);
  }
  const csp =
    cspOfPage(head.toString('latin1', 0, read)) ??
    (read === headBytes ? cspOfPage(readFileSync(file, 'latin1')) : undefined);
  return csp === undefined ? undefined : Buffer.from(csp, 'latin1').toString('utf8');
}

/**
 * Writes `dist/_headers` after the build: the CSP Astro put in each page's
 * `<meta>` tag, plus the headers a `<meta>` tag cannot carry and how long the
 * files named by their content may be kept. It writes into the
 * build output only, never into `public/`. A page without a policy fails the build.
 */
export default function securityHeaders(): AstroIntegration {
  let assetsFolder = '_astro';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = builtPages(root).map(({ file, path }) => {
          const csp = policyOfPage(join(root, file));
          if (!csp) throw new Error(`dist/${file}: no Content-Security-Policy <meta> tag; is security.csp on?`);
          return { path, csp };
        });
        writeFileSync(join(root, '_headers'), headersFile(pages, assetsFolder));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
