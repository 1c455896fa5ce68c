import { z } from 'astro/zod';
import bn from './locales/bn.json';

/**
 * UI strings are flat dotted keys. The default locale (Bengali) defines the
 * key set: every other locale must have exactly the same keys, none empty.
 */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(Object.keys(bn).map((key) => [key, z.string().trim().min(1)])),
);

/** A key of a UI string. */
export type UiKey = keyof typeof bn;
