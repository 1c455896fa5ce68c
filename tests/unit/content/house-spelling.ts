/**
 * The Bengali house spellings of docs/bengali-style.md: for each word, the
 * spelling the site uses and a pattern that finds the other one. Bengali has
 * no `\b`: a word edge is where no letter or vowel sign is next to it.
 */
const edgeBefore = '(?<![\\p{L}\\p{M}])';
const edgeAfter = '(?![\\p{L}\\p{M}])';
const afterLetter = '(?<=[\\p{L}\\p{M}])';

export interface HouseSpelling {
  /** The spelling to use. */
  use: string;
  /** The other spelling, as a pattern (Unicode, global). */
  not: RegExp;
}

const pattern = (source: string) => new RegExp(source, 'gu');

export const houseSpellings: HouseSpelling[] = [
  { use: 'কোনো', not: pattern('কোনও') },
  { use: 'নিচে', not: pattern('নীচ') },
  { use: 'ঘণ্টা', not: pattern('ঘন্টা') },
  { use: 'ভালো', not: pattern(`${edgeBefore}ভাল(?!ো)`) },
  { use: 'হলো', not: pattern(`${edgeBefore}হল${edgeAfter}`) },
  { use: 'উপর', not: pattern(`${edgeBefore}ওপর`) },
  { use: '-গুলি', not: pattern(`${afterLetter}গুলো`) },
  { use: 'ট্রানজেকশন', not: pattern('ট্রানজ্যাকশন') },
];
