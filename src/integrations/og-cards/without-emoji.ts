/**
 * An emoji with the spaces before it. An emoji is a pictograph shown as emoji
 * by default or by U+FE0F, with its skin tone and the pictographs joined to it
 * by U+200D; a keycap (1️⃣); or a flag (two regional indicators, which are
 * emoji one by one too, so the pair is tried first). Symbols that
 * are text by default and written without U+FE0F, such as © and ™, are not
 * matched: the card's fonts draw them.
 */
const emoji =
  /\s*(?:\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*|[#*0-9]\uFE0F?\u20E3)/gu;

/** Every emoji in the text, as written, in order. */
export function emojiIn(text: string): string[] {
  return [...text.matchAll(emoji)].map((match) => match[0].trim());
}

/**
 * The text without the emoji that `keep` refuses, and the spaces before them.
 * No preview-card font has emoji: the card keeps those it has an image for
 * (`emoji-images.ts`), since satori would draw any other as an empty box. The
 * page's own text keeps them all, drawn by the reader's system font.
 */
export function withoutEmoji(text: string, keep: (emoji: string) => boolean = () => false): string {
  return text.replace(emoji, (match) => (keep(match.trim()) ? match : '')).trim();
}
