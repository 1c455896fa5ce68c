import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardLayout, cardTexts, type OgImageInput } from '../../../../src/integrations/og-cards/card';
import { needsSymbolFonts, withoutUndrawable } from '../../../../src/integrations/og-cards/font-coverage';
import { renderOgImage } from '../../../../src/integrations/og-cards/render';
import { inkBox } from './ink';

const input = (title: string): OgImageInput => ({ title, siteName: 'ইউপিআই খবর', kindLabel: 'খবর', lang: 'bn' });

/** The headline's box of a drawn card. */
async function headline(title: string): Promise<PNG> {
  const card = PNG.sync.read(Buffer.from(await renderOgImage(input(title))));
  const { title: box } = cardLayout;
  const out = new PNG({ width: box.width, height: box.height });
  PNG.bitblt(card, out, box.left, box.top, box.width, box.height, 0, 0);
  return out;
}

describe('characters on preview cards', () => {
  it('keeps Bengali, Latin, signs and symbols a card font draws, and leaves out what none does', () => {
    expect(withoutUndrawable('ফোনপে → Paytm ☎ ★ ✔ ≠ ₹১০০ © ™')).toBe('ফোনপে → Paytm ☎ ★ ✔ ≠ ₹১০০ © ™');
    expect(withoutUndrawable('লাইভ 中文 খবর')).toBe('লাইভ  খবর');
    expect(cardTexts(input('লাইভ 中文')).title).toBe('লাইভ');
    expect(cardTexts(input('🔴 লাইভ')).title).toBe('🔴 লাইভ');
  });

  it("knows which texts need the symbol fonts, whose bytes then go into the card's key", () => {
    expect(needsSymbolFonts(['Paytm → PhonePe'])).toBe(true);
    expect(needsSymbolFonts(['হেল্পলাইন ☎'])).toBe(true);
    expect(needsSymbolFonts(['কেন হঠাৎ বন্ধ হয়ে গিয়েছিল PhonePe-র পরিষেবা?', '“Failed to Process” © ₹১০০'])).toBe(false);
  });

  it('draws an arrow as an arrow, wide and low, not as the tall empty box of a missing glyph', async () => {
    const { width, height } = inkBox(await headline('→'));
    expect(width).toBeGreaterThan(1.5 * height);
  });

  it('draws a headline with a character no font has as if the character were not there', async () => {
    const [withUnknown, plain] = await Promise.all([renderOgImage(input('লাইভ 中文')), renderOgImage(input('লাইভ'))]);
    expect(Buffer.from(withUnknown).equals(Buffer.from(plain))).toBe(true);
  });
});
