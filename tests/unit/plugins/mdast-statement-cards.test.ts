import { describe, expect, it } from 'vitest';
import mdastStatementCards from '../../../src/plugins/mdast-statement-cards';
import { compileMdx } from './process';

const contentDir = new URL('./fixtures/content/', import.meta.url).pathname;
const bnStory = `${contentDir}stories/bn/outage.mdx`;

const compile = (source: string, path: string = bnStory) =>
  compileMdx(source, { mdast: [mdastStatementCards({ contentDir })], path });

describe('mdast-statement-cards', () => {
  it('accepts a card whose id names a statement in the page’s language', async () => {
    await expect(compile('Intro.\n\n<StatementCard id="bn/paytm" />')).resolves.toBeTruthy();
  });

  it('fails on an unknown id, naming the MDX file, the line and the id', async () => {
    const error = await compile('Intro.\n\n<StatementCard id="bn/no-such-statement" />').catch(
      (caught: Error) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('stories/bn/outage.mdx:3');
    expect((error as Error).message).toContain('"bn/no-such-statement" is not a statement');
  });

  it('fails on a statement in another language', async () => {
    await expect(compile('<StatementCard id="en/paytm" />')).rejects.toThrow(
      /outage\.mdx:1: <StatementCard> id "en\/paytm" is in "en", but this page is in "bn"/,
    );
  });

  it('fails on a card without a plain-string id', async () => {
    await expect(compile('<StatementCard id={"bn/" + "paytm"} />')).rejects.toThrow(
      /needs an id written as a plain string/,
    );
    await expect(compile('<StatementCard />')).rejects.toThrow(/needs an id/);
  });

  it('checks inline cards too, and leaves other components alone', async () => {
    await expect(compile('Text <StatementCard id="bn/nope" /> here.')).rejects.toThrow(/"bn\/nope" is not a statement/);
    await expect(compile('<OtherCard id="bn/nope" />')).resolves.toBeTruthy();
  });
});
