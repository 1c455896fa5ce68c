import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woff2ToSfnt } from '../../../../src/integrations/fonts/woff2';

const require = createRequire(import.meta.url);

/** A file of the installed @fontsource packages. */
export function fontsourceFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(require.resolve(`@fontsource/${path}`)));
}

/** Noto Sans Bengali's Bengali file, as the package ships it (WOFF2). */
export function bengaliWoff2(weight: 400 | 700): Uint8Array {
  return fontsourceFile(`noto-sans-bengali/files/noto-sans-bengali-bengali-${weight}-normal.woff2`);
}

/** The same font as TrueType. */
export function bengaliTrueType(weight: 400 | 700): Promise<Uint8Array> {
  return woff2ToSfnt(bengaliWoff2(weight));
}

/** Words that take every kind of Bengali shaping: conjuncts, reph, ra-phala, pre-base and split vowel signs. */
export const bengaliWords = ['স্ক্রিনে', 'প্রতিষ্ঠাতার', 'ক্ষমাপ্রার্থী', 'বিপাকে', 'কোনো', 'ঘণ্টা', 'উদ্বৃত্ত', 'শৃঙ্খলা'];
