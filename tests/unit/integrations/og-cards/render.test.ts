import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardLayout } from '../../../../src/integrations/og-cards/card';
import type { OgImageInput } from '../../../../src/integrations/og-cards/card';
import { renderOgImage } from '../../../../src/integrations/og-cards/render';

const longBengali: OgImageInput = {
  title:
    'কেন হঠাৎ বন্ধ হয়ে গিয়েছিল PhonePe-র পরিষেবা? বিপাকে পড়েছিল লক্ষ লক্ষ গ্রাহক, আর প্রতিষ্ঠাতার ক্ষমাপ্রার্থী পোস্টে কী বলা হল, ' +
    'সংস্থাগুলির বিবৃতিতে কোন প্রশ্নের উত্তর মিলল না, এবং ইউপিআই ব্যবস্থার উপর এর প্রভাব কতটা, তার বিস্তারিত বিবরণ ও বিশ্লেষণ',
  siteName: 'ইউপিআই খবর',
  kindLabel: 'খবর',
  lang: 'bn',
};

const longEnglish: OgImageInput = {
  title:
    'Why did PhonePe suddenly stop working? Lakhs of customers were left stranded on Monday evening, while Paytm, ' +
    'Google Pay and other UPI apps kept working, and what the companies have said about it since then in their statements',
  siteName: 'UPI News',
  kindLabel: 'News',
  lang: 'en',
};

/** Rows `from`–`to` (exclusive) of the card, left of `right`, hold anything but the white background. */
function inkInRows(png: PNG, from: number, to: number): boolean {
  for (let y = from; y < to; y++) {
    for (let x = cardLayout.bar; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 250 || png.data[i + 1]! < 250 || png.data[i + 2]! < 250) return true;
    }
  }
  return false;
}

/** Far too long for the card at any size: it must end in an ellipsis, not run over the site name. */
const endless: OgImageInput = { ...longBengali, title: 'লক্ষ লক্ষ গ্রাহক বিপাকে '.repeat(30) };

describe('renderOgImage', () => {
  for (const input of [longBengali, longEnglish]) {
    describe(`with a long ${input.lang} headline`, () => {
      it('is a 1200×630 PNG under 300 KB, which WhatsApp still shows', async () => {
        const bytes = await renderOgImage(input);
        expect(bytes.length).toBeLessThan(300 * 1024);
        const png = PNG.sync.read(Buffer.from(bytes));
        expect([png.width, png.height]).toEqual([1200, 630]);
      });

      it('keeps the headline inside its box, clear of the kind label and the site name', async () => {
        const png = PNG.sync.read(Buffer.from(await renderOgImage(input)));
        const { header, title, footer } = cardLayout;
        const titleBottom = title.top + title.height;
        // A headline taller than its box would be cut at the box's edges; a clamped one stops short of them.
        expect(inkInRows(png, header.top + header.height, title.top + 2), 'above the headline').toBe(false);
        expect(inkInRows(png, titleBottom - 2, footer.top), 'below the headline').toBe(false);
        expect(inkInRows(png, title.top, titleBottom), 'the headline').toBe(true);
      });
    });
  }

  it('clamps a headline too long for the card', async () => {
    const png = PNG.sync.read(Buffer.from(await renderOgImage(endless)));
    const { title, footer } = cardLayout;
    expect(inkInRows(png, title.top + title.height - 2, footer.top)).toBe(false);
  });

  it('breaks a word too long for a line instead of running it past the box', async () => {
    const unbroken = {
      ...longEnglish,
      title: `See ${'UnifiedPaymentsInterface'.repeat(4)} and https://example.com/a/long/path`,
    };
    const png = PNG.sync.read(Buffer.from(await renderOgImage(unbroken)));
    const { title } = cardLayout;
    const right = title.left + title.width;
    let inkRight = false;
    for (let y = title.top; y < title.top + title.height && !inkRight; y++) {
      for (let x = right; x < png.width; x++) if (png.data[(y * png.width + x) * 4]! < 250) inkRight = true;
    }
    expect(inkRight, 'ink right of the headline box').toBe(false);
    expect(inkInRows(png, title.top, title.top + title.height)).toBe(true);
  });

  it('draws a different image for a different headline', async () => {
    const [a, b] = await Promise.all([renderOgImage(longEnglish), renderOgImage({ ...longEnglish, title: 'UPI' })]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
