import { readFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureSite } from './fixture-site';

const made: string[] = [];
const site = (files: Record<string, string>) => {
  const dir = fixtureSite(files);
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const story = (frontmatter: string, body: string) =>
  [
    '---',
    "title: 'Fixture story'",
    "description: 'A story that exists only in this test.'",
    'pubDate: 2026-11-25',
    "section: 'Tests'",
    "author: 'Test Desk'",
    frontmatter,
    '---',
    '',
    body,
    '',
  ].join('\n');

describe('astro build', { timeout: 300_000 }, () => {
  it('fails on a StatementCard with an unknown id, naming the MDX file and the id', () => {
    const dir = site({
      'content/stories/bn/fixture-bad-card.mdx': story(
        '',
        "import StatementCard from '../../../src/components/explainer/StatementCard.astro';\n\n" +
          'ভূমিকা।\n\n<StatementCard id="no-such-statement" />',
      ),
    });
    const { status, output } = buildFixture(dir);
    expect(status).not.toBe(0);
    // The line in the file as the editor sees it, frontmatter included.
    expect(output).toContain('content/stories/bn/fixture-bad-card.mdx:14:');
    expect(output).toContain('"no-such-statement" is not a statement');
  });

  it('shows updates under the headline, newest first, and dates the page by the newest', () => {
    const dir = site({
      'content/stories/en/fixture-updates.mdx': story(
        [
          'updates:',
          "  - { date: 2026-11-26, text: 'First update.' }",
          "  - { date: 2026-11-28, text: 'Newest update.' }",
          "  - { date: 2026-11-27, text: 'Middle update.' }",
        ].join('\n'),
        'The story.',
      ),
    });
    const { status, output } = buildFixture(dir);
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/en/news/fixture-updates/index.html'), 'utf8');

    const updates = html.slice(
      html.indexOf('class="updates"'),
      html.indexOf('</section>', html.indexOf('class="updates"')),
    );
    expect(
      [...updates.matchAll(/<li[^>]*><time datetime="([^"]+)"[^>]*>[^<]*<\/time>: ([^<]+)<\/li>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    ).toEqual([
      ['2026-11-28', 'Newest update.'],
      ['2026-11-27', 'Middle update.'],
      ['2026-11-26', 'First update.'],
    ]);
    // Right under the headline: after the header, before the text.
    expect(html.indexOf('</header>', html.indexOf('article-header'))).toBeLessThan(html.indexOf('class="updates"'));
    expect(html.indexOf('class="updates"')).toBeLessThan(html.indexOf('class="prose"'));

    expect(html).toMatch(/<meta property="article:modified_time" content="2026-11-28T00:00:00.000Z">/);
    expect(html).toContain('"dateModified":"2026-11-28T00:00:00.000Z"');
    expect(html).toMatch(/Updated: <time datetime="2026-11-28"[^>]*>28 November 2026<\/time>/);

    const feed = JSON.parse(readFileSync(join(dir, 'dist/en/feed.json'), 'utf8')) as {
      items: { url: string; date_modified: string }[];
    };
    expect(feed.items.find((item) => item.url.endsWith('/en/news/fixture-updates/'))?.date_modified).toBe(
      '2026-11-28T00:00:00.000Z',
    );
  });
});
