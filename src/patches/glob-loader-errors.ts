/**
 * Astro 7.3.5's glob loader reports a Markdown file that fails to render
 * through `logger.error` and carries on without the file's text. This hands
 * the loader a logger that also collects those messages, so the caller can
 * fail the build with them. `tests/unit/patches/mirrored-glob.test.ts` runs
 * the real loader and fails when Astro reports such a file another way.
 */
import type { LoaderContext } from 'astro/loaders';

type Logger = LoaderContext['logger'];

/** `logger`, with every error also pushed to `errors`. */
export function collectingErrors(logger: Logger, errors: string[]): Logger {
  return Object.assign(Object.create(logger) as Logger, {
    error(message: string) {
      errors.push(message);
      logger.error(message);
    },
  });
}
