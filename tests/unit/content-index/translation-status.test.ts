import { describe, expect, it } from 'vitest';
import {
  formatStatus,
  isComplete,
  recordedRevision,
  revisionOf,
  translationStatus,
  type ContentFile,
} from '../../../src/content-index/translation-status';

const langs = ['bn', 'en'];
const bnSource = '---\ntitle: উৎস\n---\n\nমূল লেখা।\n';
const file = (lang: string, slug: string, source: string, collection = 'stories'): ContentFile => ({
  collection,
  lang,
  slug,
  path: `content/${collection}/${lang}/${slug}.mdx`,
  source,
});
const translation = (revision: string) => `---\ntitle: Source\nsourceRevision: '${revision}'\n---\n\nText.\n`;

describe('revisionOf', () => {
  it('is twelve hex digits that change with the text, not with line endings', () => {
    expect(revisionOf(bnSource)).toMatch(/^[0-9a-f]{12}$/);
    expect(revisionOf(bnSource.replace(/\n/g, '\r\n'))).toBe(revisionOf(bnSource));
    expect(revisionOf(bnSource.replace('মূল', 'নতুন'))).not.toBe(revisionOf(bnSource));
  });

  it('stays the same when the source lists the old slugs of a renamed piece, in either YAML form', () => {
    const flow = bnSource.replace('title: উৎস\n', "title: উৎস\npreviousSlugs: ['bank-outage']\n");
    const block = bnSource.replace('title: উৎস\n', 'previousSlugs:\n  - bank-outage\n  - upi-outage\ntitle: উৎস\n');
    const last = bnSource.replace('title: উৎস\n', 'title: উৎস\npreviousSlugs:\n- bank-outage\n');
    for (const renamed of [flow, block, last]) expect(revisionOf(renamed), renamed).toBe(revisionOf(bnSource));
  });

  it('still changes with any other line of the frontmatter, and with a previousSlugs line in the text', () => {
    const withTags = bnSource.replace('title: উৎস\n', "title: উৎস\npreviousSlugs: ['a']\ntags: ['ইউপিআই']\n");
    expect(revisionOf(withTags)).not.toBe(revisionOf(bnSource));
    expect(revisionOf(`${bnSource}\npreviousSlugs: ['a']\n`)).not.toBe(revisionOf(bnSource));
  });
});

describe('recordedRevision', () => {
  it('reads sourceRevision from the frontmatter', () => {
    expect(recordedRevision(translation('0123456789ab'))).toBe('0123456789ab');
    expect(recordedRevision('---\ntitle: x\n---\n')).toBeUndefined();
  });
});

describe('translationStatus', () => {
  it('calls a translation current when it records the source’s revision', () => {
    const statuses = translationStatus(
      [file('bn', 'a', bnSource), file('en', 'a', translation(revisionOf(bnSource)))],
      langs,
    );
    expect(statuses).toEqual([
      {
        collection: 'stories',
        slug: 'a',
        sourceLang: 'bn',
        locales: {
          bn: { state: 'source', path: 'content/stories/bn/a.mdx', revision: revisionOf(bnSource) },
          en: { state: 'current', path: 'content/stories/en/a.mdx' },
        },
      },
    ]);
    expect(isComplete(statuses)).toBe(true);
  });

  it('calls it stale when the source changed since, or when it records nothing', () => {
    const [changed] = translationStatus(
      [file('bn', 'a', bnSource), file('en', 'a', translation('000000000000'))],
      langs,
    );
    expect(changed!.locales.en).toEqual({
      state: 'stale',
      path: 'content/stories/en/a.mdx',
      recorded: '000000000000',
      current: revisionOf(bnSource),
    });
    const [unrecorded] = translationStatus([file('bn', 'a', bnSource), file('en', 'a', '---\ntitle: x\n---\n')], langs);
    expect(unrecorded!.locales.en).toMatchObject({ state: 'stale', recorded: undefined });
  });

  it('lists a missing translation with the path it should have, and takes the first locale that has the entry as its source', () => {
    const statuses = translationStatus([file('bn', 'a', bnSource), file('en', 'only-en', 'English first')], langs);
    expect(statuses.map((entry) => [entry.slug, entry.sourceLang, entry.locales])).toEqual([
      ['a', 'bn', expect.objectContaining({ en: { state: 'missing', path: 'content/stories/en/a.mdx' } })],
      ['only-en', 'en', expect.objectContaining({ bn: { state: 'missing', path: 'content/stories/bn/only-en.mdx' } })],
    ]);
    expect(isComplete(statuses)).toBe(false);
  });
});

describe('formatStatus', () => {
  it('tells the editor what to do and counts each state', () => {
    const report = formatStatus(
      translationStatus(
        [
          file('bn', 'a', bnSource),
          file('en', 'a', translation('000000000000')),
          file('bn', 'b', bnSource, 'explainers'),
        ],
        langs,
      ),
    );
    expect(report).toContain(`set sourceRevision: ${revisionOf(bnSource)}`);
    expect(report).toContain('content/explainers/en/b.mdx does not exist yet');
    expect(report).toContain('2 entries: 0 translations up to date, 1 stale, 1 missing.');
  });
});
