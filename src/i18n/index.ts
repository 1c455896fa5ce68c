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

/**
 * The `t` function for one locale. A string asked for without options is
 * looked up once and remembered: every page asks for the same hundred labels.
 */
export function useTranslations(lang: Lang): TFunction {
  let t = translations.get(lang);
  if (!t) {
    const fixed = translator().getFixedT(lang) as unknown as (key: string, ...rest: unknown[]) => string;
    const plain = new Map<string, string>();
    t = ((key: string, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== 'string') return fixed(key, ...rest);
      let text = plain.get(key);
      if (text === undefined) {
        text = fixed(key);
        plain.set(key, text);
      }
      return text;
    }) as unknown as TFunction;
    translations.set(lang, t);
  }
  return t;
}

export { dictionaries };
