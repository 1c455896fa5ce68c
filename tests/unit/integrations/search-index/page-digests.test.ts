import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDigest } from '../../../../src/integrations/search-index/cache';
import { notePageDigests, PageDigests } from '../../../../src/integrations/search-index/page-digests';

const outage = 'bn/news/outage/index.html';

/** A built site of one article page, and an empty cache folder. */
function builtSite(): { site: string; cache: string } {
  const site = mkdtempSync(join(tmpdir(), 'digests-site-'));
  mkdirSync(join(site, 'bn/news/outage'), { recursive: true });
  writeFileSync(join(site, outage), '<html lang="bn"><body data-pagefind-body>বিভ্রাট</body></html>');
  return { site, cache: mkdtempSync(join(tmpdir(), 'digests-cache-')) };
}

/** Notes `digest` for the outage page as the last build's, with the page's size and time now. */
async function noteAsLastBuild(site: string, cache: string, digest: string): Promise<void> {
  await notePageDigests(cache, site, { [outage]: { digest, body: true } });
}

describe('PageDigests', () => {
  it('reads a page the first time, and gives its digest and whether Pagefind indexes it', () => {
    const { site, cache } = builtSite();
    const digests = new PageDigests(site, cache);
    expect(digests.of(outage)).toEqual(pageDigest(site, outage));
    expect(digests.of(outage).body).toBe(true);
    expect(digests.seen).toEqual({ [outage]: pageDigest(site, outage) });
  });

  it("takes the last build's digest of a page with the size and time that build left, without reading it", async () => {
    const { site, cache } = builtSite();
    await noteAsLastBuild(site, cache, 'noted');
    expect(new PageDigests(site, cache).of(outage).digest).toBe('noted');
  });

  it('reads again a page written since, even with the same size', async () => {
    const { site, cache } = builtSite();
    await noteAsLastBuild(site, cache, 'noted');
    const page = join(site, outage);
    writeFileSync(page, readFileSync(page, 'utf8').replace('বিভ্রাট', 'সমাধান'));
    utimesSync(page, new Date(), new Date(Date.now() + 5000));
    expect(new PageDigests(site, cache).of(outage)).toEqual(pageDigest(site, outage));
  });

  it('does not take digests noted for another build folder', async () => {
    const { site, cache } = builtSite();
    await notePageDigests(cache, join(site, 'elsewhere'), { [outage]: { digest: 'noted', body: true } });
    expect(new PageDigests(site, cache).of(outage)).toEqual(pageDigest(site, outage));
  });

  it('reads every page when the notes cannot be read', () => {
    const { site, cache } = builtSite();
    writeFileSync(join(cache, 'page-digests.json'), '{"version":');
    expect(new PageDigests(site, cache).of(outage)).toEqual(pageDigest(site, outage));
  });
});
