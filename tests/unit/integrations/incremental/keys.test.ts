import { describe, expect, it } from 'vitest';
import { keyedByContent } from '../../../../src/integrations/incremental/keys';
import { publishContentDigest } from '../../../../src/patches/astro-route-digest';

describe('keyedByContent', () => {
  it('keys every path with the digest the integration published, and follows a new one', () => {
    publishContentDigest('digest-1');
    const paths = [{ params: { slug: 'a' } }, { params: { slug: 'b' } }];
    expect(keyedByContent(paths).map((path) => path.cacheKey)).toEqual(['digest-1', 'digest-1']);
    expect(keyedByContent(paths)[1]!.params).toEqual({ slug: 'b' });
    publishContentDigest('digest-2');
    expect(keyedByContent(paths)[0]!.cacheKey).toBe('digest-2');
  });
});
