import type { TFunction } from 'i18next';

/** A correction as a story's frontmatter lists it (`corrections` in `src/content.config.ts`). */
export interface Correction {
  /** When the correction was published. */
  date: Date;
  /** The text as the source printed it. */
  original: string;
  /** The text as published here. */
  corrected: string;
  /** Why, in the piece's language. */
  reason: string;
}

/** A correction as search engines are told of it: one sentence, and when it was published. */
export interface CorrectionNote {
  text: string;
  published: Date;
}

/**
 * Each correction as one sentence in the page's language (the `corrections.text` UI string: what was printed,
 * what is printed now, and why), with its date, for schema.org `CorrectionComment`s. In the order written.
 */
export function correctionNotes(corrections: readonly Correction[], t: TFunction): CorrectionNote[] {
  return corrections.map(({ date, original, corrected, reason }) => ({
    text: t('corrections.text', { original, corrected, reason }),
    published: date,
  }));
}
