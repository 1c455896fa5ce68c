/**
 * Edits a newsroom makes between two builds, each drawn at random (from a seeded generator) once and then applied
 * alike to several copies of the site, so that an incremental rebuild of one can be compared with a clean build of
 * another.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { pick } from '../bench/random';

/** One edit, decided: what it does, in words, and how to make it in a copy's root. */
export interface Edit {
  what: string;
  apply(root: string): void;
}

const langs = ['bn', 'en'] as const;
const collections = ['stories', 'explainers', 'statements'] as const;

/** Every piece's file, relative to the root: `content/<collection>/<lang>/<slug>.mdx`. */
function pieceFiles(root: string): string[] {
  return collections.flatMap((collection) =>
    langs.flatMap((lang) => {
      const dir = join(root, 'content', collection, lang);
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => name.endsWith('.mdx'))
            .sort()
            .map((name) => `content/${collection}/${lang}/${name}`)
        : [];
    }),
  );
}

/** Rewrites a piece's frontmatter through a YAML document, keeping its text. */
function editFrontmatter(root: string, file: string, change: (data: ReturnType<typeof parseDocument>) => void): void {
  const path = join(root, file);
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  const document = parseDocument(frontmatter);
  change(document);
  writeFileSync(path, `---\n${document.toString().trimEnd()}\n---\n${body}`);
}

/** The stories' slugs that exist in at least one language. */
function storySlugs(root: string): string[] {
  return [
    ...new Set(pieceFiles(root).flatMap((file) => (file.startsWith('content/stories/') ? [slugOf(file)] : []))),
  ].sort();
}

const slugOf = (file: string) =>
  file
    .split('/')
    .at(-1)!
    .replace(/\.mdx$/, '');

/** A new story in Bengali, and in English too when `translated`, tagged with an existing tag and a new one. */
export function newStory(slug: string, n: number, translated: boolean): (root: string) => void {
  return (root) => {
    // Each mentions UPI, a glossary term: the text links it and carries its definition.
    const story = (title: string, tags: string[], upi: string) =>
      `---\ntitle: '${title}'\ndescription: 'A short story for the incremental-build test, number ${n}.'\n` +
      `pubDate: 2026-11-${String(10 + (n % 18)).padStart(2, '0')}\nsection: 'News'\nauthor: 'Desk'\n` +
      `tags: [${tags.map((tag) => `'${tag}'`).join(', ')}]\nexplainers: ['upi']\nstatements: ['paytm']\n---\n\n` +
      `Paragraph one of story ${n}, on ${upi}.\n\n## A heading ${n}\n\nParagraph two of story ${n}.\n`;
    writeFileSync(
      join(root, `content/stories/bn/${slug}.mdx`),
      story(`নতুন খবর ${n}`, ['ইউপিআই', `বিষয় ${n}`], 'ইউপিআই'),
    );
    if (translated)
      writeFileSync(join(root, `content/stories/en/${slug}.mdx`), story(`New story ${n}`, ['UPI'], 'UPI'));
  };
}

/**
 * The kinds of content edit, each decided from the copy `reference` as it is now. Each kind exists whatever the
 * content: a story to delete or rename is added first when there is none besides the flagship story.
 */
