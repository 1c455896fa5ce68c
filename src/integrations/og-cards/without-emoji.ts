/**
 * An emoji with the spaces before it. An emoji is a pictograph shown as emoji
 * by default or by U+FE0F, with its skin tone and the pictographs joined to it
 * by U+200D; a keycap (1️⃣); or a flag (two regional indicators). Symbols that
 * are text by default and written without U+FE0F, such as © and ™, are not
 * matched: the card's fonts draw them.
 */
const emoji =
  /\s*(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*|[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2})/gu;

/**
 * The text without its emoji and the spaces before them. No preview-card font
 * has emoji, and satori would draw each as an empty box; the page's own text
 * keeps them, drawn by the reader's system font.
 */
export function withoutEmoji(text: string): string {
  return text.replace(emoji, '').trim();
}
