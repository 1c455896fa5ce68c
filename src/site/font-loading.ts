/**
 * Which font draws a Bengali page (src/styles/fonts.css orders the families; this script picks among them). Client-safe:
 * the page runs it as it is, so it imports nothing.
 *
 * - A phone that has Noto Sans Bengali draws it, and nothing is fetched.
 * - A phone with another Bengali font draws its first page in that font. Once the page has been drawn, the script
 *   fetches the site's font files (not when the reader asked to save data) and remembers it; the pages after it that
 *   the service worker answers, which keeps the files, draw the site's font from the start (`fontsCachedClass`).
 * - A phone with no Bengali font cannot draw the words at all until the site's font arrives, and they would move when it
 *   did: the script keeps the page's content hidden until then (`fontsAwaitedClass`), three seconds at most.
 */

/** The localStorage key that says an earlier page fetched the site's font. */
export const fontsCachedKey = 'fonts-cached';

/** The class on `<html>` that puts the site's font first (global.css). */
export const fontsCachedClass = 'fonts-cached';

/** The class on `<html>` that hides the page's content while the only font that can draw it is on its way. */
export const fontsAwaitedClass = 'fonts-awaited';

/**
 * How long a page that expects the site's font in the cache waits for it (ms), its text unseen (`font-display:
 * fallback` waits as long): past that, the phone's own font draws the page, and the site's, when it comes, does not
 * move it.
 */
export const fontsCachedWithin = 100;

/** The longest a page's content stays hidden for its font (ms); past that, its words show as boxes until it arrives. */
export const fontsAwaitedAtMost = 3000;

/** The language whose pages draw these fonts (global.css's `:root:lang(bn)`). */
const fontLang = 'bn';

/** The `@font-face` families of fonts.css this script names. */
const families = { site: 'Noto Sans Bengali', installed: 'Bengali installed', lastResort: 'Bengali last resort' };

const quoted = (value: string) => JSON.stringify(value);

/**
 * The script, inline in `<head>` so that it runs before the first paint, with its hash in the page's CSP
 * (`inlineScriptHash`). Whether the phone has any Bengali font is read from the width of a conjunct: a font that shapes
 * Bengali draws "ক্ক" narrower than "কক", a phone without one draws a box for each of its three characters.
 */
export const fontLoadingScript = [
  // A block: the page's other inline scripts share the global scope.
  '{',
  'const root = document.documentElement;',
  'const fonts = document.fonts;',
  "const of = (family) => [...fonts].filter((face) => face.family.replace(/[\"']/g, '') === family);",
  `const bengali = root.lang === ${quoted(fontLang)} && fonts;`,
  // The service worker keeps the font's files with the language's pages (src/integrations/offline/): a page it
  // controls has them at hand. A browser that cleared its caches dropped the worker too, and the page's own font
  // draws, rather than files that would have to come over the network first.
  'let cached = Boolean(navigator.serviceWorker?.controller);',
  `try { cached &&= localStorage.getItem(${quoted(fontsCachedKey)}) === '1'; } catch { cached = false; }`,
  'if (bengali && cached) {',
  `  root.classList.add(${quoted(fontsCachedClass)});`,
  '  setTimeout(() => {',
  `    if (of(${quoted(families.site)}).some((face) => face.status === 'loading')) root.classList.remove(${quoted(fontsCachedClass)});`,
  `  }, ${fontsCachedWithin});`,
  '}',
  "const canvas = bengali && document.createElement('canvas').getContext('2d');",
  'if (canvas) {',
  "  canvas.font = '40px sans-serif';",
  "  if (canvas.measureText('\u0995\u09cd\u0995').width >= canvas.measureText('\u0995\u0995').width) {",
  `    root.classList.add(${quoted(fontsAwaitedClass)});`,
  `    const show = () => root.classList.remove(${quoted(fontsAwaitedClass)});`,
  `    setTimeout(show, ${fontsAwaitedAtMost});`,
  "    addEventListener('DOMContentLoaded', () => {",
  `      Promise.all(of(${quoted(families.lastResort)}).map((face) => face.load())).then(show, show);`,
  '    });',
  '  }',
  '}',
  // Once the page has loaded and its largest text is on the screen (or its first, where browsers do not say which is
  // the largest), so that the files never hold up what the reader sees first.
  'const types = PerformanceObserver.supportedEntryTypes || [];',
  "const type = ['largest-contentful-paint', 'paint'].find((candidate) => types.includes(candidate));",
  'const later = (then) => {',
  '  if (!type) return setTimeout(then, 1000);',
  '  new PerformanceObserver((list, observer) => { observer.disconnect(); setTimeout(then); }).observe({ type, buffered: true });',
  '};',
  "addEventListener('load', () => later(() => {",
  '  if (!bengali || navigator.connection?.saveData) return;',
  '  fonts.ready.then(() => {',
  `    const installed = of(${quoted(families.installed)});`,
  "    if (!installed.some((face) => face.status === 'error') || installed.some((face) => face.status === 'loaded')) return;",
  `    return Promise.all(of(${quoted(families.site)}).map((face) => face.load())).then(() => {`,
  `      try { localStorage.setItem(${quoted(fontsCachedKey)}, '1'); } catch {}`,
  '    });',
  '  }).catch(() => {});',
  '}));',
  '}',
].join('\n');
