import type { Page } from '@playwright/test';
import { articleSource, bengali, sourceGlossary, uiStrings } from './content';
import { expect, test } from './shared-tab';
import { langs, sourceArticles } from './site';

// Every component here must work for a reader whose JavaScript is off.
test.use({ javaScriptEnabled: false });

const articles = sourceArticles();
const stories = articles.filter((article) => article.collection === 'stories');
const explainers = articles.filter((article) => article.collection === 'explainers');
const glossary = sourceGlossary();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const story of stories) {
  test(`${story.path} opens with “what we know” and shows the timeline once`, async ({ page, problems }) => {
    const ui = uiStrings(story.lang);
    await page.goto(story.path);
    const facts = page.locator('.key-facts');
    await expect(facts.getByRole('heading', { level: 2 })).toHaveText(ui['keyFacts.title']);
    expect(await facts.locator('li').count()).toBeGreaterThanOrEqual(3);
    if (story.lang === 'bn') await expect(facts).toContainText(bengali);
    // The box comes before the story's first paragraph.
    const order = await page.evaluate(() => {
      const box = document.querySelector('.key-facts')!;
      const paragraph = document.querySelector('.prose > p')!;
      return box.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await expect(page.locator('.timeline')).toHaveCount(1);
    expect(problems).toEqual([]);
  });

  test(`${story.path} embeds each statement it reports, linked to the statement's page`, async ({ page, problems }) => {
    const ids = [...articleSource(story).matchAll(/<StatementCard id="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    await page.goto(story.path);
    const cards = page.locator('figure.statement-card');
    await expect(cards).toHaveCount(ids.length);
    for (const [index, id] of ids.entries()) {
      const statement = articles.find(
        (article) => article.lang === story.lang && article.slug === id && article.collection === 'statements',
      )!;
      const card = cards.nth(index);
      await expect(card.locator('blockquote')).toHaveText(statement.firstParagraph);
      await expect(card.locator('figcaption')).toContainText(statement.data.speaker as string);
      const link = card.getByRole('link', { name: statement.data.title });
      await expect(link).toHaveAttribute('href', statement.path);
    }
    const first = articles.find(
      (article) => article.lang === story.lang && article.slug === ids[0] && article.collection === 'statements',
    )!;
    await cards.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${escape(first.path)}$`));
    await expect(page.locator('h1')).toHaveText(first.data.title);
    expect(problems).toEqual([]);
  });
}

/** The text of `.prose` a reader reads as running text, in order: markup from components' props and plugins' asides left out. */
async function runningText(page: Page) {
  return page.evaluate(() => {
    const skip =
      'h1, h2, h3, h4, h5, h6, code, pre, blockquote, .glossary-term__tip, .statement-card, .timeline, .faq, .payment-diagram, .glossary';
    const walker = document.createTreeWalker(document.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
    const pieces: { text: string; linked: boolean }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(skip)) continue;
      const link = parent.closest('a');
      if (link && !link.parentElement?.classList.contains('glossary-term')) continue;
      pieces.push({ text: node.textContent ?? '', linked: Boolean(link) });
    }
    return pieces;
  });
}

for (const article of [...stories, ...explainers]) {
  test(`${article.path} links the first use of each glossary term, once`, async ({ page, problems }) => {
    await page.goto(article.path);
    const links = page.locator('.prose .glossary-term > a');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const text = await runningText(page);
    for (const term of glossary) {
      const word = new RegExp(
        `(?<![\\p{L}\\p{M}\\p{N}])${escape(term.term[article.lang])}(?![\\p{L}\\p{M}\\p{N}])`,
        'u',
      );
      const first = text.find((piece) => word.test(piece.text));
      const href = `/${article.lang}/explainers/upi/#glossary-${term.id}`;
      if (!first) {
        expect(hrefs, `${term.id} is not used, so not linked`).not.toContain(href);
        continue;
      }
      expect(first.linked, `the first “${term.term[article.lang]}” is the linked one`).toBe(true);
      expect(hrefs).toContain(href);
    }
    expect(problems).toEqual([]);
  });
}

for (const lang of langs) {
  const explainer = explainers.find((article) => article.lang === lang)!;

  test(`${lang}: Tab reaches a glossary term, and its definition is announced and shown`, async ({
    page,
    problems,
  }) => {
    await page.goto(explainer.path);
    const link = page.locator('.prose .glossary-term > a').first();
    const id = /#glossary-(.+)$/.exec((await link.getAttribute('href'))!)![1]!;
    const term = glossary.find((candidate) => candidate.id === id)!;
    for (let presses = 0; presses < 100; presses++) {
      await page.keyboard.press('Tab');
      if (await link.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(link).toBeFocused();
    await expect(link).toHaveText(term.term[lang]);
    await expect(link).toHaveAccessibleDescription(new RegExp(escape(term.definition[lang])));
    await expect(page.locator(`#glossary-tip-${id}`)).toBeVisible();
    await expect(page.locator(`#glossary-tip-${id}`)).toContainText(term.definition[lang]);
    await page.keyboard.press('Tab');
    await expect(page.locator(`#glossary-tip-${id}`)).toBeHidden();
    expect(problems).toEqual([]);
  });

  test(`${lang}: the explainer's glossary defines every term at its anchor`, async ({ page, problems }) => {
    await page.goto(explainer.path);
    for (const term of glossary) {
      const entry = page.locator(`#glossary-${term.id}`);
      await expect(entry.locator('dfn')).toHaveText(term.term[lang]);
      await expect(entry.locator('dd')).toHaveText(term.definition[lang]);
    }
    expect(problems).toEqual([]);
  });

  test(`${lang}: the payment diagram speaks the page's language and has a text alternative`, async ({
    page,
    problems,
  }) => {
    const ui = uiStrings(lang);
    await page.goto(explainer.path);
    const diagram = page.locator('figure.payment-diagram svg');
    await expect(diagram).toHaveAttribute('role', 'img');
    await expect(diagram).toHaveAccessibleName(new RegExp(`^${escape(ui['diagram.title'])}`));
    await expect(diagram).toHaveAccessibleName(new RegExp(escape(ui['diagram.desc'])));
    const labels = await diagram.locator('text').allTextContents();
    for (const key of ['diagram.payerApp', 'diagram.psp', 'diagram.npci', 'diagram.payee']) {
      expect(labels.map((label) => label.trim())).toContain(ui[key]);
    }
    if (lang === 'bn') {
      for (const label of labels) expect(label, label).toMatch(bengali);
    } else {
      for (const label of labels) expect(label, label).not.toMatch(bengali);
    }
    await expect(page.locator('figure.payment-diagram figcaption')).toHaveText(ui['diagram.title']);
    expect(problems).toEqual([]);
  });

  test(`${lang}: the FAQ opens by click and by keyboard`, async ({ page, problems }) => {
    await page.goto(explainer.path);
    const items = page.locator('details.faq__item');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
    if (lang === 'bn') await expect(items.first().locator('summary')).toContainText(bengali);
    const first = items.nth(0);
    await expect(first.locator('.faq__answer')).toBeHidden();
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    await expect(first.locator('.faq__answer')).toBeVisible();
    const second = items.nth(1);
    await second.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(second.locator('.faq__answer')).toBeVisible();
    expect(problems).toEqual([]);
  });
}
