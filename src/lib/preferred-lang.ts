import { langs, type Lang } from '../site.config';

/**
 * The first site locale among a browser's preferred languages, matching on the
 * primary subtag (`bn-IN` and `bn-BD` both choose `bn`), or undefined.
 */
export function preferredLang(preferences: readonly string[]): Lang | undefined {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = langs.find((lang) => lang === primary);
    if (match) return match;
  }
  return undefined;
}
