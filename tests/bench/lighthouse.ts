/**
 * `npm run bench:lighthouse`: Lighthouse in its mobile mode (simulated slow 4G,
 * a mid-range phone) against the built site served with brotli, on the home,
 * story, explainer, statement, search and archive pages of every language, with
 * this machine's fonts (Noto Sans Bengali installed). Then the Bengali articles
 * again as a first visit from phones without Noto Sans Bengali (the font
 * conditions of `tests/shared/font-conditions.ts`: Chromium sees only Latin
 * fonts, or those and Lohit Bengali), each next to a bare page of the same
 * article (its HTML without stylesheets, scripts or fonts) measured in the same
 * browser, so that LCP is reported as a ratio to that bare page. Prints the
 * four category scores, CLS and LCP of each page and writes them into
 * `docs/performance.md`. Run `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import { DomUtils, parseDocument } from 'htmlparser2';
import lighthouse from 'lighthouse';
import { fontConditionEnv, fontConditions, type FontCondition } from '../shared/font-conditions.ts';
import { writeDocsSection } from './docs-section.ts';
import { serveStatic } from './static-server.ts';

const repo = new URL('../../', import.meta.url).pathname;
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4480);
const langs = ['bn', 'en'];
const built = (path: string) => existsSync(join(repo, 'dist', path, 'index.html'));
const paths = langs
  .flatMap((lang) =>
    ['', 'news/phonepe-outage/', 'explainers/upi/', 'statements/paytm/', 'search/', 'archive/'].map(
      (path) => `/${lang}/${path}`,
    ),
  )
  .filter(built);
/** The pages measured under every font condition, each with its bare page: a story, an explainer and a statement. */
const articles = langs
  .flatMap((lang) => ['news/phonepe-outage/', 'explainers/upi/', 'statements/paytm/'].map((path) => `/${lang}/${path}`))
  .filter(built);

/** The page's own HTML without what a bare page lacks: stylesheets, scripts, font preloads, its security policy. */
function barePage(html: string): string {
  const document = parseDocument(html);
  const drop = DomUtils.findAll(
    (element) =>
      ['style', 'script'].includes(element.name) ||
      (element.name === 'link' && /stylesheet|preload|modulepreload/.test(element.attribs.rel ?? '')) ||
      (element.name === 'meta' && element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy'),
    document.children,
  );
  for (const element of drop) DomUtils.removeElement(element);
  return DomUtils.getOuterHTML(document, { encodeEntities: 'utf8' });
}

const bareRoot = mkdtempSync(join(tmpdir(), 'bare-pages-'));
for (const path of articles) {
  mkdirSync(join(bareRoot, path), { recursive: true });
  writeFileSync(
    join(bareRoot, path, 'index.html'),
    barePage(readFileSync(join(repo, 'dist', path, 'index.html'), 'utf8')),
  );
}
writeFileSync(join(bareRoot, '404.html'), '');

interface Result {
  condition: string;
  path: string;
  scores: number[];
  lcp: number;
  cls: number;
}

/** Every category the pinned Lighthouse reports (performance, accessibility, best practices, SEO in 13), with its title. */
const categories = new Map<string, string>();
const site = await serveStatic(join(repo, 'dist'), port);
const bare = await serveStatic(bareRoot, port + 1);
const results: Result[] = [];
const bareLcp = new Map<string, number>();
let version = '';

/** Runs Lighthouse on every page of `pagePaths` and the bare copies of `barePaths` in a Chromium that has `condition`'s fonts. */
async function measure(condition: FontCondition | undefined, pagePaths: string[], barePaths: string[]) {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...(condition ? { envVars: fontConditionEnv(condition) } : {}),
  });
  const name = condition?.id ?? 'installed';
  try {
    for (const [origin, path] of [
      ...barePaths.map((path) => [port + 1, path] as const),
      ...pagePaths.map((path) => [port, path] as const),
    ]) {
      const result = await lighthouse(`http://localhost:${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const { lhr } = result!;
      version = lhr.lighthouseVersion;
      const lcp = Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      if (origin !== port) {
        bareLcp.set(`${name} ${path}`, lcp);
        console.log(`${name} bare ${path}: LCP ${lcp} ms`);
        continue;
      }
      for (const [id, category] of Object.entries(lhr.categories)) categories.set(id, category.title);
      const scores = [...categories.keys()].map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
      results.push({ condition: name, path, scores, lcp, cls });
      console.log(`${name} ${path}: ${scores.join(' ')} LCP ${lcp} ms CLS ${cls.toFixed(3)}`);
    }
  } finally {
    await chrome.kill();
  }
}

try {
  await measure(undefined, paths, articles);
  for (const condition of fontConditions) await measure(condition, articles, articles);
} finally {
  site.close();
  bare.close();
  rmSync(bareRoot, { recursive: true, force: true });
}

const storyTarget = 900;
const clsTarget = 0.02;
const ratioTarget = 1.2;
const ratio = ({ condition, path, lcp }: Result) => {
  const bareValue = bareLcp.get(`${condition} ${path}`);
  return bareValue ? lcp / bareValue : undefined;
};
const conditionLabel = (id: string) =>
  fontConditions.find((condition) => condition.id === id)?.label ?? 'Noto Sans Bengali installed';
const row = (result: Result) => {
  const lcpRatio = ratio(result);
  return `| ${conditionLabel(result.condition)} | \`${result.path}\` | ${result.scores.join(' | ')} | ${result.lcp} | ${lcpRatio === undefined ? '' : `${lcpRatio.toFixed(2)}×`} | ${result.cls.toFixed(3)} |`;
};
const section = [
  '## Lighthouse',
  '',
  `Lighthouse ${version} in its mobile mode (simulated slow 4G, a mid-range phone), against the built site served with brotli by \`tests/bench/static-server.ts\`: \`npm run build && npm run bench:lighthouse\`. First every kind of page with this machine's fonts, which include Noto Sans Bengali, as most Android phones do: the site's \`local()\` source draws Bengali and no font is downloaded. Then the articles as a first visit from a phone without it: Chromium started with a fontconfig file that lists only Latin fonts (a phone with no Bengali font, which fetches the site's font at once), or those and Lohit Bengali (a phone with a Bengali font of its own, which draws the first page in it and fetches no font for it; \`tests/shared/font-conditions.ts\`, README "Fonts"). Each article's bare page (its HTML without stylesheets, scripts or fonts) is measured in the same browser, and LCP is given as a ratio to it. Targets: 100 in every category, LCP ≤ ${storyTarget} ms on story pages, LCP ≤ ${ratioTarget}× the bare page, CLS ≤ ${clsTarget}.`,
  '',
  `| fonts | page | ${[...categories.values()].join(' | ')} | LCP (ms) | LCP / bare page | CLS |`,
  `|---|---|${[...categories.values()].map(() => '---|').join('')}---|---|---|`,
  ...results.map(row),
].join('\n');
await writeDocsSection('lighthouse', section);
const missed = results.filter(
  (result) =>
    result.scores.some((score) => score < 100) ||
    (result.path.includes('/news/') && result.lcp > storyTarget) ||
    result.cls > clsTarget ||
    (ratio(result) ?? 0) > ratioTarget,
);
console.log(
  missed.length === 0
    ? 'Every target met.'
    : `Targets missed on: ${missed.map(({ condition, path }) => `${path} (${condition})`).join(', ')}`,
);
