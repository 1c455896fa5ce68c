import { describe, expect, it } from 'vitest';
import { lastModified, updatesNewestFirst, wasUpdated } from '../../../src/site/modified-date';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('lastModified', () => {
  it('moves with a live story’s newest update, in whatever order they are written', () => {
    const liveUpdates = [{ time: '2026-11-25T10:00+05:30' }, { time: '2026-11-25T11:15+05:30' }];
    expect(lastModified({ pubDate: day('2026-11-25'), liveUpdates })).toEqual(new Date('2026-11-25T05:45:00Z'));
    expect(wasUpdated({ pubDate: day('2026-11-25'), liveUpdates })).toBe(true);
  });

  it('is the publication date of a piece that never changed', () => {
    expect(lastModified({ pubDate: day('2026-11-25') })).toEqual(day('2026-11-25'));
    expect(wasUpdated({ pubDate: day('2026-11-25'), updates: [] })).toBe(false);
  });

  it('follows the newest update, whatever order the updates are written in', () => {
    const updates = [
      { date: day('2026-11-26'), text: 'first' },
      { date: day('2026-11-28'), text: 'newest' },
      { date: day('2026-11-27'), text: 'middle' },
    ];
    expect(lastModified({ pubDate: day('2026-11-25'), updates })).toEqual(day('2026-11-28'));
    expect(wasUpdated({ pubDate: day('2026-11-25'), updates })).toBe(true);
  });

  it('takes updatedDate when it is later than every update, and the update when it is later', () => {
    const updates = [{ date: day('2026-11-26'), text: 'x' }];
    expect(lastModified({ pubDate: day('2026-11-25'), updatedDate: day('2026-11-30'), updates })).toEqual(
      day('2026-11-30'),
    );
    expect(lastModified({ pubDate: day('2026-11-25'), updatedDate: day('2026-11-25'), updates })).toEqual(
      day('2026-11-26'),
    );
  });
});

describe('lastModified with corrections', () => {
  const correction = (iso: string) => ({ date: day(iso), original: 'x', corrected: 'y', reason: 'z' });

  it('moves to a correction published after the piece and its updates', () => {
    const piece = {
      pubDate: day('2026-11-24'),
      updates: [{ date: day('2026-11-25'), text: 'x' }],
      corrections: [correction('2026-11-24'), correction('2026-11-27')],
    };
    expect(lastModified(piece)).toEqual(day('2026-11-27'));
    expect(wasUpdated(piece)).toBe(true);
  });

  it('stays at the publication date when every correction was made as the piece was published', () => {
    const piece = { pubDate: day('2026-11-24'), corrections: [correction('2026-11-24'), correction('2026-11-24')] };
    expect(lastModified(piece)).toEqual(day('2026-11-24'));
    expect(wasUpdated(piece)).toBe(false);
  });

  it('follows a later update past an earlier correction', () => {
    const piece = {
      pubDate: day('2026-11-24'),
      updates: [{ date: day('2026-11-29'), text: 'x' }],
      corrections: [correction('2026-11-26')],
    };
    expect(lastModified(piece)).toEqual(day('2026-11-29'));
  });
});

describe('updatesNewestFirst', () => {
  it('puts the newest first and keeps the written order within a day, without changing its input', () => {
    const updates = [
      { date: day('2026-11-26'), text: 'a' },
      { date: day('2026-11-27'), text: 'b' },
      { date: day('2026-11-26'), text: 'c' },
    ];
    expect(updatesNewestFirst(updates).map((update) => update.text)).toEqual(['b', 'a', 'c']);
    expect(updates.map((update) => update.text)).toEqual(['a', 'b', 'c']);
  });
});
