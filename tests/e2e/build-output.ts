import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, type BuiltPage } from '../../src/integrations/shared/built-pages';

/** The build the browser tests check: whatever `npm run build` wrote, pages added later included. */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page of the build, from `dist/`, so new pages are checked without a list to update. */
export function pagesOfBuild(): BuiltPage[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` before the browser tests.');
  }
  return builtPages(distDir);
}

/** One rule of `dist/_headers`: a path pattern and the headers for the paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** The rules of `dist/_headers`, read as Netlify and Cloudflare Pages read them. */
export function headerRules(): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** The headers a static host would send with `path`: every matching rule's, later rules adding to earlier ones. */
export function headersFor(path: string, rules = headerRules()): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern || `${path}/` === pattern;
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}
