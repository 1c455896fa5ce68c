import 'i18next';
import type bn from './locales/bn.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    keySeparator: false;
    resources: { translation: typeof bn };
  }
}
