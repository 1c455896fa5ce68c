import { describe, expect, it } from 'vitest';
import { ogCard } from '../../../../src/integrations/og-cards/card';
import type { OgElement } from '../../../../src/integrations/og-cards/element';
import { withoutEmoji } from '../../../../src/integrations/og-cards/without-emoji';

describe('withoutEmoji', () => {
  it('drops emoji, with their skin tones, joiners and presentation selectors', () => {
    expect(withoutEmoji('🚨 ফোনপে বন্ধ')).toBe('ফোনপে বন্ধ');
    expect(withoutEmoji('লেনদেন ব্যর্থ 😢, গ্রাহক 👍🏽 বিপাকে')).toBe('লেনদেন ব্যর্থ, গ্রাহক বিপাকে');
    expect(withoutEmoji('family 👨‍👩‍👧 news ❤️ today')).toBe('family news today');
    expect(withoutEmoji('India 🇮🇳 and 1️⃣ step')).toBe('India and step');
  });

  it('keeps Bengali, digits, currency signs and symbols the fonts draw', () => {
    const text = 'ফোনপে-তে ₹১০০ — “Failed to Process” © 2024 ™ ১. ২# *';
    expect(withoutEmoji(text)).toBe(text);
  });
});

/** Every string in an element tree. */
function texts(element: OgElement): string[] {
  return (element.props.children ?? []).flatMap((child) => (typeof child === 'string' ? [child] : texts(child)));
}

describe('ogCard', () => {
  it('leaves emoji out of every text on the card', () => {
    const card = ogCard({ title: '🚨 ফোনপে বন্ধ', siteName: 'খবর 📰', kindLabel: '⚡ খবর', lang: 'bn' });
    expect(texts(card)).toEqual(['খবর', 'ফোনপে বন্ধ', 'খবর']);
  });
});
