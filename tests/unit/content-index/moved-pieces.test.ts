import { describe, expect, it } from 'vitest';
import { movedPages, movedPieces, redirectsFile, type PieceSlugs } from '../../../src/content-index/moved-pieces';

/** A piece's files in both languages, the Bengali one listing `previousSlugs`. */
const piece = (collection: PieceSlugs['collection'], slug: string, previousSlugs: string[] = []): PieceSlugs[] => [
  { collection, slug, file: `content/${collection}/bn/${slug}.mdx`, previousSlugs },
  { collection, slug, file: `content/${collection}/en/${slug}.mdx`, previousSlugs: [] },
];

describe('movedPieces', () => {
  it('leads each old slug to the piece that lists it, whichever language lists it', () => {
    const pieces = [...piece('stories', 'upi-outage-phonepe', ['upi-outage']), ...piece('stories', 'other')];
    expect(movedPieces(pieces)).toEqual([{ collection: 'stories', from: 'upi-outage', to: 'upi-outage-phonepe' }]);
  });

  it('keeps one old slug listed by both languages of a piece once', () => {
    const both = piece('explainers', 'upi-explained').map((file) => ({ ...file, previousSlugs: ['upi'] }));
    expect(movedPieces(both)).toHaveLength(1);
  });

  it('lets two collections each have a piece once called the same', () => {
    const pieces = [...piece('stories', 'paytm-says', ['paytm']), ...piece('statements', 'paytm-post', ['paytm'])];
    expect(movedPieces(pieces).map(({ collection, to }) => `${collection}:${to}`)).toEqual([
      'statements:paytm-post',
      'stories:paytm-says',
    ]);
  });

  it('refuses an old slug that is another piece’s slug now, naming both files', () => {
    const pieces = [...piece('stories', 'new-name', ['taken']), ...piece('stories', 'taken')];
    expect(() => movedPieces(pieces)).toThrow(
      'content/stories/bn/new-name.mdx: previousSlugs: "taken" is the slug of content/stories/en/taken.mdx',
    );
  });

  it('refuses an old slug two pieces list, naming both files', () => {
    const pieces = [...piece('stories', 'one', ['old']), ...piece('stories', 'two', ['old'])];
    expect(() => movedPieces(pieces)).toThrow(
      'content/stories/bn/two.mdx: previousSlugs: "old" is also listed by content/stories/bn/one.mdx',
    );
  });

  it('refuses the piece’s own slug', () => {
    expect(() => movedPieces(piece('stories', 'same', ['same']))).toThrow(
      'content/stories/bn/same.mdx: previousSlugs: "same" is the piece\'s own slug',
    );
  });
});

describe('movedPages', () => {
  it('gives the old address and the new one in every language', () => {
    expect(
      movedPages(piece('statements', 'paytm-post', ['paytm'])).map((page) => [page.fromPath, page.toPath]),
    ).toEqual([
      ['/bn/statements/paytm/', '/bn/statements/paytm-post/'],
      ['/en/statements/paytm/', '/en/statements/paytm-post/'],
    ]);
  });
});

describe('redirectsFile', () => {
  it('writes a permanent redirect a line, Bengali slugs percent-encoded as they are requested', () => {
    const file = redirectsFile(movedPages(piece('stories', 'ফোনপে-বিভ্রাট', ['বিভ্রাট'])));
    const lines = file.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      `${encodeURI('/bn/news/বিভ্রাট/')} ${encodeURI('/bn/news/ফোনপে-বিভ্রাট/')} 301`,
      `${encodeURI('/en/news/বিভ্রাট/')} ${encodeURI('/en/news/ফোনপে-বিভ্রাট/')} 301`,
    ]);
    expect(lines[0]).toMatch(/^\/bn\/news\/%E0%A6%AC[%0-9A-F]+\/ \/bn\/news\/%E0%A6%AB/);
  });

  it('is empty when no piece was renamed', () => {
    expect(redirectsFile(movedPages(piece('stories', 'phonepe-outage')))).toBe('');
  });
});
