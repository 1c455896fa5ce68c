import { z } from 'astro/zod';
import { defaultLang, langs, type Lang } from '../site.config.ts';

/** Text in several languages: the default language always, the others where written. */
export type LocalizedString = { [L in Lang]?: string } & Record<typeof defaultLang, string>;

/**
 * A Zod schema for text per site locale, e.g. `{ bn: '…', en: '…' }`. The
 * default language is required; a locale added later may be filled in over
 * time, and `inLang` falls back to the default until it is.
 */
export function localizedString() {
  const shape = Object.fromEntries(
    langs.map((lang) => [lang, lang === defaultLang ? z.string().trim().min(1) : z.string().trim().min(1).optional()]),
  );
  return z.strictObject(shape) as unknown as z.ZodType<LocalizedString>;
}

/** The text in `lang`, or in the default language when it has not been written yet. */
export function inLang(text: LocalizedString, lang: Lang): string {
  return text[lang] ?? text[defaultLang];
}
