import { defineMiddleware, sequence } from 'astro/middleware';
import { useTranslations } from './i18n';
import { withOwnHashesOnly } from './integrations/security-headers/page-hashes';
import { isLang } from './language/locales';
import { defaultLang } from './site.config';

/** Sets the page's language and its UI strings once, from the locale Astro read off the URL. */
const pageLanguage = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : defaultLang;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});

/** Leaves in a page's security policy the hashes of its own inline scripts and styles only (`withOwnHashesOnly`). */
const ownHashesOnly = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const own = withOwnHashesOnly(html);
  if (own === html) return new Response(html, response);
  // The page is shorter now: a length the response may have carried would cut it.
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(own, { status: response.status, statusText: response.statusText, headers });
});

export const onRequest = sequence(pageLanguage, ownHashesOnly);
