import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/site/reading-time';

describe('countWords', () => {
  it('counts whitespace-separated words of any script, ignoring lone punctuation', () => {
    expect(countWords('আমরা ক্ষমাপ্রার্থী এই অস্বস্তির জন্য ।')).toBe(5);
    expect(countWords('  “Failed to Process” — ')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('reads Bengali slower than English, and never says zero minutes', () => {
    expect(readingMinutes(1600, 'bn')).toBeGreaterThan(readingMinutes(1600, 'en'));
    expect(readingMinutes(3, 'en')).toBe(1);
  });
});
