import { locales, type Lang } from '../site.config';

/** The `Intl` locale tag for a site locale, e.g. `bn-IN`. */
export function intlLocale(lang: Lang): string {
  return locales.find((locale) => locale.code === lang)?.intl ?? lang;
}

/**
 * The language tag for documents and feeds (`inLanguage`, `<language>`): the
 * `Intl` locale without its formatting extensions, `hi-IN` for `hi-IN-u-nu-deva`.
 */
export function languageTag(lang: Lang): string {
  return new Intl.Locale(intlLocale(lang)).baseName;
}

/**
 * A calendar date as readers of `lang` write it, e.g. "২৫ নভেম্বর, ২০২৬".
 * Dates are formatted in UTC: content dates are calendar days, not instants.
 */
export function formatDate(date: Date, lang: Lang): string {
  return dateFormat(lang).format(date);
}

/** One formatter per language: making an `Intl.DateTimeFormat` costs far more than formatting with it. */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

/** The machine-readable form for `<time datetime>`: `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A language's name as readers of `inLang` call it: "Bengali" for `bn` on an English page, "বাংলা" on a Bengali one. */
export function languageName(code: Lang, inLang: Lang): string {
  return new Intl.DisplayNames([intlLocale(inLang)], { type: 'language' }).of(code) ?? code;
}