export const contentEdits: Record<string, (reference: string, random: () => number, n: number) => Edit> = {
  'body edited': (reference, random, n) => {
    const file = pick(pieceFiles(reference), random);
    return {
      what: `a paragraph added to ${file}`,
      apply: (root) =>
        writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\nAn added paragraph, ${n}.\n`),
    };
  },
  'headline changed': (reference, random, n) => {
    const file = pick(pieceFiles(reference), random);
    return {
      what: `the headline of ${file} changed`,
      apply: (root) => editFrontmatter(root, file, (data) => data.set('title', `${String(data.get('title'))} (${n})`)),
    };
  },
  'glossary definition changed': (_reference, _random, n) => {
    // UPI's: the flagship story and every added story use the term.
    const file = 'content/glossary/upi.yaml';
    return {
      what: `the definitions in ${file} reworded`,
      apply: (root) => {
        const data = parseDocument(readFileSync(join(root, file), 'utf8'));
        for (const lang of ['bn', 'en'])
          data.setIn(['definition', lang], `${String(data.getIn(['definition', lang]))} (${n})`);
        writeFileSync(join(root, file), data.toString());
      },
    };
  },
  'tags changed': (reference, random, n) => {
    const file = pick(pieceFiles(reference), random);
    return {
      what: `a new tag on ${file}, its first one dropped`,
      apply: (root) =>
        editFrontmatter(root, file, (data) => {
          const tags = ((data.toJS() as { tags?: string[] }).tags ?? []).slice(1);
          data.set('tags', [...tags, `Topic ${n}`]);
        }),
    };
  },
  'date changed': (reference, random) => {
    const file = pick(pieceFiles(reference), random);
    const day = 1 + Math.floor(random() * 28);
    return {
      what: `${file} dated 2026-10-${day}`,
      apply: (root) =>
        editFrontmatter(root, file, (data) => data.set('pubDate', `2026-10-${String(day).padStart(2, '0')}`)),
    };
  },
  'translation removed': (reference, random) => {
    const file = pick(
      pieceFiles(reference).filter((path) => path.includes('/en/')),
      random,
    );
    return { what: `${file} deleted, its Bengali original kept`, apply: (root) => rmSync(join(root, file)) };
  },
  'translation added': (reference, random, n) => {
    const files = pieceFiles(reference);
    const untranslated = files.filter((path) => path.includes('/bn/') && !files.includes(path.replace('/bn/', '/en/')));
    if (untranslated.length === 0) {
      return { what: `story-${n} added in Bengali and English`, apply: newStory(`story-${n}`, n, true) };
    }
    const original = pick(untranslated, random);
    const file = original.replace('/bn/', '/en/');
    return {
      what: `${file} written`,
      apply: (root) => {
        writeFileSync(join(root, file), readFileSync(join(root, original), 'utf8'));
        editFrontmatter(root, file, (data) => data.set('title', `An English translation, ${n}`));
      },
    };
  },
  'story added': (_reference, random, n) => {
    const translated = random() < 0.5;
    return {
      what: `a new story, story-${n}, in Bengali${translated ? ' and English' : ' only'}`,
      apply: newStory(`story-${n}`, n, translated),
    };
  },
  'story deleted': (reference, random, n) => {
    const others = storySlugs(reference).filter((slug) => slug !== 'phonepe-outage');
    if (others.length === 0) return { what: `story-${n} added`, apply: newStory(`story-${n}`, n, true) };
    const slug = pick(others, random);
    return {
      what: `the story ${slug} deleted in every language`,
      apply: (root) =>
        langs.forEach((lang) => rmSync(join(root, `content/stories/${lang}/${slug}.mdx`), { force: true })),
    };
  },
  'story renamed': (reference, random, n) => {
    const slug = pick(storySlugs(reference), random);
    // Half the time, as a newsroom does once a story has been shared, the old slug is kept as an old address.
    const keepsAddress = random() < 0.5;
    return {
      what: `the story ${slug} renamed renamed-${n} in every language${keepsAddress ? ', its old slug listed' : ''}`,
      apply: (root) => {
        const renamed = langs.flatMap((lang) => {
          const from = join(root, `content/stories/${lang}/${slug}.mdx`);
          if (!existsSync(from)) return [];
          renameSync(from, join(root, `content/stories/${lang}/renamed-${n}.mdx`));
          return [`content/stories/${lang}/renamed-${n}.mdx`];
        });
        if (keepsAddress)
          editFrontmatter(root, renamed.at(-1)!, (data) => {
            const listed = (data.toJS() as { previousSlugs?: string[] }).previousSlugs ?? [];
            data.set('previousSlugs', [...listed, slug]);
          });
      },
    };
  },
};

/** Edits of code rather than content: a UI string, the middleware and a value of the site's configuration. */
export const codeEdits: Record<string, (n: number) => Edit> = {
  'UI string changed': (n) => ({
    what: 'the English read-next heading reworded',
    apply: (root) => {
      const file = join(root, 'src/i18n/locales/en.json');
      const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      strings['readNext.title'] = `Read next, ${n}`;
      writeFileSync(file, `${JSON.stringify(strings, null, 2)}\n`);
    },
  }),
  'middleware changed': (n) => ({
    what: "the middleware (not a route's code to Astro) ends every page with a comment",
    apply: (root) =>
      replaceIn(root, 'src/middleware.ts', [
        [
          'const own = withOwnHashesOnly(html);',
          `const own = withOwnHashesOnly(html).replace('</body>', '<!-- ${n} --></body>');`,
        ],
      ]),
  }),
  'config value changed': () => ({
    what: 'feeds carry the newest 3 pieces, the home page 2 of each kind',
    apply: (root) =>
      replaceIn(root, 'src/site.config.ts', [
        ['feeds: { items: 50 }', 'feeds: { items: 3 }'],
        ['lists: { home: 8,', 'lists: { home: 2,'],
      ]),
  }),
};

/** Replaces each `from` in a file with its `to`; fails when one is not there, so that an edit never silently does nothing. */
export function replaceIn(root: string, file: string, replacements: [from: string, to: string][]): void {
  let text = readFileSync(join(root, file), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${file} has no "${from}" to replace`);
    text = text.replace(from, to);
  }
  writeFileSync(join(root, file), text);
}
