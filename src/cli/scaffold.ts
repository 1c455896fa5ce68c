import { stringify } from 'yaml';
import type { ArticleCollection } from '../language/article-kinds.ts';
import { revisionOf } from '../content-index/translation-status.ts';

/** The kinds of piece `npm run new` can start, and the collection each lives in. */
export const pieceKinds = {
  story: 'stories',
  live: 'stories',
  explainer: 'explainers',
  statement: 'statements',
} as const satisfies Record<string, ArticleCollection>;
export type PieceKind = keyof typeof pieceKinds;

/** Short Latin slugs keep shared links short in every language. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a new piece needs to know about one locale. */
export interface ScaffoldLocale {
  code: string;
  /** UI strings for placeholders, in that locale. */
  strings: Record<string, string>;
  /** The publisher's name in that locale, the default byline. */
  publisher: string;
}

export interface ScaffoldRequest {
  kind: PieceKind;
  slug: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** For a live story, when coverage starts and its first update is published: `YYYY-MM-DDTHH:MMZ`. */
  time?: string;
  /** Every configured locale, the default (source) locale first. */
  locales: ScaffoldLocale[];
  /** An organisation id that exists, for a statement's required reference. */
  organization: string;
}

/** One file to write, relative to the repository root. */
export interface ScaffoldFile {
  path: string;
  content: string;
}

const fill = (template: string | undefined, slug: string) => (template ?? '').replaceAll('{{slug}}', slug);

/** A live story's text to start with: the import of `<Update>` and one update at the start of coverage. */
function firstUpdate(time: string, headline: string, text: string): string {
  return [
    "import Update from '../../../src/components/live/Update.astro';",
    '',
    `<Update time="${time}" headline="${headline.replaceAll('"', '&quot;')}">`,
    text,
    '</Update>',
  ].join('\n');
}

/**
 * The MDX files of a new piece, one per locale, with every required field
 * filled in so the site builds at once: placeholders in each language,
 * the date, ids that exist, and in each translation the `sourceRevision` of
 * the source file, so the translation status starts up to date.
 */
export function scaffoldPiece({ kind, slug, date, time, locales, organization }: ScaffoldRequest): ScaffoldFile[] {
  if (!slugPattern.test(slug)) {
    throw new Error(
      `"${slug}" is not a valid slug: use lowercase Latin letters, digits and single hyphens, e.g. "upi-outage".`,
    );
  }
  const collection = pieceKinds[kind];
  const files: ScaffoldFile[] = [];
  locales.forEach(({ code, strings, publisher }, index) => {
    const frontmatter: Record<string, unknown> = {
      title: fill(strings['scaffold.title'], slug),
      description: fill(strings['scaffold.description'], slug),
      pubDate: date,
      tags: [],
    };
    if (kind === 'story' || kind === 'live')
      Object.assign(frontmatter, { section: strings['scaffold.section'], author: publisher });
    if (kind === 'statement') {
      Object.assign(frontmatter, {
        organization,
        organizations: [organization],
        speaker: strings['scaffold.speaker'],
        channel: 'social-media',
        wording: index === 0 ? 'reported' : 'translated-report',
      });
    }
    const start = time ?? `${date}T00:00Z`;
    if (kind === 'live') frontmatter.coverage = { start };
    if (files[0]) frontmatter.sourceRevision = revisionOf(files[0].content);
    const body =
      kind === 'live'
        ? firstUpdate(start, strings['scaffold.updateHeadline'] ?? '', fill(strings['scaffold.update'], slug))
        : fill(strings['scaffold.body'], slug);
    files.push({
      path: `content/${collection}/${code}/${slug}.mdx`,
      content: `---\n${stringify(frontmatter)}---\n\n${body}\n`,
    });
  });
  return files;
}
