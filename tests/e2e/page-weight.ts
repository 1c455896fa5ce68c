import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Page } from '@playwright/test';

/** One response a page load fetched, with the bytes it costs a reader. */
export interface FetchedResource {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, font, image, fetch… */
  type: string;
  /** Brotli-compressed size of a text response (as a static host serves it); the body's size otherwise. */
  bytes: number;
}

const textTypes = /^(text\/|application\/(javascript|json|xml|[\w.+-]+\+(json|xml))|image\/svg\+xml)/;

/** Sizes already computed, by the body's digest: every page loads the same stylesheet and fonts. */
const brotliSizes = new Map<string, number>();

/** A text body's size once brotli-compressed at the quality a static host uses for files it compresses ahead. */
export function brotliSize(body: Buffer | string): number {
  const digest = createHash('sha256').update(body).digest('base64');
  let size = brotliSizes.get(digest);
  if (size === undefined) {
    size = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    brotliSizes.set(digest, size);
  }
  return size;
}

/**
 * Loads `path` and returns every response the page fetched, until the network
 * is idle and the page's fonts are ready: what a first visit with an empty
 * cache downloads, even in a tab that has shown other pages (a routed page
 * has no HTTP cache: every request goes to the server).
 */
export async function loadResources(page: Page, path: string): Promise<FetchedResource[]> {
  await page.route('**/*', (route) => route.fallback());
  const pending: Promise<FetchedResource>[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith('data:')) return;
    pending.push(
      response.body().then((body) => {
        const contentType = response.headers()['content-type'] ?? '';
        return {
          url: response.url(),
          type: response.request().resourceType(),
          bytes: textTypes.test(contentType) ? brotliSize(body) : body.length,
        };
      }),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  return Promise.all(pending);
}

/** The sum of the resources' bytes. */
export function totalBytes(resources: readonly FetchedResource[]): number {
  return resources.reduce((sum, resource) => sum + resource.bytes, 0);
}

/** A list of resources for a failure message: size and URL, one a line. */
export function describe(resources: readonly FetchedResource[]): string {
  return resources
    .map((resource) => `${(resource.bytes / 1024).toFixed(1)} KiB ${resource.type} ${resource.url}`)
    .join('\n');
}
