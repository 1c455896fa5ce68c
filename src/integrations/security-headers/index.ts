import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../shared/built-pages.ts';
import { detached } from '../shared/detached-string.ts';
import { cspOfPage, headersFile, type PagePolicy } from './policy.ts';

/**
 * Writes `dist/_headers` after the build: the CSP Astro put in each page's
 * `<meta>` tag, plus the headers a `<meta>` tag cannot carry. It writes into the
 * build output only, never into `public/`. A page without a policy fails the build.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = builtPages(root).map(({ file, path }) => {
          const csp = cspOfPage(readFileSync(join(root, file), 'utf8'));
          if (!csp) throw new Error(`dist/${file}: no Content-Security-Policy <meta> tag; is security.csp on?`);
          // A copy: the policy cut from the page would keep the whole page in memory until every page is read.
          return { path, csp: detached(csp) };
        });
        writeFileSync(join(root, '_headers'), headersFile(pages));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
