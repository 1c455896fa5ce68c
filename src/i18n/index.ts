import i18next, { type TFunction } from 'i18next';
import { defaultLang, langs, type Lang } from '../site.config';
import type bn from './locales/bn.json';

/** A locale's UI strings: flat dotted keys, the default locale's key set. */
type Dictionary = typeof bn;

/** Every `locales/<code>.json`, found by file name: adding a locale adds a file, not code. */
const files = import.meta.glob<Dictionary>('./locales/*.json', { eager: true, import: 'default' });

/** UI strings per locale code, for every configured locale. */
const dictionaries = Object.fromEntries(
  langs.map((lang) => {
    const strings = files[`./locales/${lang}.json`];
    if (!strings)
      throw new Error(
        `src/i18n/locales/${lang}.json is missing: every locale in src/site.config.ts needs its UI strings.`,
      );
    return [lang, strings];
  }),
) as Record<Lang, Dictionary>;

let instance: typeof i18next | undefined;

/** The one i18next instance, built on first use, synchronously. */
function translator() {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: defaultLang,
      fallbackLng: defaultLang,
      supportedLngs: [...langs],
      resources: Object.fromEntries(
        Object.entries(dictionaries).map(([lang, strings]) => [lang, { translation: strings }]),
      ),
      // Flat dotted keys: the dot is part of the key, not a path.
      keySeparator: false,
      // Astro escapes everything it renders; escaping here would double it.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

const translations = new Map<Lang, TFunction>();

/** Options made only of strings and numbers (`{ count: 3 }`, `{ title }`): the same ones always give the same text. */
function isPlainValues(options: unknown): options is Record<string, string | number> {
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) {
    return false;
  }
  return Object.values(options).every((value) => typeof value === 'string' || typeof value === 'number');
}

/**
 * The `t` function for one locale. A string asked for without options, or
 * with options of strings and numbers only, is worked out once and
 * remembered: every page asks for the same hundred labels, and for the same
 * few with the site's name or a language's name in them.
 */
export function useTranslations(lang: Lang): TFunction {
  let t = translations.get(lang);
  if (!t) {
    const fixed = translator().getFixedT(lang) as unknown as (key: string, ...rest: unknown[]) => string;
    const known = new Map<string, string>();
    t = ((key: string, ...rest: unknown[]) => {
      if (typeof key !== 'string' || rest.length > 1 || (rest.length === 1 && !isPlainValues(rest[0]))) {
        return fixed(key, ...rest);
      }
      const id = rest.length === 0 ? key : `${key}\u0000${JSON.stringify(rest[0])}`;
      let text = known.get(id);
      if (text === undefined) {
        text = fixed(key, ...rest);
        known.set(id, text);
      }
      return text;
    }) as unknown as TFunction;
    translations.set(lang, t);
  }
  return t;
}

export { dictionaries };
