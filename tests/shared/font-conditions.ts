import { fileURLToPath } from 'node:url';

/**
 * A phone's Bengali fonts, as the browser tests and `npm run bench:lighthouse` reproduce them: Chromium is started
 * with `FONTCONFIG_FILE` naming a fontconfig file that lists only some of this machine's font folders, so that
 * neither `local()` nor the system's fallback finds Noto Sans Bengali.
 */
export interface FontCondition {
  /** A short name for test titles and report rows. */
  id: string;
  /** What the phone has, in words. */
  label: string;
  /** The fontconfig file Chromium reads. */
  fontconfig: string;
}

const folder = (name: string) => fileURLToPath(new URL(`./fontconfig/${name}`, import.meta.url));

/** A first visit from phones that lack Noto Sans Bengali. */
export const fontConditions: readonly FontCondition[] = [
  { id: 'latin', label: 'Latin system fonts only (DejaVu, Liberation)', fontconfig: folder('latin.conf') },
  {
    id: 'lohit',
    label: 'Latin system fonts and Lohit Bengali (Debian fonts-lohit-beng-bengali)',
    fontconfig: folder('lohit.conf'),
  },
];

/** The environment Chromium is started with to see only the condition's fonts. */
export function fontConditionEnv(condition: FontCondition): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { ...env, FONTCONFIG_FILE: condition.fontconfig };
}

/** The condition of that id. */
export function fontCondition(id: 'latin' | 'lohit'): FontCondition {
  return fontConditions.find((condition) => condition.id === id)!;
}
