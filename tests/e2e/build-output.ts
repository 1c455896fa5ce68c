import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, type BuiltPage } from '../../src/integrations/shared/built-pages';
import { headersFor as headersOfRules, parseHeaderRules, type HeaderRule } from '../shared/headers-file';

/** The build the browser tests check: whatever `npm run build` wrote, pages added later included. */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page of the build, from `dist/`, so new pages are checked without a list to update. */
export function pagesOfBuild(): BuiltPage[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` before the browser tests.');
  }
  return builtPages(distDir);
}

/** The rules of `dist/_headers`, read as Netlify and Cloudflare Pages read them. */
export function headerRules(): HeaderRule[] {
  return parseHeaderRules(readFileSync(join(distDir, '_headers'), 'utf8'));
}

/** The headers a static host would send with `path` from `dist/_headers`. */
export function headersFor(path: string, rules = headerRules()): Record<string, string> {
  return headersOfRules(path, rules);
}
