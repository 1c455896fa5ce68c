import { describe, expect, it } from 'vitest';
import { topicPages } from '../../../src/site/topic-links';
import { topicSlugPath } from '../../../src/language/paths';
import { topicCounterpart, topicsIn, type TaggedPiece } from '../../../src/site/topics';
import { slug as githubSlug } from 'github-slugger';
import { topicSlug } from '../../../src/language/paths';

const piece = (collection: string, lang: 'bn' | 'en', slug: string, tags: string[]): TaggedPiece => ({
  collection,
  lang,
  slug,
  tags,
});

/** A story and an explainer in both languages, tags in the same order, plus an untranslated Bengali statement. */
const pieces = [
  piece('stories', 'bn', 'outage', ['PhonePe', 'ইউপিআই', 'ডিজিটাল পেমেন্ট']),
  piece('stories', 'en', 'outage', ['PhonePe', 'UPI', 'Digital payments']),
  piece('explainers', 'bn', 'upi', ['ইউপিআই', 'এনপিসিআই', 'ডিজিটাল পেমেন্ট']),
  piece('explainers', 'en', 'upi', ['UPI', 'NPCI', 'Digital payments']),
  piece('statements', 'bn', 'paytm', ['Paytm', 'বিবৃতি']),
];

describe('topicSlug', () => {
  it('keeps Bengali letters and signs, lower-cases Latin and joins words with hyphens', () => {
    expect(topicSlug('ডিজিটাল পেমেন্ট')).toBe('ডিজিটাল-পেমেন্ট');
    expect(topicSlug('Digital payments')).toBe('digital-payments');
    expect(topicSlug('PhonePe')).toBe('phonepe');
    expect(topicSlug('UPI/NPCI')).toBe('upi-npci');
    expect(topicSlug('C++ & Co.')).toBe('c-co');
    expect(topicSlug('#PhonePe ')).toBe('phonepe');
    expect(topicSlug("Paytm's app")).toBe('paytms-app');
    expect(topicSlug('ইউপিআই, এনপিসিআই')).toBe('ইউপিআই-এনপিসিআই');
    // র + zero-width joiner + ্য: a joiner inside a word keeps the word whole.
    expect(topicSlug('র\u200D্যাব অভিযান')).toBe(`${githubSlug('র\u200D্যাব')}-অভিযান`);
  });

  it('gives one slug to the same tag typed in two Unicode forms', () => {
    // য় as one code point and as য + nukta.
    expect(topicSlug('ন\u09DFা পথ')).toBe(topicSlug('ন\u09AF\u09BCা পথ'));
    expect(topicSlug('Cafe\u0301')).toBe(topicSlug('Caf\u00e9'));
  });
});

describe('topicsIn', () => {
  const collator = new Intl.Collator('en-IN');

  it('lists the topics of one language with their pieces in the given order', () => {
    const topics = topicsIn(pieces, 'en', collator);
    expect(topics.map((topic) => [topic.tag, topic.slug, topic.pieces.map((p) => p.slug)])).toEqual([
      ['Digital payments', 'digital-payments', ['outage', 'upi']],
      ['NPCI', 'npci', ['upi']],
      ['PhonePe', 'phonepe', ['outage']],
      ['UPI', 'upi', ['outage', 'upi']],
    ]);
  });

  it('refuses two spellings that would share one page, naming each with a piece that writes it', () => {
    const clash = [piece('stories', 'en', 'a', ['UPI']), piece('stories', 'en', 'b', ['upi'])];
    expect(() => topicsIn(clash, 'en', collator)).toThrow(
      'stories/en/b: the tag "upi" and the tag "UPI" of stories/en/a would share /en/topics/upi/. Use one spelling.',
    );
  });

  it('refuses a tag with nothing to make an address from', () => {
    expect(() => topicsIn([piece('stories', 'en', 'a', ['!!!'])], 'en', collator)).toThrow(/no letters or digits/);
  });
});

describe('topicCounterpart', () => {
  it('pairs tags by their position in a piece and its translation', () => {
    expect(topicCounterpart(pieces, 'ইউপিআই', 'bn', 'en')).toBe('UPI');
    expect(topicCounterpart(pieces, 'Digital payments', 'en', 'bn')).toBe('ডিজিটাল পেমেন্ট');
    expect(topicCounterpart(pieces, 'এনপিসিআই', 'bn', 'en')).toBe('NPCI');
  });

  it('has none for a tag only untranslated pieces carry', () => {
    expect(topicCounterpart(pieces, 'বিবৃতি', 'bn', 'en')).toBeUndefined();
  });

  it('has none when translations disagree about a tag', () => {
    const disagreeing = [
      ...pieces,
      piece('statements', 'bn', 'chari', ['ইউপিআই', 'বিবৃতি']),
      piece('statements', 'en', 'chari', ['Statements', 'UPI']),
    ];
    expect(topicCounterpart(disagreeing, 'ইউপিআই', 'bn', 'en')).toBeUndefined();
  });

  it('ignores a translation with a different number of tags', () => {
    const extra = [...pieces, piece('statements', 'en', 'paytm', ['Paytm', 'Statements', 'UPI'])];
    expect(topicCounterpart(extra, 'বিবৃতি', 'bn', 'en')).toBeUndefined();
    expect(topicCounterpart(extra, 'ইউপিআই', 'bn', 'en')).toBe('UPI');
  });
});

describe('topicPages', () => {
  it('gives each topic page its own path and its counterpart’s, and only its own without one', () => {
    const pages = topicPages(pieces);
    const find = (lang: string, tag: string) => pages.find((page) => page.lang === lang && page.topic.tag === tag)!;
    expect(find('bn', 'ইউপিআই').alternates).toEqual({ bn: '/bn/topics/ইউপিআই/', en: '/en/topics/upi/' });
    expect(find('en', 'UPI').alternates).toEqual({ bn: '/bn/topics/ইউপিআই/', en: '/en/topics/upi/' });
    expect(find('bn', 'বিবৃতি').alternates).toEqual({ bn: topicSlugPath('bn', 'বিবৃতি') });
    expect(pages.filter((page) => page.lang === 'bn')).toHaveLength(6);
  });
});
