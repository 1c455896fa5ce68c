import { articleSource } from './content';
import { expect, test } from './shared-tab';
import { sourceArticles } from './site';

// Bengali joins case endings and particles to a word with a hyphen ("PhonePe-র", "ইউপিআই-এর"). A line that ends
// in "PhonePe-" with "র" alone on the next reads as two broken words, so the suffix must stay on its word's line,
// at every phone width where lines wrap differently.
const bengaliArticles = sourceArticles().filter(
  (article) => article.lang === 'bn' && /[\p{L}\p{M}\p{N}]-\p{Script=Bengali}/u.test(articleSource(article)),
);

for (const article of bengaliArticles) {
  test(`${article.path}: a hyphenated suffix never starts a line`, async ({ page, problems }) => {
    await page.goto(article.path);
    let checked = 0;
    for (const width of [320, 360, 400]) {
      await page.setViewportSize({ width, height: 800 });
      const broken = await page.evaluate(() => {
        // The article as a reader sees it: headline, standfirst and body, embedded cards and lists included.
        // Hidden definitions are not on any line; SVG text never wraps.
        const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
        const chars: { node: Text; offset: number; char: string }[] = [];
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.parentElement?.closest('.glossary-term__tip, code, pre, svg, [hidden]')) continue;
          [...node.data].reduce((offset, char) => (chars.push({ node, offset, char }), offset + char.length), 0);
        }
        const top = (at: { node: Text; offset: number; char: string }) => {
          const range = document.createRange();
          range.setStart(at.node, at.offset);
          range.setEnd(at.node, at.offset + at.char.length);
          return range.getBoundingClientRect().top;
        };
        const found: string[] = [];
        let joins = 0;
        chars.forEach((at, index) => {
          const before = chars[index - 1];
          const after = chars[index + 1];
          if (at.char !== '-' || !before || !after) return;
          if (!/[\p{L}\p{M}\p{N}]/u.test(before.char) || !/\p{Script=Bengali}/u.test(after.char)) return;
          joins++;
          const fontSize = parseFloat(getComputedStyle(at.node.parentElement!).fontSize);
          const tops = [before, at, after].map(top);
          if (Math.max(...tops) - Math.min(...tops) > fontSize / 2) {
            found.push(
              chars
                .slice(Math.max(0, index - 8), index + 4)
                .map((c) => c.char)
                .join(''),
            );
          }
        });
        return { found, joins };
      });
      expect(broken.found, `at ${width} px`).toEqual([]);
      checked += broken.joins;
    }
    expect(problems).toEqual([]);
    // Every piece here writes such a join, so the check had something to check.
    expect(checked).toBeGreaterThan(0);
  });
}
