/*
 * The service worker that lets a reader read offline. The build writes it to dist/sw.js with `manifest` defined before
 * it (src/integrations/offline/index.ts; README.md there says what it keeps). Plain JavaScript: browsers run it as is.
 *
 * One cache per build, named after the build's version: a new deploy installs a new worker, which drops every older
 * cache once it is active, so nothing from an older build is served. Pages go to the network first, so a correction
 * shows as soon as the reader is online; the cache answers only when the network does not.
 */
/* global manifest */
const current = manifest.prefix + manifest.version;
const langs = Object.keys(manifest.langs);

/** Precached files are kept under their URL and revision: a file of an older build with the same revision is reused. */
const revisioned = (entry) => `${entry.url}?revision=${entry.revision}`;
const precachedKeys = new Map(
  langs.flatMap((lang) => {
    const { offline, shell, fonts, articles } = manifest.langs[lang];
    return [offline, ...shell, ...fonts, ...articles].map((entry) => [entry.url, revisioned(entry)]);
  }),
);
/** The mark a language's precache leaves once complete, so that the next build's worker precaches it again. */
const completeKey = (lang) => `/offline-complete/${lang}`;
/** The same for a language's fonts, kept only for a reader whose phone lacks them. */
const fontsCompleteKey = (lang) => `/offline-complete/${lang}/fonts`;
const langOf = (path) => langs.find((lang) => path.startsWith(`/${lang}/`)) ?? manifest.defaultLang;

/** Keeps each of `entries` in `cache`, from an older build's cache when it has the same revision, or the network. */
async function keep(cache, entries) {
  for (const entry of entries) {
    const key = revisioned(entry);
    if (await cache.match(key)) continue;
    const response = (await caches.match(key)) ?? (await fetch(entry.url, { cache: 'no-cache' }));
    if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
    await cache.put(key, response);
  }
}

const working = new Map();

/**
 * Keeps `entries` in this build's cache once: `key` marks the set complete, so that it is not fetched again (and the
 * next build's worker keeps it again). One job per key at a time.
 */
function keepOnce(key, entries) {
  if (!working.has(key)) {
    const job = (async () => {
      const cache = await caches.open(current);
      if (await cache.match(key)) return;
      await keep(cache, entries);
      await cache.put(key, new Response(''));
    })();
    working.set(
      key,
      job.finally(() => working.delete(key)),
    );
  }
  return working.get(key);
}

/**
 * Unless the reader saves data (then nothing is fetched ahead, only what the reader opens is kept): keeps every
 * language's offline page (a reader may follow the language switcher offline), `lang`'s shell and newest pieces.
 */
function precache(lang, saveData) {
  const files = manifest.langs[lang];
  if (!files || saveData) return Promise.resolve();
  return keepOnce(completeKey(lang), [
    ...langs.map((code) => manifest.langs[code].offline),
    ...files.shell,
    ...files.articles,
  ]);
}

/** Keeps `lang`'s font files, for a reader whose phone does not have the typeface (the page says so). */
function precacheFonts(lang) {
  const files = manifest.langs[lang];
  return files ? keepOnce(fontsCompleteKey(lang), files.fonts) : Promise.resolve();
}

self.addEventListener('install', (event) => {
  // A reader who had a language precached by the last build gets it again from this one before it takes over, unless
  // the reader saves data now.
  const saveData = self.navigator.connection?.saveData === true;
  event.waitUntil(
    (async () => {
      for (const lang of saveData ? [] : langs) {
        if (await caches.match(completeKey(lang))) await precache(lang, false);
        if (await caches.match(fontsCompleteKey(lang))) await precacheFonts(lang);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(manifest.prefix) && name !== current) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const { lang, saveData, fonts } = event.data ?? {};
  if (typeof lang !== 'string') return;
  const jobs = [precache(lang, saveData === true)];
  if (fonts === true && saveData !== true) jobs.push(precacheFonts(lang));
  event.waitUntil(Promise.all(jobs).catch(() => {}));
});

/** A cached copy of `path`: what the reader last opened, or else what was precached. */
async function cached(cache, path) {
  return (await cache.match(path)) ?? (precachedKeys.has(path) ? cache.match(precachedKeys.get(path)) : undefined);
}

async function page(request, path) {
  const cache = await caches.open(current);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(path, response.clone());
    return response;
  } catch {
    const offline = manifest.langs[langOf(path)].offline.url;
    return (await cached(cache, path)) ?? (await cached(cache, offline)) ?? Response.error();
  }
}

async function asset(request, path) {
  const cache = await caches.open(current);
  const found = await cached(cache, path);
  if (found) return found;
  const response = await fetch(request);
  // Files under the assets folder are named by their content: a cached copy never goes stale.
  if (response.ok && path.startsWith(manifest.assets)) await cache.put(path, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url.pathname));
  else if (url.pathname.startsWith(manifest.assets)) event.respondWith(asset(request, url.pathname));
});
