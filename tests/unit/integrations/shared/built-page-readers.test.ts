import { describe, expect, it } from 'vitest';
import { builtPagesRead, readingBuiltPages } from '../../../../src/integrations/shared/built-page-readers';

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
}

describe('builtPagesRead', () => {
  it('settles at once when no step reads the pages', async () => {
    expect(await settled(builtPagesRead())).toBe(true);
  });

  it('waits for every step still reading the pages', async () => {
    const search = Promise.withResolvers<void>();
    const links = Promise.withResolvers<void>();
    readingBuiltPages(search.promise);
    readingBuiltPages(links.promise);
    const read = builtPagesRead();
    search.resolve();
    expect(await settled(read)).toBe(false);
    links.resolve();
    expect(await settled(read)).toBe(true);
  });

  it('counts a step that failed as done reading, without failing itself', async () => {
    const search = Promise.withResolvers<void>();
    readingBuiltPages(search.promise);
    const read = builtPagesRead();
    search.reject(new Error('Pagefind could not start'));
    await expect(read).resolves.toBeUndefined();
  });
});
