import { intlLocale, type Lang } from '../../language/locales';
import { div, type OgElement } from './element';
import { ogTitleSize, titleLineHeight } from './title-size';
import { ogFontStack } from './fonts';
import { hasEmojiImage } from './emoji-images';
import { withoutUndrawable } from './font-coverage';
import { withoutEmoji } from './without-emoji';

/** What a page's preview image shows. */
export interface OgImageInput {
  /** The headline, or the page's title. */
  title: string;
  /** The publication's name, in the page's language. */
  siteName: string;
  /** What kind of piece the page is, e.g. "খবর" or "News". */
  kindLabel: string;
  /** The page's language: it orders the fonts and guides line breaking. */
  lang: Lang;
}

/** Bump when the card's look changes, so cached images are drawn again. */
export const ogLayoutVersion = 3;

/** The brand colour: accent bar and kind label. */
export const brandColour = '#0b5d4b';

/**
 * Where things sit on the 1200×630 card, in px. Tests read these: the headline
 * stays inside `title`, and the gutters between the boxes stay empty.
 */
export const cardLayout = {
  width: 1200,
  height: 630,
  bar: 24,
  header: { top: 56, height: 56 },
  title: { left: 88, top: 144, width: 1048, height: 350 },
  footer: { top: 526, height: 48 },
} as const;

/**
 * The card's texts as drawn: an emoji stays only if the card has an image for it (`emoji-images.ts`), any other
 * character only if a card font draws it (`font-coverage.ts`); satori would draw the rest as empty boxes.
 */
export function cardTexts(input: OgImageInput): { title: string; siteName: string; kindLabel: string } {
  const drawn = (text: string) => withoutUndrawable(withoutEmoji(text, hasEmojiImage)).trim();
  return { title: drawn(input.title), siteName: drawn(input.siteName), kindLabel: drawn(input.kindLabel) };
}

/** The card as an element tree for satori: kind label, headline, site name, and a brand-coloured bar. */
export function ogCard(input: OgImageInput): OgElement {
  const { lang } = input;
  const { title, siteName, kindLabel } = cardTexts(input);
  const { width, height, bar, header, title: box, footer } = cardLayout;
  const { fontSize, maxLines } = ogTitleSize(title, box);
  const row = (top: number, rowHeight: number) =>
    ({ position: 'absolute', left: box.left, top, height: rowHeight, display: 'flex', alignItems: 'center' }) as const;
  const intl = intlLocale(lang);
  return div(
    { width, height, display: 'flex', background: '#ffffff', color: '#111111', fontFamily: ogFontStack(lang) },
    [
      div({ position: 'absolute', left: 0, top: 0, width: bar, height, background: brandColour }),
      div({ ...row(header.top, header.height), fontSize: 32, fontWeight: 700, color: brandColour }, [kindLabel]),
      // No overflow: hidden: satori draws it as a mask, which more than doubled each card's rasterising time.
      // lineClamp keeps the headline within the box's height, and a word too long for a line is broken.
      div({ ...row(box.top, box.height), width: box.width }, [
        div(
          {
            display: 'block',
            fontSize,
            fontWeight: 700,
            lineHeight: titleLineHeight,
            lineClamp: maxLines,
            wordBreak: 'break-word',
          },
          [title],
        ),
      ]),
      div({ ...row(footer.top, footer.height), fontSize: 30, fontWeight: 700, color: '#333333' }, [siteName]),
    ],
    intl,
  );
}
