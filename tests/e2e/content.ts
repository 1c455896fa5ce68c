import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type en from '../../src/i18n/locales/en.json';
import type { Lang } from '../../src/site.config';
import type { SourceArticle } from './site';

const contentRoot = new URL('../../content/', import.meta.url).pathname;

/** The UI strings of a language, read from its locale file. */
export function uiStrings(lang: Lang): typeof en & Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'));
}

/** One glossary term as its YAML file defines it. */
export interface SourceTerm {
  id: string;
  term: Record<Lang, string>;
  expansion?: string;
  definition: Record<Lang, string>;
}

/** The glossary, read from `content/glossary/`. */
export function sourceGlossary(): SourceTerm[] {
  const dir = join(contentRoot, 'glossary');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), ...(parse(readFileSync(join(dir, name), 'utf8')) as object) }))
    .map((term) => term as SourceTerm);
}

/** The MDX source of an article, frontmatter included. */
export function articleSource(article: SourceArticle): string {
  const dir = { stories: 'stories', explainers: 'explainers', statements: 'statements' }[article.collection];
  return readFileSync(join(contentRoot, dir, article.lang, `${article.slug}.mdx`), 'utf8');
}

/** Bengali script. */
export const bengali = /[\u0980-\u09FF]/;
