/**
 * The one owner of the site's languages: which codes are languages, and what
 * each one needs (its `Intl` locale, direction, Open Graph locale, reading
 * speed, name). Everything else asks here; `src/site.config.ts` only lists them.
 * Pure: usable from the Astro config, Markdown plugins, pages and the CLI.
 */
import { defaultLang, langs, locales, type Lang, type LocaleConfig } from '../site.config.ts';

export { defaultLang, langs, type Lang };

const byCode = new Map<string, LocaleConfig>(locales.map((locale) => [locale.code, locale]));

/** True when `code` is one of the site's locale codes. */
export function isLang(code: unknown): code is Lang {
  return typeof code === 'string' && byCode.has(code);
}

/** The configuration of one of the site's languages. */
export function localeOf(lang: Lang): LocaleConfig {
  const locale = byCode.get(lang);
  if (!locale) throw new Error(`"${lang}" is not one of the site's locales (${langs.join(', ')}).`);
  return locale;
}

/** The `Intl` locale tag for a site locale, e.g. `bn-IN`, whose digits dates and numbers use. */
export function intlLocale(lang: Lang): string {
  return localeOf(lang).intl;
}

/**
 * The language tag for documents and feeds (`inLanguage`, `<language>`): the
 * `Intl` locale without its formatting extensions, `hi-IN` for `hi-IN-u-nu-deva`.
 */
export function languageTag(lang: Lang): string {
  return new Intl.Locale(intlLocale(lang)).baseName;
}

/**
 * The language alone, without region or script (`bn` for `bn-IN`): the ISO 639 code Google News sitemaps take in
 * `<news:language>`, which allows two or three lower-case letters and nothing after them.
 */
export function languageCode(lang: Lang): string {
  return new Intl.Locale(intlLocale(lang)).language;
}

/** A language's name as readers of `inLang` call it: "Bengali" for `bn` on an English page, "বাংলা" on a Bengali one. */
export function languageName(code: Lang, inLang: Lang): string {
  return new Intl.DisplayNames([intlLocale(inLang)], { type: 'language' }).of(code) ?? code;
}

/**
 * The first site locale among a browser's preferred languages, matching on the
 * primary subtag (`bn-IN` and `bn-BD` both choose `bn`), or undefined.
 */
export function preferredLang(preferences: readonly string[]): Lang | undefined {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return undefined;
}

/** `getStaticPaths` of a route with one page per language (`/bn/search/`, `/en/search/`). */
export function languageParams(): { params: { lang: Lang } }[] {
  return langs.map((lang) => ({ params: { lang } }));
}
