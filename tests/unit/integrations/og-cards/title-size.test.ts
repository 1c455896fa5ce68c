import { describe, expect, it } from 'vitest';
import { ogTitleSize, titleEms, titleLineHeight } from '../../../../src/integrations/og-cards/title-size';

const box = { width: 1048, height: 350 };

describe('ogTitleSize', () => {
  it('sets short headlines at the largest size', () => {
    expect(ogTitleSize('UPI', box).fontSize).toBe(76);
  });

  it('never grows as the headline gets longer', () => {
    let previous = Infinity;
    for (let length = 1; length <= 400; length += 7) {
      const { fontSize } = ogTitleSize('ক'.repeat(length), box);
      expect(fontSize).toBeLessThanOrEqual(previous);
      previous = fontSize;
    }
    expect(previous).toBe(40);
  });

  it('allows only the lines that fit the box', () => {
    for (const title of ['UPI', 'a'.repeat(80), 'খ'.repeat(500)]) {
      const { fontSize, maxLines } = ogTitleSize(title, box);
      expect(maxLines * fontSize * titleLineHeight).toBeLessThanOrEqual(box.height);
      expect((maxLines + 1) * fontSize * titleLineHeight).toBeGreaterThan(box.height);
    }
  });

  it('counts an emoji as the one square it is drawn as, however many code points it takes', () => {
    // A family of three is five code points; drawn, it is one picture, narrower than "News".
    const family = titleEms('👨‍👩‍👧');
    expect(family).toBeGreaterThanOrEqual(1);
    expect(family).toBeLessThan(titleEms('News'));
    expect(titleEms('👍🏽 🇧🇩')).toBeLessThan(titleEms('Newsroom'));
  });
});
