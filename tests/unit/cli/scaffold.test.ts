import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import bn from '../../../src/i18n/locales/bn.json';
import en from '../../../src/i18n/locales/en.json';
import { scaffoldPiece, type PieceKind } from '../../../src/cli/scaffold';
import { revisionOf } from '../../../src/content-index/translation-status';
import { liveUpdateProblems, readUpdates } from '../../../src/content-index/live-updates';

const request = (kind: PieceKind, slug = 'bank-outage') => ({
  kind,
  slug,
  date: '2026-11-28',
  organization: 'npci',
  locales: [
    { code: 'bn', strings: bn, publisher: 'ডেস্ক' },
    { code: 'en', strings: en, publisher: 'Desk' },
  ],
});

const frontmatter = (content: string) => parse(/^---\n([\s\S]*?)---\n/.exec(content)![1]!) as Record<string, unknown>;

describe('scaffoldPiece', () => {
  it('writes one file per locale, in the mirrored folders, with the same slug', () => {
    expect(scaffoldPiece(request('story')).map((file) => file.path)).toEqual([
      'content/stories/bn/bank-outage.mdx',
      'content/stories/en/bank-outage.mdx',
    ]);
  });

  it('fills every field a story needs, with placeholders in each language', () => {
    const [bengali, english] = scaffoldPiece(request('story')).map((file) => frontmatter(file.content));
    for (const data of [bengali!, english!]) {
      for (const field of ['title', 'description', 'pubDate', 'section', 'author'])
        expect(data[field], field).toBeTruthy();
      expect(data.pubDate).toBe('2026-11-28');
    }
    expect(bengali!.title).toMatch(/[\u0980-\u09FF]/);
    expect(english!.title).not.toMatch(/[\u0980-\u09FF]/);
  });

  it('gives a statement an organisation that exists and marks translations as such', () => {
    const [source, translation] = scaffoldPiece(request('statement')).map((file) => frontmatter(file.content));
    expect(source!.organization).toBe('npci');
    expect(source!.wording).toBe('reported');
    expect(translation!.wording).toBe('translated-report');
  });

  it('links each translation to the revision of its source, so the status starts up to date', () => {
    const [source, translation] = scaffoldPiece(request('explainer'));
    expect(frontmatter(source!.content).sourceRevision).toBeUndefined();
    expect(frontmatter(translation!.content).sourceRevision).toBe(revisionOf(source!.content));
  });

  it('starts a live story in every language with its coverage start and a first update at that time', () => {
    const files = scaffoldPiece({ ...request('live'), time: '2026-11-28T04:30Z' });
    expect(files.map((file) => file.path)).toEqual([
      'content/stories/bn/bank-outage.mdx',
      'content/stories/en/bank-outage.mdx',
    ]);
    for (const file of files) {
      const data = frontmatter(file.content);
      expect(data.coverage).toEqual({ start: '2026-11-28T04:30Z' });
      expect(data.section).toBeTruthy();
      const { updates, problems } = readUpdates(file.content.replace(/^---\n[\s\S]*?---\n/, ''));
      expect(problems).toEqual([]);
      expect(updates).toHaveLength(1);
      expect(updates[0]!.time).toBe('2026-11-28T04:30Z');
      expect(liveUpdateProblems({ start: new Date('2026-11-28T04:30Z') }, updates)).toEqual([]);
    }
    expect(readUpdates(files[0]!.content.split('---\n')[2]!).updates[0]!.headline).toMatch(/[\u0980-\u09FF]/);
  });

  it('refuses a slug that would make a long or unsafe link', () => {
    for (const slug of ['Bank_Outage', 'ব্যাঙ্ক', 'a--b', '-x', '../x']) {
      expect(() => scaffoldPiece(request('story', slug)), slug).toThrow(/not a valid slug/);
    }
  });
});
