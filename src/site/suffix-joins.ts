/**
 * Bengali joins case endings and particles to a word with a hyphen
 * ("PhonePe-র", "ইউপিআই-এর", "সহ-প্রতিষ্ঠাতা"). Browsers may break a line at
 * such a hyphen, before or after it, which leaves "PhonePe-" or "-র" alone at
 * a line's edge. This module finds those joins so they can be set in
 * `<span class="unbroken">`, which the stylesheet keeps on one line.
 */

/**
 * A word, a hyphen and a suffix that is not in Latin letters. The word may be
 * missing when the text starts with the hyphen, right after a link. A hyphen
 * before a Latin word ("long-term") may break, as English expects.
 */
const suffixLetter = String.raw`(?:\p{M}|(?!\p{Script=Latin})\p{L})`;
const join = new RegExp(String.raw`[\p{L}\p{M}\p{N}]*-${suffixLetter}+`, 'gu');
const anyJoin = new RegExp(String.raw`\S-${suffixLetter}`, 'u');

/**
 * Whether `text` may have a join: a quick test of a source before looking closer. Any character but a space may
 * come before the hyphen, as in Markdown's `[এনপিসিআই](/bn/)-কে`, whose link ends the word.
 */
export function hasSuffixJoin(text: string): boolean {
  return anyJoin.test(text);
}

/** One piece of a text: either plain, or a join to keep on one line. */
export interface TextPiece {
  text: string;
  unbroken: boolean;
}

/** `text` cut into plain pieces and joins; a single plain piece when there is no join. */
export function suffixJoins(text: string): TextPiece[] {
  // Most texts have no join: the quick test saves trying `join` at every letter (a title in every list and card).
  if (!text.startsWith('-') && !hasSuffixJoin(text)) return [{ text, unbroken: false }];
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(join)) {
    if (match[0].startsWith('-') && match.index > 0 && /\s/u.test(text[match.index - 1]!)) continue; // a dash
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), unbroken: false });
    pieces.push({ text: match[0], unbroken: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last), unbroken: false });
  return pieces;
}
