import { langs, type Lang } from '../site.config';

/** Where a mirrored content entry sits: its language and its language-independent slug. */
export interface EntryPlace {
  lang: Lang;
  slug: string;
}

/** True when `code` is one of the site's locale codes. */
export function isLang(code: string | undefined): code is Lang {
  return code !== undefined && (langs as readonly string[]).includes(code);
}

/**
 * Splits a mirrored entry id such as `bn/phonepe-outage` into its locale and slug.
 * Throws an error naming the file when the entry is not inside a locale folder.
 */
export function parseEntryId(id: string, filePath = id): EntryPlace {
  const [lang, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!isLang(lang) || slug === '') {
    throw new Error(
      `${filePath}: content must live in a locale folder (${langs.join(', ')}), ` +
        `but its folder is "${rest.length ? lang : ''}". Move it to content/<collection>/<locale>/<slug>.mdx.`,
    );
  }
  return { lang, slug };
}
