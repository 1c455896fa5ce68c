import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n';
import { isLang } from './language/locales';
import { defaultLang } from './site.config';

/** Sets the page's language and its UI strings once, from the locale Astro read off the URL. */
export const onRequest = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : defaultLang;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
