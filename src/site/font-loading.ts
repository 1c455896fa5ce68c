/**
 * Which font draws a Bengali page (src/styles/fonts.css orders the families; this script picks among them). Client-safe:
 * the page runs it as it is, so it imports nothing.
 *
 * - A phone that has Noto Sans Bengali draws it, and nothing is fetched.
 * - A phone with another Bengali font draws its first page in that font. Once the page has loaded, the script asks the
 *   service worker to keep the site's font files (not when the reader asked to save data); the pages after it that the
 *   worker answers draw the site's font from the start (`fontsCachedClass`). A phone that has the font is never sent
 *   the files, not even for reading offline.
 * - A phone with no Bengali font cannot draw the words at all until the site's font arrives, and they would move when it
 *   did: the script keeps the page's content hidden until then (`fontsAwaitedClass`), three seconds at most.
 */

/** The localStorage key that says an earlier page found the phone without Noto Sans Bengali. */
export const fontsCachedKey = 'fonts-cached';

/** The class on `<html>` that puts the site's font first (global.css). */
export const fontsCachedClass = 'fonts-cached';

/** The class on `<html>` that hides the page's content while the only font that can draw it is on its way. */
export const fontsAwaitedClass = 'fonts-awaited';

/**
 * How long a page that expects the site's font from the service worker's copy gives it (ms): past that, the phone's
 * own font draws the page, and the site's, when it comes, does not move it.
 */
export const fontsCachedWithin = 100;

/** The longest a page's content stays hidden for its font (ms); past that, its words show as boxes until it arrives. */
export const fontsAwaitedAtMost = 3000;

/** The `@font-face` families of fonts.css this script names. */
const families = { site: 'Noto Sans Bengali', installed: 'Bengali installed' };

const quoted = (value: string) => JSON.stringify(value);

/**
 * The script, inline at the start of `<body>` of the pages whose language has a web font, so that it runs before the
 * first paint; its hash is in the page's CSP (`inlineScriptHash`). In a block: the page's other inline scripts share
 * the global scope.
 * - A page the service worker answers (it keeps the font's files with the language's pages, src/integrations/offline/),
 *   on a phone an earlier page found without Noto Sans Bengali, puts the site's font first; if the files are not there
 *   within `fontsCachedWithin`, the phone's font draws the page. A browser that cleared its caches dropped the worker
 *   too.
 * - Whether the phone has any Bengali font is read from the width of a conjunct: a font that shapes Bengali draws "ক্ক"
 *   narrower than "কক", a phone without one draws a box for each of its three characters.
 * - Once the page has loaded, if it tried the phone's own Noto Sans Bengali and found none, it remembers that and asks
 *   the service worker to keep the font files, which the next page then draws.
 */
export const fontLoadingScript = [
  '{',
  'const root = document.documentElement, fonts = document.fonts, classes = root.classList;',
  "const of = (family) => [...fonts].filter((face) => face.family.replace(/[\"']/g, '') === family);",
  'let cached = Boolean(navigator.serviceWorker?.controller);',
  `try { cached &&= localStorage.getItem(${quoted(fontsCachedKey)}) === '1'; } catch { cached = false; }`,
  'if (cached) {',
  `  classes.add(${quoted(fontsCachedClass)});`,
  `  setTimeout(() => of(${quoted(families.site)}).some((face) => face.status === 'loading') && classes.remove(${quoted(fontsCachedClass)}), ${fontsCachedWithin});`,
  '}',
  "const canvas = document.createElement('canvas').getContext('2d');",
  "if (canvas) canvas.font = '40px sans-serif';",
  "if (canvas?.measureText('\u0995\u09cd\u0995').width >= canvas?.measureText('\u0995\u0995').width) {",
  `  classes.add(${quoted(fontsAwaitedClass)});`,
  `  const show = () => classes.remove(${quoted(fontsAwaitedClass)});`,
  `  setTimeout(show, ${fontsAwaitedAtMost});`,
  `  addEventListener('DOMContentLoaded', () => Promise.all(of(${quoted(families.site)}).map((face) => face.load())).then(show, show));`,
  '}',
  // The service worker keeps the language's font files for a phone that lacks the typeface, as the page tells it
  // (`OfflineRequest`, src/site/offline-reading.ts); not for a reader who saves data.
  "addEventListener('load', () => navigator.connection?.saveData || fonts.ready.then(() => {",
  `  const installed = of(${quoted(families.installed)});`,
  "  if (installed.some((face) => face.status === 'error') && !installed.some((face) => face.status === 'loaded')) {",
  `    try { localStorage.setItem(${quoted(fontsCachedKey)}, '1'); } catch {}`,
  '    navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage({ lang: root.lang, saveData: false, fonts: true }));',
  '  }',
  '}));',
  '}',
].join('\n');
