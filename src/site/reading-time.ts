import { localeOf, type Lang } from '../language/locales.ts';

/**
 * Counts words in running text of any script. A word is a whitespace-separated
 * run that contains at least one letter or digit, so Bengali words with vowel
 * signs and conjuncts (প্রতিষ্ঠাতার) count once, and "PhonePe-র" counts once.
 */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes a reader of `lang` needs for `words` words, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  const speed = localeOf(lang).wordsPerMinute;
  return Math.max(1, Math.round(words / speed));
}
