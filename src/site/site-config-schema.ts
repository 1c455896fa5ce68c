import { z } from 'astro/zod';

const isIntlLocale = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

const locale = z.object({
  code: z.string().regex(/^[a-z]{2,3}$/, 'a short lowercase language code such as "bn"'),
  name: z.string().min(1),
  intl: z.string().refine(isIntlLocale, 'not a BCP 47 language tag that Intl understands'),
  dir: z.enum(['ltr', 'rtl']),
  og: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'an Open Graph locale such as "bn_IN"'),
  wordsPerMinute: z.number().int().positive(),
  font: z
    .object({
      family: z.string().min(1),
      package: z.string().regex(/^@fontsource(-variable)?\/[a-z0-9-]+$/, 'an @fontsource package name'),
      subset: z.string().regex(/^[a-z0-9-]+$/),
    })
    .optional(),
});

/** What `src/site.config.ts` must hold, checked when the build starts. */
export const siteConfigSchema = z
  .object({
    locales: z.array(locale).min(1),
    defaultLang: z.string(),
    site: z.object({
      url: z.url(),
      name: z.record(z.string(), z.string().min(1)),
      tagline: z.record(z.string(), z.string().min(1)),
      publisher: z.record(z.string(), z.string().min(1)),
      timeZone: z.string().refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'an IANA time zone such as Asia/Kolkata'),
      logo: z.string().startsWith('/'),
      channels: z.object({ whatsapp: z.url().optional(), telegram: z.url().optional() }),
      feeds: z.object({ items: z.number().int().positive() }),
      lists: z.object({
        home: z.number().int().positive(),
        homeTopics: z.number().int().positive(),
        pageSize: z.number().int().positive(),
      }),
      build: z.object({ filesPerProcess: z.number().int().positive() }),
      /**
       * How many of the newest pieces of the reader's language a browser keeps for reading offline; 0 for none. They
       * are read from the language's feed, so no more than `feeds.items` are kept.
       */
      offline: z.object({ articles: z.number().int().nonnegative() }),
    }),
  })
  .superRefine((config, ctx) => {
    const codes = config.locales.map((entry) => entry.code);
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) issue(['locales', index, 'code'], `"${code}" is listed twice`);
      if (!config.site.name[code]) issue(['site', 'name', code], `the site has no name in "${code}"`);
      if (!config.site.tagline[code]) issue(['site', 'tagline', code], `the site has no tagline in "${code}"`);
      if (!config.site.publisher[code]) issue(['site', 'publisher', code], `the publisher has no name in "${code}"`);
    });
    if (!codes.includes(config.defaultLang)) {
      issue(['defaultLang'], `"${config.defaultLang}" is not one of the locales (${codes.join(', ')})`);
    }
  });

/** Throws a plain-words error naming `src/site.config.ts` and every wrong field. */
export function validateSiteConfig(config: unknown): void {
  const result = siteConfigSchema.safeParse(config);
  if (result.success) return;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`src/site.config.ts is not valid:\n${lines.join('\n')}`);
}
