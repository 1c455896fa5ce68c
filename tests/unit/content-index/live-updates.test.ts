import { describe, expect, it } from 'vitest';
import {
  liveState,
  liveUpdateProblems,
  readUpdates,
  updateAnchor,
  updateTimeMismatch,
} from '../../../src/content-index/live-updates';

const text = `import Update from '../../../src/components/live/Update.astro';

Intro.

<Update time="2026-10-05T11:15+05:30" headline="Third">
The **third** update.
</Update>

<Update time="2026-10-05T10:00+05:30">
The second, without a headline.
</Update>
`.replace('Intro.', 'Intro.');

const coverage = { start: new Date('2026-10-05T09:00+05:30') };

describe('readUpdates', () => {
  it('reads each <Update> in the order written, with its time, headline and plain text', () => {
    expect(readUpdates(text)).toEqual({
      updates: [
        { time: '2026-10-05T11:15+05:30', headline: 'Third', text: 'The third update.' },
        { time: '2026-10-05T10:00+05:30', headline: undefined, text: 'The second, without a headline.' },
      ],
      problems: [],
    });
  });

  it('names the line of an update without a usable time', () => {
    const { problems } = readUpdates('\n<Update time="yesterday">x</Update>\n\n<Update>y</Update>\n');
    expect(problems).toEqual([
      expect.stringMatching(/^updates: the <Update> on line 2 needs time=.*not "yesterday"/),
      expect.stringMatching(/^updates: the <Update> on line 4 needs time=/),
    ]);
  });

  it('refuses a time without its zone, which would be read in the build machine’s zone', () => {
    expect(readUpdates('<Update time="2026-10-05T10:00">x</Update>').problems).toHaveLength(1);
  });
});

describe('liveUpdateProblems', () => {
  const { updates } = readUpdates(text);

  it('accepts updates written newest first inside the coverage', () => {
    expect(liveUpdateProblems(coverage, updates)).toEqual([]);
    expect(liveUpdateProblems({ ...coverage, end: new Date('2026-10-05T12:00+05:30') }, updates)).toEqual([]);
  });

  it('names an update before the start, after the end, a repeated time and updates out of order', () => {
    const problems = liveUpdateProblems(
      { start: new Date('2026-10-05T10:30+05:30'), end: new Date('2026-10-05T11:00+05:30') },
      [...updates, { time: '2026-10-05T04:30Z', text: 'same instant as 10:00 IST' }],
    );
    expect(problems).toEqual([
      'updates: <Update time="2026-10-05T11:15+05:30"> is after coverage.end (2026-10-05T05:30:00.000Z).',
      'updates: <Update time="2026-10-05T10:00+05:30"> is before coverage.start (2026-10-05T05:00:00.000Z).',
      'updates: <Update time="2026-10-05T04:30Z"> is before coverage.start (2026-10-05T05:00:00.000Z).',
      'updates: two <Update> elements have the time 2026-10-05T04:30Z; each needs its own.',
    ]);
    expect(liveUpdateProblems(coverage, [...updates].reverse())).toEqual([
      expect.stringContaining('write the newest update first'),
    ]);
  });

  it('names a coverage that ends before it starts, and nothing else', () => {
    const end = new Date('2026-10-05T08:00+05:30');
    expect(liveUpdateProblems({ ...coverage, end }, updates)).toEqual([
      'coverage.end: 2026-10-05T02:30:00.000Z is before coverage.start (2026-10-05T03:30:00.000Z).',
    ]);
  });

  it('refuses updates in a story without coverage, saying what to add', () => {
    expect(liveUpdateProblems(undefined, updates)).toEqual([
      expect.stringContaining('add coverage: { start: 2026-10-05T10:00+05:30 }'),
    ]);
    expect(liveUpdateProblems(undefined, [])).toEqual([]);
  });
});

describe('updateAnchor', () => {
  it('is the UTC minute of the update, whatever zone the time is written in', () => {
    expect(updateAnchor('2026-10-05T10:00+05:30')).toBe('update-2026-10-05t04-30z');
    expect(updateAnchor('2026-10-05T04:30Z')).toBe(updateAnchor('2026-10-05T10:00+05:30'));
  });
});

describe('liveState', () => {
  it('is live until the end has passed, ended from then on', () => {
    const now = new Date('2026-10-05T12:00+05:30');
    expect(liveState(coverage, now)).toBe('live');
    expect(liveState({ ...coverage, end: new Date('2026-10-05T13:00+05:30') }, now)).toBe('live');
    expect(liveState({ ...coverage, end: now }, now)).toBe('ended');
  });
});

describe('updateTimeMismatch', () => {
  it('lists the source’s updates a translation lacks and the ones only the translation has', () => {
    const source = readUpdates(text).updates;
    const translation = [
      { time: '2026-10-05T04:30Z', text: 'same instant' },
      { time: '2026-10-05T12:00+05:30', text: '' },
    ];
    expect(updateTimeMismatch(source, translation)).toEqual({
      missing: ['2026-10-05T11:15+05:30'],
      extra: ['2026-10-05T12:00+05:30'],
    });
  });
});
