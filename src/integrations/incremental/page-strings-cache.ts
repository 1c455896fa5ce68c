import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { storedJsonLater } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';

/** Lists of strings found in one built page, by name (e.g. the runs of text each font face draws on it). */
export type PageStrings = Record<string, string[]>;

/** The file: what the lists were read with, every distinct string once, and each page's lists as indices into them. */
interface Stored {
  key: string;
  strings: string[];
  pages: Record<string, Record<string, number[]>>;
}

/**
 * What a build read from each of its pages, kept by the page's digest for the next build, which reads again only
 * the pages that changed. `key` names how the strings were read (the reader's version, its options): a file made
 * with another key is not used. The file keeps the pages of the last build only, each distinct string once.
 */
export class PageStringsCache {
  private readonly used = new Map<string, PageStrings>();
  private added = 0;

  private readonly file: string;
  private readonly key: string;
  private readonly kept: Stored | undefined;

  private constructor(file: string, key: string, kept: Stored | undefined) {
    this.file = file;
    this.key = key;
    this.kept = kept;
  }

  static async open(file: string, key: string): Promise<PageStringsCache> {
    const stored = await storedJsonLater<Stored>(file);
    return new PageStringsCache(file, key, stored?.key === key ? stored : undefined);
  }

  /** The lists read from a page with this digest, or the ones `read` reads now. */
  get(pageDigest: string, read: () => PageStrings): PageStrings {
    const known = this.used.get(pageDigest) ?? this.stored(pageDigest);
    const strings = known ?? read();
    if (!known) this.added += 1;
    this.used.set(pageDigest, strings);
    return strings;
  }

  /** Keeps the lists of the page with digest `from` for a page with digest `to` too (the page rewritten). */
  alias(from: string, to: string): void {
    const strings = this.used.get(from);
    if (!strings || this.used.has(to)) return;
    this.used.set(to, strings);
    this.added += 1;
  }

  /** Writes the pages this build read back, unless they are exactly the ones kept. */
  async save(): Promise<void> {
    const keptPages = this.kept ? Object.keys(this.kept.pages).length : 0;
    if (this.added === 0 && keptPages === this.used.size) return;
    const index = new Map<string, number>();
    const pages: Stored['pages'] = {};
    for (const [digest, lists] of this.used) {
      pages[digest] = Object.fromEntries(
        Object.entries(lists).map(([name, strings]) => [
          name,
          strings.map((string) => index.get(string) ?? index.set(string, index.size).get(string)!),
        ]),
      );
    }
    mkdirSync(dirname(this.file), { recursive: true });
    await writeAtomically(
      this.file,
      JSON.stringify({ key: this.key, strings: [...index.keys()], pages } satisfies Stored),
    );
  }

  private stored(pageDigest: string): PageStrings | undefined {
    const lists = this.kept?.pages[pageDigest];
    if (!lists) return undefined;
    const { strings } = this.kept!;
    return Object.fromEntries(Object.entries(lists).map(([name, indices]) => [name, indices.map((i) => strings[i]!)]));
  }
}
