/**
 * What the pages and the service worker (`src/integrations/offline/`) agree on. Client-safe: the registration script
 * and the offline page's list import it, so it imports nothing.
 */

/** Where the build writes the service worker; at the root, so that it may serve every page. */
export const serviceWorkerPath = '/sw.js';

/** The names of the caches the service worker keeps, each followed by the build's version. */
export const offlineCachePrefix = 'offline-';

/** What a page tells the service worker once it is registered. */
export interface OfflineRequest {
  /** The page's language: the worker keeps that language's fonts, newest pieces and offline page. */
  lang: string;
  /** The reader asked to save data (`navigator.connection.saveData`): keep only the offline page and what is opened. */
  saveData: boolean;
  /**
   * The phone lacks the language's typeface: keep its font files too. Sent by the page's font script
   * (src/site/font-loading.ts) once the page has loaded, never with `saveData`.
   */
  fonts?: boolean;
}

/**
 * Whether a cached URL path is a piece of `lang`: `/{lang}/{section}/{slug}/` with one of the pieces' `sections`.
 * The offline page lists those; list pages and the offline page itself are cached too, but are not pieces.
 */
export function isPiecePath(path: string, lang: string, sections: readonly string[]): boolean {
  return sections.some((section) => new RegExp(`^/${lang}/${section}/[^/]+/$`).test(path));
}

/**
 * The script every page runs to register the service worker and send it an `OfflineRequest`. Inline, so that it costs
 * no request (its hash goes into the page's CSP: `inlineScriptHash`); it runs after the page is parsed, and reading
 * never waits for it. Without a worker (private browsing, storage turned off) the site works as it does without one.
 */
export const registrationScript = [
  'const sw = navigator.serviceWorker;',
  'if (sw) sw',
  `.register(${JSON.stringify(serviceWorkerPath)})`,
  '.then(() => sw.ready)',
  '.then((r) => r.active?.postMessage({ lang: document.documentElement.lang, saveData: navigator.connection?.saveData === true }))',
  '.catch(() => {});',
].join('\n');
