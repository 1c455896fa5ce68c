import { emojiIn } from './without-emoji';

/** Font size and line limit of a headline in its box. */
export interface TitleSize {
  /** In px. */
  fontSize: number;
  /** Lines that fit the box at that size; a headline longer than that ends in an ellipsis. */
  maxLines: number;
}

/** Line height of headlines, as a multiple of the font size; Bengali vowel signs need room above and below. */
export const titleLineHeight = 1.3;

/** Share of a line's width that wrapped text fills on average: lines break at spaces, not mid-word. */
const fill = 0.9;

/**
 * Rough width of a bold headline in ems. Measured on Noto Sans Bold: Latin
 * letters average about 0.56 em; Bengali code points about 0.42 em, as vowel
 * signs, virama and nukta are narrow or join the letter before. Rounded up.
 * An emoji, however many code points it takes, is drawn as a 1 em square.
 */
export function titleEms(title: string): number {
  const emoji = emojiIn(title);
  let ems = emoji.length * 1.1;
  for (const char of emoji.reduce((text, each) => text.replace(each, ''), title)) {
    if (char === ' ') ems += 0.26;
    else if (/\p{Script=Bengali}/u.test(char)) ems += 0.46;
    else ems += 0.6;
  }
  return ems;
}

/**
 * Picks the headline's font size from its length: the largest size, in steps of
 * 2px from `max` down to `min`, at which the estimated lines fit the box. Short
 * headlines come out large, long ones smaller; past `min` the headline is
 * clamped to the lines that fit, so it never overflows.
 */
export function ogTitleSize(
  title: string,
  box: { width: number; height: number },
  bounds: { min: number; max: number } = { min: 40, max: 76 },
): TitleSize {
  const ems = titleEms(title);
  const linesAt = (size: number) => Math.floor(box.height / (size * titleLineHeight));
  let fontSize = bounds.max;
  while (fontSize > bounds.min && Math.ceil((ems * fontSize) / (box.width * fill)) > linesAt(fontSize)) fontSize -= 2;
  fontSize = Math.max(fontSize, bounds.min);
  return { fontSize, maxLines: Math.max(1, linesAt(fontSize)) };
}
