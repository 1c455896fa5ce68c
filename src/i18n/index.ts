import i18next, { type TFunction } from 'i18next';
import { defaultLang, langs, type Lang } from '../site.config';
import bn from './locales/bn.json';
import en from './locales/en.json';

/** UI strings per locale code; adding a locale means adding its JSON here. */
const dictionaries = { bn, en } satisfies Record<Lang, typeof bn>;

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

/** The `t` function for one locale. */
export function useTranslations(lang: Lang): TFunction {
  return translator().getFixedT(lang);
}

export { dictionaries };
