import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardLayout } from '../../../../src/integrations/og-cards/card';
import { emojiImages, hasEmojiImage } from '../../../../src/integrations/og-cards/emoji-images';
import { renderOgImage } from '../../../../src/integrations/og-cards/render';

/** Pixels of the headline's box whose colour is near `colour` (each channel within 40). */
function pixelsNear(png: PNG, colour: [number, number, number]): number {
  const { title } = cardLayout;
  let count = 0;
  for (let y = title.top; y < title.top + title.height; y++) {
    for (let x = title.left; x < title.left + title.width; x++) {
      const i = (y * png.width + x) * 4;
      if (colour.every((value, c) => Math.abs(png.data[i + c]! - value) <= 40)) count++;
    }
  }
  return count;
}

const card = async (title: string) =>
  PNG.sync.read(Buffer.from(await renderOgImage({ title, siteName: 'ইউপিআই খবর', kindLabel: 'খবর', lang: 'bn' })));

// Twemoji's red of 🔴, and the green and red of Bangladesh's flag.
const red: [number, number, number] = [221, 46, 68];
const bangladeshGreen: [number, number, number] = [0, 106, 78];

describe('emoji on preview cards', () => {
  it('has images for single emoji, skin tones, joined sequences, flags and keycaps, with or without U+FE0F', () => {
    for (const emoji of ['🔴', '👍🏽', '👨‍👩‍👧', '🇧🇩', '🇮🇳', '1️⃣', '❤️', '❤', '⚡']) {
      expect(hasEmojiImage(emoji), emoji).toBe(true);
    }
  });

  it('has no image for a sequence no emoji set draws', () => {
    expect(hasEmojiImage('🐶\u200D🍕')).toBe(false);
  });

  it('gives satori an image for each emoji the card can draw, by the emoji as written', () => {
    const images = emojiImages(['🔴 লাইভ', 'খবর 🇧🇩', '🐶\u200D🍕 নেই']);
    expect(Object.keys(images).sort()).toEqual(['🇧🇩', '🔴'].sort());
    expect(images['🔴']).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('draws the emoji of a headline in colour, where the headline is', async () => {
    const withEmoji = await card('🔴 লাইভ: ফোনপে-তে লেনদেন ব্যর্থ 🇧🇩');
    const without = await card('লাইভ: ফোনপে-তে লেনদেন ব্যর্থ');
    expect(pixelsNear(without, red)).toBe(0);
    expect(pixelsNear(without, bangladeshGreen)).toBe(0);
    // At the smallest headline size (40 px) the red circle alone covers about a thousand pixels.
    expect(pixelsNear(withEmoji, red)).toBeGreaterThan(800);
    expect(pixelsNear(withEmoji, bangladeshGreen)).toBeGreaterThan(400);
  });

  it('leaves out an emoji it has no image for, as if the headline had none', async () => {
    const [withUnknown, plain] = await Promise.all([
      renderOgImage({ title: 'লাইভ 🐶\u200D🍕', siteName: 'ইউপিআই খবর', kindLabel: 'খবর', lang: 'bn' }),
      renderOgImage({ title: 'লাইভ', siteName: 'ইউপিআই খবর', kindLabel: 'খবর', lang: 'bn' }),
    ]);
    expect(Buffer.from(withUnknown).equals(Buffer.from(plain))).toBe(true);
  });
});
