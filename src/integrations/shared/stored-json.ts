import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * What a build cache kept in `file` as JSON, or undefined when there is none or it cannot be read: a cache that
 * cannot be read (a disk that filled up, a hand edit) is built again, never trusted and never a failed build. Each
 * caller checks the version or key it stored with it.
 */
export function storedJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** `storedJson`, read without holding up the build meanwhile. */
export function storedJsonLater<T>(file: string): Promise<T | undefined> {
  return readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as T)
    .catch(() => undefined);
}
