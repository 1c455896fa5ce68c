import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/site.config';
import { articleFiles } from './content-files';

/**
 * A story that says "yesterday" and names a weekday tells the reader which
 * day it was published: the day after. Its `pubDate` must be that day, or the
 * page contradicts itself. The words come from `Intl` in each locale, so a new
 * language is checked without a list to keep.
 */
const dayMs = 24 * 60 * 60 * 1000;

function wordsOf(intl: string) {
  const yesterday = new Intl.RelativeTimeFormat(intl, { numeric: 'auto' }).format(-1, 'day');
  const weekdayFormat = new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' });
  // 2026-11-23 is a Monday: seven days from it give every weekday, in order.
  const weekdays = Array.from({ length: 7 }, (_, index) =>
    weekdayFormat.format(new Date(Date.UTC(2026, 10, 23) + index * dayMs)),
  );
  return { yesterday, weekdays };
}

/** The weekday index (0 = Monday) a text names alongside "yesterday", or undefined. */
function weekdaysBesideYesterday(text: string, intl: string): number[] {
  const { yesterday, weekdays } = wordsOf(intl);
  if (!text.toLocaleLowerCase(intl).includes(yesterday.toLocaleLowerCase(intl))) return [];
  return weekdays.flatMap((name, index) => (text.includes(name) ? [index] : []));
}

const mondayFirst = (date: Date) => (date.getUTCDay() + 6) % 7;

const stories = articleFiles().filter((article) => article.collection === 'stories');

describe('relative days in stories', () => {
  it('knows the words in each locale', () => {
    expect(wordsOf('bn-IN')).toMatchObject({ yesterday: 'গতকাল' });
    expect(wordsOf('bn-IN').weekdays[0]).toBe('সোমবার');
    expect(wordsOf('en-IN')).toMatchObject({ yesterday: 'yesterday' });
  });

  it('catches a story published on the wrong day', () => {
    expect(weekdaysBesideYesterday('গতকাল সন্ধ্যায়… সোমবার সন্ধ্যার দিকে', 'bn-IN')).toEqual([0]);
    expect(weekdaysBesideYesterday('On Monday evening…', 'en-IN')).toEqual([]);
  });

  it.each(stories.map((story) => [story.file, story] as const))(
    '%s is dated the day after the weekday it calls yesterday',
    (_, story) => {
      const intl = locales.find((locale) => locale.code === story.lang)!.intl;
      const published = new Date(String(story.data.pubDate));
      const text = `${String(story.data.description)}\n${story.body}`;
      const dayBefore = (mondayFirst(published) + 6) % 7;
      for (const weekday of weekdaysBesideYesterday(text, intl)) {
        expect(wordsOf(intl).weekdays[weekday], `pubDate ${String(story.data.pubDate)}`).toBe(
          wordsOf(intl).weekdays[dayBefore],
        );
      }
    },
  );
});
