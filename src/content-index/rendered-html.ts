import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The HTML of the pieces rendered in the content layer (`entry-modes.ts`), kept in files beside Astro's content store
 * instead of inside it. Astro writes the whole store to one file and bundles it into the build's code on every build,
 * an edit or none: with the pieces' HTML in it, that was 13.6 MB for 1,000 stories per language, three quarters of it
 * HTML, and about two seconds of every rebuild (`docs/performance.md`). A page reads its piece's HTML from here when it
 * renders (`render-piece.ts`).
 *
 * Each file is named by the digest the store keeps for its entry: the entry's file, how it is stored and what its HTML
 * depends on besides the file (`entryModes`). An entry and its HTML cannot disagree: an edit, or a change to the
 * Markdown transforms, gives the entry a new digest and so a new file.
 */
export class RenderedHtml {
  readonly #dir: string;

  /**
   * @param folder The folder of all collections' HTML (`renderedHtmlFolder`).
   * @param collection The collection whose pieces' HTML this keeps, in a folder of its own.
   */
  constructor(folder: string, collection: string) {
    this.#dir = join(folder, collection);
  }

  /** The file of the entry whose stored digest is `digest`. */
  fileOf(digest: string): string {
    return join(this.#dir, `${createHash('sha256').update(digest).digest('hex').slice(0, 40)}.html`);
  }

  has(digest: string): boolean {
    return existsSync(this.fileOf(digest));
  }

  /** Keeps `html` for the entry. Written whole or not at all: a build stopped halfway leaves no cut-off HTML. */
  write(digest: string, html: string): void {
    const file = this.fileOf(digest);
    mkdirSync(this.#dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, html);
    renameSync(partial, file);
  }

  /** The entry's HTML; an error naming `source` (the piece's file) when it is not there. */
  read(digest: string, source: string): string {
    try {
      return readFileSync(this.fileOf(digest), 'utf8');
    } catch {
      throw new Error(
        `${source}: its rendered HTML is missing from ${this.#dir} (deleted during the build?). Build again with --force.`,
      );
    }
  }

  /** Deletes every file of the collection but those of `digests`: the HTML of earlier versions and deleted pieces. */
  keepOnly(digests: Iterable<string>): void {
    if (!existsSync(this.#dir)) return;
    const kept = new Set([...digests].map((digest) => this.fileOf(digest)));
    for (const name of readdirSync(this.#dir)) {
      const file = join(this.#dir, name);
      if (!kept.has(file)) rmSync(file, { force: true });
    }
  }
}

/** The folder of every collection's rendered HTML, in Astro's cache folder beside its content store. */
export function renderedHtmlFolder(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'rendered-html');
}
