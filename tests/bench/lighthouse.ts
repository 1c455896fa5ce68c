/**
 * `npm run bench:lighthouse`: Lighthouse in its mobile mode (simulated slow 4G,
 * a mid-range phone) against the built site served with brotli, on the home,
 * story, explainer, statement, search and archive pages of every language.
 * Prints the four category scores and the LCP of each page and writes them into
 * `docs/performance.md`. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeDocsSection } from './docs-section.ts';
import { serveStatic } from './static-server.ts';

const repo = new URL('../../', import.meta.url).pathname;
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4480);
const langs = ['bn', 'en'];
const paths = langs
  .flatMap((lang) =>
    ['', 'news/phonepe-outage/', 'explainers/upi/', 'statements/paytm/', 'search/', 'archive/'].map(
      (path) => `/${lang}/${path}`,
    ),
  )
  .filter((path) => existsSync(join(repo, 'dist', path, 'index.html')));

const server = await serveStatic(join(repo, 'dist'), port);
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
});
const rows: string[] = [];
const results: { path: string; scores: number[]; lcp: number }[] = [];
let version = '';
try {
  for (const path of paths) {
    const result = await lighthouse(`http://localhost:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const { categories, audits, lighthouseVersion } = result!.lhr;
    version = lighthouseVersion;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const lcp = Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN);
    const row = `| \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${lcp} |`;
    console.log(row);
    rows.push(row);
    results.push({ path, scores: ['performance', 'accessibility', 'best-practices', 'seo'].map(score), lcp });
  }
} finally {
  await chrome.kill();
  server.close();
}

const storyTarget = 900;
const section = [
  '## Lighthouse',
  '',
  `Lighthouse ${version} in its mobile mode (simulated slow 4G, a mid-range phone), against the built site served with brotli by \`tests/bench/static-server.ts\`: \`npm run build && npm run bench:lighthouse\`. Chromium here has Noto Sans Bengali installed, as most Android phones do, so the site's \`local()\` source draws Bengali and no font is downloaded. Targets: 100 in every category on every page, LCP ≤ ${storyTarget} ms on story pages.`,
  '',
  '| page | Performance | Accessibility | Best Practices | SEO | LCP (ms) |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
await writeDocsSection('lighthouse', section);
const missed = results.filter(
  ({ path, scores, lcp }) => scores.some((score) => score < 100) || (path.includes('/news/') && lcp > storyTarget),
);
console.log(
  missed.length === 0 ? 'Every target met.' : `Targets missed on: ${missed.map(({ path }) => path).join(', ')}`,
);
