/** The colour themes a reader can choose. */
export const themes = ['light', 'dark'] as const;

/** A colour theme. */
export type Theme = (typeof themes)[number];

/** The localStorage key that keeps the reader's choice of theme. */
export const themeStorageKey = 'theme';

/** Whether a stored value is a theme (storage is shared with whatever else ran on the origin). */
export function isTheme(value: unknown): value is Theme {
  return themes.includes(value as Theme);
}

/**
 * The script that runs first in `<body>`, before the first paint: it
 * applies the stored theme, so a reader who chose dark never sees a light
 * flash, and marks that scripts run, which shows the theme toggle. It is
 * inline (a module script would run after the first paint), so the page's
 * CSP carries its hash: `inlineScriptHash`.
 */
export const themeScript = [
  'const root = document.documentElement;',
  "root.classList.add('js');",
  `try { const theme = localStorage.getItem(${JSON.stringify(themeStorageKey)});`,
  "if (theme === 'light' || theme === 'dark') root.dataset.theme = theme; } catch {}",
].join('\n');
