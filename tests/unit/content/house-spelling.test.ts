import { describe, expect, it } from 'vitest';
import { articleFiles, dataFiles, uiStringsFile } from './content-files';
import { houseSpellings } from './house-spelling';

/** Every string inside a parsed YAML or JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The site's own text of an article: its frontmatter and body, without the
 * `original` of its corrections, which is the source's text by definition.
 */
function ownText(data: Record<string, unknown>, body: string): string {
  const corrections = Array.isArray(data.corrections) ? (data.corrections as Record<string, unknown>[]) : [];
  const withoutOriginals = {
    ...data,
    corrections: corrections.map((correction) => ({ ...correction, original: undefined })),
  };
  return [...strings(withoutOriginals), body].join('\n');
}

/** "file: «found» → «use»" for every second spelling in a text. */
function misspellings(file: string, text: string): string[] {
  return houseSpellings.flatMap(({ use, not }) =>
    [...text.matchAll(not)].map((match) => `${file}: “${match[0]}” → “${use}” (docs/bengali-style.md)`),
  );
}

const texts = [
  ...articleFiles().map(({ file, data, body }) => ({ file, text: ownText(data, body) })),
  ...dataFiles().map(({ file, data }) => ({ file, text: strings(data).join('\n') })),
  (({ file, data }) => ({ file, text: strings(data).join('\n') }))(uiStringsFile('bn')),
];

describe('Bengali house spelling', () => {
  it('reads the site’s Bengali text', () => {
    expect(texts.filter(({ text }) => /[\u0980-\u09FF]/.test(text)).length).toBeGreaterThan(5);
  });

  it('spells each listed word one way in content/ and the UI strings', () => {
    expect(texts.flatMap(({ file, text }) => misspellings(file, text))).toEqual([]);
  });

  it('finds a second spelling inside a longer word and leaves other words alone', () => {
    const found = misspellings('x', 'কোনওদিন কয়েক ঘন্টার নীচের ওপরে অ্যাপগুলো ভাল হল ভাল।').map(
      (line) => line.split('”')[0],
    );
    expect(found).toEqual(['x: “কোনও', 'x: “নীচ', 'x: “ঘন্টা', 'x: “ভাল', 'x: “ভাল', 'x: “হল', 'x: “ওপর', 'x: “গুলো']);
    expect(misspellings('x', 'কোনো দিন ঘণ্টা নিচে উপরে অ্যাপগুলি ভালো হলো হলে হলেও গুলো-বারুদ ভালোবাসা')).toEqual([]);
  });
});
