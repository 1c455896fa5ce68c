/**
 * Emoji on preview cards, drawn from Twemoji (`@iconify-json/twemoji`,
 * graphics CC BY 4.0). No card font has emoji: satori draws each emoji the
 * card keeps as the image given for it (`graphemeImages`), and the card
 * leaves out an emoji the set does not have (`without-emoji.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IconifyJSON } from '@iconify/types';
import { getIconData } from '@iconify/utils/lib/icon-set/get-icon';
import { iconToSVG } from '@iconify/utils/lib/svg/build';
import { iconToHTML } from '@iconify/utils/lib/svg/html';
import { emojiIn } from './without-emoji';

const emojiSetPackage = '@iconify-json/twemoji';

const require = createRequire(import.meta.url);
const readJson = <T>(file: string) =>
  JSON.parse(readFileSync(require.resolve(`${emojiSetPackage}/${file}`), 'utf8')) as T;

let names: Map<string, string> | undefined;
let iconSet: IconifyJSON | undefined;

/** Code points in hex, four digits at least, joined by `-`, without presentation selectors: the set's own keys. */
function sequenceKey(emoji: string): string {
  return [...emoji]
    .map((char) => char.codePointAt(0)!)
    .filter((code) => code !== 0xfe0f && code !== 0xfe0e)
    .map((code) => code.toString(16).padStart(4, '0'))
    .join('-');
}

/** The set's name for an emoji (`1f534` → `red-circle`), if the set has it. Read once, 190 KB. */
function iconName(emoji: string): string | undefined {
  names ??= new Map(Object.entries(readJson<Record<string, string>>('chars.json')));
  return names.get(sequenceKey(emoji));
}

/** True when the set can draw the emoji. */
export function hasEmojiImage(emoji: string): boolean {
  return iconName(emoji) !== undefined;
}

/** The emoji's drawing as an SVG `data:` URL, or undefined when the set lacks it. The set (10 MB) is read once, when a card first has an emoji. */
export function emojiImage(emoji: string): string | undefined {
  const name = iconName(emoji);
  if (!name) return undefined;
  iconSet ??= readJson<IconifyJSON>('icons.json');
  const icon = getIconData(iconSet, name);
  if (!icon) return undefined;
  const { attributes, body } = iconToSVG(icon);
  return `data:image/svg+xml;base64,${Buffer.from(iconToHTML(body, attributes)).toString('base64')}`;
}

/** Images for every emoji in the texts that the set can draw, by the emoji as written: satori's `graphemeImages`. */
export function emojiImages(texts: readonly string[]): Record<string, string> {
  const images: Record<string, string> = {};
  for (const emoji of texts.flatMap(emojiIn)) {
    const image = emojiImage(emoji);
    if (image) images[emoji] = image;
  }
  return images;
}

/** The set's name and version, for the cache key of a card that shows emoji. */
export function emojiSetVersion(): string {
  return `${emojiSetPackage}@${readJson<{ version: string }>('package.json').version}`;
}
