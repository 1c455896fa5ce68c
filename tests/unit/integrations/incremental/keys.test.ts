import { describe, expect, it } from 'vitest';
import { inputsDigest, keyedBy } from '../../../../src/integrations/incremental/keys';

describe('keyedBy', () => {
  const paths = [
    { params: { slug: 'a' }, props: { title: 'A', date: new Date('2026-11-20T00:00:00Z') } },
    { params: { slug: 'b' }, props: { title: 'B', date: new Date('2026-11-20T00:00:00Z') } },
  ];

  it('keeps each path and keys it with a digest of the inputs it names', async () => {
    const keyed = await keyedBy(paths, ({ props }) => props);
    expect(keyed.map(({ params }) => params.slug)).toEqual(['a', 'b']);
    expect(keyed[0]!.cacheKey).toMatch(/^[0-9a-f]{64}$/);
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
  });

  it('gives the same key to the same inputs, however they were made, and another when one changes', async () => {
    const [first] = await keyedBy(paths, ({ props }) => props);
    const [again] = await keyedBy(paths, async ({ props }) => ({ ...props }));
    expect(again!.cacheKey).toBe(first!.cacheKey);
    const edited = [{ ...paths[0]!, props: { ...paths[0]!.props, date: new Date('2026-11-21T00:00:00Z') } }];
    const [later] = await keyedBy(edited, ({ props }) => props);
    expect(later!.cacheKey).not.toBe(first!.cacheKey);
  });

  it('tells apart inputs that only JSON keeps apart', () => {
    expect(inputsDigest({ tags: ['a,b'] })).not.toBe(inputsDigest({ tags: ['a', 'b'] }));
  });
});
