/**
 * `npm run bench:lighthouse`: Lighthouse in its mobile mode (simulated slow 4G,
 * a mid-range phone) against the built site served with brotli, on the home,
 * story, explainer, statement and search pages of every language. Prints the
 * four category scores and the LCP of each page and writes them into
 * `docs/performance.md`. Run `npm run build` first.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './static-server.ts';

const repo = new URL('../../', import.meta.url).pathname;
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4480);
const langs = ['bn', 'en'];
const paths = langs
  .flatMap((lang) =>
    ['', 'news/phonepe-outage/', 'explainers/upi/', 'statements/paytm/', 'search/'].map((path) => `/${lang}/${path}`),
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
try {
  for (const path of paths) {
    const result = await lighthouse(`http://localhost:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const { categories, audits } = result!.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const lcp = Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN);
    const row = `| \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${lcp} |`;
    console.log(row);
    rows.push(row);
  }
} finally {
  await chrome.kill();
  server.close();
}

const section = [
  '## Lighthouse',
  '',
  `Lighthouse ${(lighthouse as unknown as { version?: string }).version ?? ''} mobile mode (simulated throttling), the built site served with brotli by \`tests/bench/static-server.ts\`; \`npm run bench:lighthouse\`.`,
  '',
  '| page | Performance | Accessibility | Best Practices | SEO | LCP (ms) |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
const docs = join(repo, 'docs', 'performance.md');
const current = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Performance\n\n';
writeFileSync(
  docs,
  current.includes('## Lighthouse') ? current.replace(/## Lighthouse[\s\S]*$/, section) : `${current}\n${section}`,
);
