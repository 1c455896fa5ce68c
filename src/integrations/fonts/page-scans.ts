import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { detached } from '../shared/detached-string.ts';
import { inlineStylesheets } from '../shared/inline-styles.ts';
import { storedJson } from '../shared/stored-json.ts';
import { writeAtomically } from '../shared/write-atomically.ts';

/** Bump when what a scan reads of a file changes (`scanOf`). */
const scanVersion = 1;

/** What the font step reads of a built page or stylesheet before it reads its text. */
export interface PageScan {
  /** SHA-256 of the file's text. */
  digest: string;
  /** The asset file names it mentions (`assetName`). */
  names: string[];
  /** Its stylesheets: the file itself for a `.css`, each inline `<style>` for a page. */
  sheets: string[];
}

/** An asset name (`noto-sans-bengali-bengali-400-normal.dN2VMkWJ.woff2`), never matched from inside a word. */
export const assetName = /(?<![\w-])[\w-]+(?:\.[\w-]+)*\.(?:woff2?|ttf|otf|css|js|mjs|png|svg|jpe?g|webp|avif|gif)\b/g;

/** The scan of a file's `text`; `css` for a stylesheet file. Only copies are kept, never slices of the page. */
export function scanOf(text: string, css: boolean): PageScan {
  return {
    digest: createHash('sha256').update(text).digest('hex'),
    names: [...new Set(text.match(assetName)?.map(detached))],
    sheets: (css ? [text] : inlineStylesheets(text)).map(detached),
  };
}

interface StoredScan {
  size: number;
  mtimeMs: number;
  digest: string;
  names: string[];
  /** Indices into `Stored.sheets`: the site's pages share a few stylesheets. */
  sheets: number[];
}

interface Stored {
  version: number;
  dir: string;
  sheets: string[];
  files: Record<string, StoredScan>;
}

/**
 * The scans of the last build's files, by path, with each file's size and modification time when it was scanned. A
 * build that keeps `dist/` (`src/integrations/incremental/kept-pages.ts`, which keeps it only when every file has
 * the size and time the last build left) leaves most pages as they were: those are not read again, the others are.
 * Saved with the scans of this build's files, each with the size and time it has once the font step has written it.
 */
export class PageScans {
  private readonly kept: Map<string, StoredScan>;
  private readonly keptSheets: string[];
  private readonly dir: string;
  private readonly scans = new Map<string, { scan: PageScan; size: number; mtimeMs: number }>();

  private constructor(dir: string, stored: Stored | undefined) {
    this.dir = dir;
    const usable = stored?.version === scanVersion && stored.dir === dir ? stored : undefined;
    this.kept = new Map(Object.entries(usable?.files ?? {}));
    this.keptSheets = usable?.sheets ?? [];
  }

  /** No scans: every file is read. */
  static none(dir: string): PageScans {
    return new PageScans(dir, undefined);
  }

  /** The scans kept in `file` for the build folder `dir`; none when they were made for another, or by another version. */
  static open(file: string, dir: string): PageScans {
    return new PageScans(dir, storedJson<Stored>(file));
  }

  /** The scan of `file`: the one kept, when the file has the size and time it had then; else read now. */
  scan(file: string): PageScan {
    const { size, mtimeMs } = statSync(file);
    const kept = this.kept.get(file);
    const scan =
      kept && kept.size === size && kept.mtimeMs === mtimeMs
        ? { digest: kept.digest, names: kept.names, sheets: kept.sheets.map((index) => this.keptSheets[index]!) }
        : scanOf(readFileSync(file, 'utf8'), file.endsWith('.css'));
    this.scans.set(file, { scan, size, mtimeMs });
    return scan;
  }

  /** The scan of `file` this build made or kept, if any. */
  scanned(file: string): PageScan | undefined {
    return this.scans.get(file)?.scan;
  }

  /**
   * Notes that `file` was written with `content` (a page rewritten, a stylesheet renamed): its scan is made from its
   * text, or, when the writer knows what it names and its stylesheets (`known`), only its digest, of its text or of
   * its bytes (the same SHA-256).
   */
  written(file: string, content: string | Uint8Array, known?: Omit<PageScan, 'digest'>): PageScan {
    const text = () => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    const scan = known
      ? { digest: createHash('sha256').update(content).digest('hex'), ...known }
      : scanOf(text(), file.endsWith('.css'));
    const { size, mtimeMs } = statSync(file);
    this.scans.set(file, { scan, size, mtimeMs });
    return scan;
  }

  /** Forgets `file` (a stylesheet renamed away). */
  removed(file: string): void {
    this.scans.delete(file);
  }

  /** Writes the scans of this build's files to `file`. */
  async save(file: string): Promise<void> {
    const sheets = new Map<string, number>();
    const indexOf = (css: string) => sheets.get(css) ?? sheets.set(css, sheets.size).get(css)!;
    const files = Object.fromEntries(
      [...this.scans].map(([path, { scan, size, mtimeMs }]) => [
        path,
        { size, mtimeMs, digest: scan.digest, names: scan.names, sheets: scan.sheets.map(indexOf) },
      ]),
    );
    const stored: Stored = { version: scanVersion, dir: this.dir, sheets: [...sheets.keys()], files };
    mkdirSync(dirname(file), { recursive: true });
    await writeAtomically(file, JSON.stringify(stored));
  }
}
