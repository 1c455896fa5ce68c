import { slug as githubSlug } from 'github-slugger';
import { langs } from '../site.config';
import { placeInCollection } from '../language/paths';

/**
 * The id Astro's glob loader gives a file, from its path relative to the
 * collection folder: each segment slugged, the extension dropped. Two files
 * with the same id are the same entry, and one would silently replace the other.
 */
export function globEntryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/**
 * What is wrong with the files of a mirrored collection
 * (`content/<collection>/<locale>/<slug>.mdx`), in plain words, one problem per
 * line: a file outside a locale folder, and two files that are the same entry
 * (`x.md` and `x.mdx`, or `X.mdx` and `x.mdx`) in the same locale.
 *
 * @param folder The collection folder as editors know it, e.g. `content/stories`.
 * @param files Paths of the collection's files, relative to `folder`, with `/` separators.
 */
export function mirroredFileProblems(folder: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const { folder: locale, lang, slug } = placeInCollection(file);
    if (!lang || slug === '') {
      const where = slug === '' ? 'is not in a locale folder' : `is in the folder "${locale}"`;
      problems.push(
        `${folder}/${file}: locale: the file ${where}, which is not one of the site's locales (${langs.join(', ')}). ` +
          `Move it to ${folder}/<locale>/, or add the locale to src/site.config.ts first.`,
      );
      continue;
    }
    const id = globEntryId(file);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    problems.push(
      `${same.map((file) => `${folder}/${file}`).join(' and ')}: slug: these files are the same entry "${id}" ` +
        `(same slug, same locale), and only one of them would be published. Keep one, or rename the other.`,
    );
  }
  return problems;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Top-level frontmatter values written as dates (`pubDate: 2026-02-30`) that
 * are not days of the calendar. YAML readers and `Date` roll such a date over
 * into the next month without a word, so the raw text is the only place the
 * mistake can be seen. Returns one problem per field, naming the field.
 */
export function impossibleDates(frontmatter: string): string[] {
  const problems: string[] = [];
  // A whole value that is a date, perhaps with a time, quoted or not: `pubDate: 2026-02-30`.
  const dateLine =
    /^([A-Za-z_][\w-]*):[ \t]*(['"]?)(\d{4})-(\d{2})-(\d{2})(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\2[ \t]*(?:#.*)?$/gm;
  for (const match of frontmatter.matchAll(dateLine)) {
    const [, field, , year, month, day] = match as unknown as [string, string, string, string, string, string];
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    const text = `${year}-${month}-${day}`;
    if (m < 1 || m > 12) {
      problems.push(`${field}: ${text} is not a date: there is no month ${m}.`);
      continue;
    }
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > daysInMonth) {
      problems.push(`${field}: ${text} is not a date: ${monthNames[m - 1]} ${y} has ${daysInMonth} days.`);
    }
  }
  return problems;
}
