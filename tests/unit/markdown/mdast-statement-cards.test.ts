import { describe, expect, it } from 'vitest';
import mdastStatementCards from '../../../src/markdown/mdast-statement-cards';
import { compileMdx, processors } from './process';

const contentDir = new URL('./fixtures/content/', import.meta.url).pathname;
const bnStory = `${contentDir}stories/bn/outage.mdx`;

describe.each(processors)('mdast-statement-cards (%s)', (processor) => {
  const compile = (source: string, path: string = bnStory) =>
    compileMdx(processor, source, { mdast: [mdastStatementCards({ contentDir })], path });

  it('accepts a card whose id is the slug of a statement', async () => {
    await expect(compile('Intro.\n\n<StatementCard id="paytm" />')).resolves.toBeTruthy();
  });

  it('accepts a statement that exists in another language only: the page shows the original', async () => {
    await expect(compile('<StatementCard id="english-only" />')).resolves.toBeTruthy();
  });

  it('fails on an unknown id, naming the MDX file, the line and the id', async () => {
    const error = await compile('Intro.\n\n<StatementCard id="no-such-statement" />').catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('stories/bn/outage.mdx:3');
    expect((error as Error).message).toContain('"no-such-statement" is not a statement');
  });

  it('fails on an id that names a language folder, saying to write the slug alone', async () => {
    await expect(compile('<StatementCard id="en/paytm" />')).rejects.toThrow(
      /outage\.mdx:1: <StatementCard> id "en\/paytm" names a language folder; write the statement's slug alone/,
    );
  });

  it('fails on a card without a plain-string id', async () => {
    await expect(compile('<StatementCard id={"pay" + "tm"} />')).rejects.toThrow(
      /needs an id written as a plain string/,
    );
    await expect(compile('<StatementCard />')).rejects.toThrow(/needs an id/);
  });

  it('checks inline cards too, and leaves other components alone', async () => {
    await expect(compile('Text <StatementCard id="nope" /> here.')).rejects.toThrow(/"nope" is not a statement/);
    await expect(compile('<OtherCard id="nope" />')).resolves.toBeTruthy();
  });
});
