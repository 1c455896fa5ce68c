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
