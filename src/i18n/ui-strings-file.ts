import { readFileSync } from 'node:fs';
import type { Lang } from '../site.config';

const read = new Map<Lang, Record<string, string>>();

/**
 * A locale's UI strings read from `locales/<lang>.json` by Node, for code that runs outside Vite (the Markdown
 * transforms, which `astro.config.mjs` builds); pages and components use `useTranslations` (`index.ts`).
 */
export function uiStringsFile(lang: Lang): Record<string, string> {
  let strings = read.get(lang);
  if (!strings) {
    const file = new URL(`./locales/${lang}.json`, import.meta.url);
    strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    read.set(lang, strings);
  }
  return strings;
}
