import { z } from 'astro/zod';
import { langs, type Lang } from '../site.config';

/** A Zod schema for one string per site locale, e.g. `{ bn: '…', en: '…' }`. */
export function localizedString() {
  const shape = Object.fromEntries(langs.map((lang) => [lang, z.string().trim().min(1)]));
  return z.strictObject(shape) as unknown as z.ZodType<Record<Lang, string>>;
}
