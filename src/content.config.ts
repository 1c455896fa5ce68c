import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { localizedString } from './content-index/localized';
import { mirroredGlob } from './content-index/mirrored-glob';
import { renderedInThisShard } from './integrations/shards/rendered-pieces';

/**
 * Mirrored, per-language articles: `content/<collection>/<lang>/<slug>.mdx`.
 * A file outside a locale folder, two files for one slug and locale, or an
 * impossible date fails the build.
 */
const articles = (collection: string) => mirroredGlob(`content/${collection}`, renderedInThisShard);

/** A piece named by its slug, the file name without language folder or extension. */
const pieceSlug = z
  .string()
  .trim()
  .regex(/^[^/\\]+$/, 'a slug without a language folder, e.g. "upi" rather than "bn/upi"');

/** Fields every article carries, whatever its kind. */
const articleBase = z.object({
  /** Headline as readers see it; also the page title and the feed item title. */
  title: z.string().trim().min(1),
  /** One or two sentences for lists, search results and link previews. */
  description: z.string().trim().min(1),
  /** When the piece was first published. */
  pubDate: z.coerce.date(),
  /** When the piece last changed in substance. */
  updatedDate: z.coerce.date().optional(),
  /**
   * Dated notes on what changed after publication, in the piece's language.
   * Shown under the headline, newest first; the newest one also moves the
   * page's modified date (see `lastModified` in `src/site/modified-date.ts`).
   */
  updates: z
    .array(
      z.object({
        /** When the piece changed, e.g. 2026-11-26. */
        date: z.coerce.date(),
        /** What changed, in a sentence or two. */
        text: z.string().trim().min(1),
      }),
    )
    .default([]),
  /**
   * Topics, in the piece's language; each gets a page at `/{lang}/topics/{topic}/`.
   * A translation lists the same topics in the same order as the original,
   * which is how topic pages find their counterpart in the other language.
   */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** Organisations the piece is about. */
  organizations: z.array(reference('organizations')).default([]),
  /**
   * The slugs the piece was published under before its files were renamed, e.g. `[upi-outage]`. Each old address,
   * in every language, leads to the piece's own (`src/content-index/moved-pieces.ts`), so links already shared keep
   * working. One language's file may list them for all.
   */
  previousSlugs: z.array(pieceSlug).default([]),
  /**
   * Translations only: the revision of the source-language file this text was
   * translated from, as `npm run i18n:status` prints it (the first 12 hex digits
   * of the source file's SHA-256, its `previousSlugs` left out). When the source changes, the report lists the
   * translation as stale until it is brought up to date and this field set anew.
   */
  sourceRevision: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'twelve hex digits, as npm run i18n:status prints them, in quotes')
    .optional(),
});

/** News articles. */
const stories = defineCollection({
  loader: articles('stories'),
  schema: articleBase.extend({
    /** Section of the newsroom the story runs in, in the story's language. */
    section: z.string().trim().min(1),
    /** Byline. */
    author: z.string().trim().min(1),
    /**
     * Evident typos in the source text that were corrected, each listed for transparency. Shown on the page with its
     * date, published to search engines as a `CorrectionComment`, and the newest one moves the page's modified date.
     */
    corrections: z
      .array(
        z.object({
          /**
           * When the correction was published, e.g. 2026-11-24; the piece's `pubDate` for a typo of the source fixed
           * before the piece first appeared. Required: readers and search engines are told when the text changed.
           */
          date: z.coerce.date({
            error: 'every correction needs the date it was published, e.g. date: 2026-11-24',
          }),
          /** The text as the source printed it. */
          original: z.string().min(1),
          /** The text as published here. */
          corrected: z.string().min(1),
          /** Why, in the story's language. */
          reason: z.string().min(1),
        }),
      )
      .default([]),
    /** Ordered events of the story, in the story's language; no calendar dates the source lacks. */
    timeline: z
      .array(
        z.object({
          /** When it happened, as the source words it (e.g. "Monday evening"). */
          when: z.string().min(1),
          /** What happened. */
          event: z.string().min(1),
        }),
      )
      .default([]),
    /**
     * Explainers that give the background, by slug (`upi`). Each language's
     * page links its own translation, or the original until there is one.
     */
    explainers: z.array(pieceSlug).default([]),
    /** Statements the story reports, by slug (`paytm`), resolved like `explainers`. */
    statements: z.array(pieceSlug).default([]),
    /**
     * Makes the story a live story: when coverage started, and when it ended once it is over, each a time with its
     * zone (`2026-12-05T09:00+05:30`). The page says "live" until `end` has passed at build time, "coverage ended"
     * after. Updates are written in the text as `<Update time="…" headline="…">…</Update>`, newest first
     * (docs/editing.md, "Running a live story").
     */
    coverage: z
      .object({
        /** When coverage started; no update may be older. */
        start: z.coerce.date({ error: 'coverage.start needs a time with its zone, e.g. 2026-12-05T09:00+05:30' }),
        /** When coverage ended; left out while the story is live. No update may be newer. */
        end: z.coerce
          .date({ error: 'coverage.end needs a time with its zone, e.g. 2026-12-05T18:00+05:30' })
          .optional(),
      })
      .strict()
      .refine(({ start, end }) => !end || end.getTime() >= start.getTime(), {
        error: 'coverage.end is before coverage.start',
        path: ['end'],
      })
      .optional(),
    /**
     * Not written by hand: the loader reads the `<Update>` elements of the text into this list (time, headline,
     * plain text), newest first, for modified dates, structured data and build keys.
     */
    liveUpdates: z.array(z.object({ time: z.string(), headline: z.string().optional(), text: z.string() })).default([]),
  }),
});

/** Background explainers. */
const explainers = defineCollection({
  loader: articles('explainers'),
  schema: articleBase,
});

/** Statements by the companies involved, as a source reported them. */
const statements = defineCollection({
  loader: articles('statements'),
  schema: articleBase.extend({
    /** The organisation that made the statement. */
    organization: reference('organizations'),
    /** Who spoke, in the page's language. */
    speaker: z.string().trim().min(1),
    /** The speaker's role, in the page's language. */
    speakerRole: z.string().trim().min(1).optional(),
    /** Where the statement was made. */
    channel: z.enum(['x', 'social-media']),
    /**
     * How faithful the text is to the speaker's words: `reported` is the
     * source's paraphrase; `translated-report` is a translation of that paraphrase.
     */
    wording: z.enum(['reported', 'translated-report']),
  }),
});

/** Companies and bodies the content names, in every language. */
const organizations = defineCollection({
  loader: glob({ base: './content/organizations', pattern: '*.{yaml,yml,json}' }),
  schema: z.strictObject({
    /** Name per language. */
    name: localizedString(),
    /** What the organisation is, per language. */
    about: localizedString(),
    /** Official website. */
    site: z.url(),
  }),
});

/** Terms explainers define, in every language. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.{yaml,yml,json}' }),
  schema: z.strictObject({
    /** The term as written in running text, per language. */
    term: localizedString(),
    /** What the abbreviation stands for, if it is one. */
    expansion: z.string().trim().min(1).optional(),
    /** A one- or two-sentence definition, per language. */
    definition: localizedString(),
  }),
});

export const collections = { stories, explainers, statements, organizations, glossary };
