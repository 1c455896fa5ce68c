import { readFileSync } from 'node:fs';
import type { Lang } from '../site.config';

/**
 * A locale's UI strings read from `locales/<lang>.json` by Node, for code that runs outside Vite (the Markdown
 * transforms, which `astro.config.mjs` builds); pages and components use `useTranslations` (`index.ts`). Read each
 * time it is asked for, never kept for the life of a long-running process such as `astro dev`.
 */
export function uiStringsFile(lang: Lang): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
}
