import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../shared/built-pages.ts';
import { beforePolicy, cspOfPage, headersFile } from './policy.ts';

/** How much of a page is read for its policy first: Astro puts the `<meta>` tag at the end of `<head>`. */
const headBytes = 16 * 1024;

/**
 * The start of the page `file` up to and with its policy's `<meta>` tag: its first `headBytes` when the whole tag is
 * there, else the whole page. Every build reads every page for it, and the rest of a page is three to four times as
 * long. Read a byte a character: the tag and the tags before it are ASCII where they matter.
 */
function headOfPage(file: string): string {
  const head = Buffer.allocUnsafe(headBytes);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, headBytes, 0);
  } finally {
    closeSync(fd);
  }
  const start = head.toString('latin1', 0, read);
  return cspOfPage(start) !== undefined || read < headBytes ? start : readFileSync(file, 'latin1');
}

/**
 * Checks that every built page carries its own policy in a `<meta>` tag before any script or style (the `_headers`
 * policy leaves scripts and styles to it), and writes `dist/_headers`: the headers a `<meta>` tag cannot carry and how
 * long the files named by their content may be kept. It writes into the build output only, never into `public/`. A
 * page without its policy, or with a script or style before it, fails the build.
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
        const pages = builtPages(root);
        for (const { file } of pages) {
          const head = headOfPage(join(root, file));
          if (cspOfPage(head) === undefined) {
            throw new Error(`dist/${file}: no Content-Security-Policy <meta> tag; is security.csp on?`);
          }
          const early = beforePolicy(head);
          if (early) {
            throw new Error(
              `dist/${file}: ${early} comes before the Content-Security-Policy <meta> tag, which holds only for what ` +
                'follows it: put it in <body> (src/components/InlineScripts.astro hashes inline scripts in <head>).',
            );
          }
        }
        writeFileSync(join(root, '_headers'), headersFile(assetsFolder));
        logger.info(`_headers written; the policies of ${pages.length} pages come before their scripts and styles`);
      },
    },
  };
}
