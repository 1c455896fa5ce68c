import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, pagesOfBuild } from '../build-output';

const vnuJar = new URL('../../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('every built page is valid HTML to the W3C Nu HTML Checker', () => {
  test.setTimeout(180_000);
  const pages = pagesOfBuild();
  expect(spawnSync('java', ['-version']).status, 'Java runs the checker: apt-get install default-jre-headless').toBe(0);
  // The checker warns about every inline script and style under a <meta> CSP without checking their hashes
  // (and counts JSON-LD data as script); csp.spec.ts checks the policy in a browser instead.
  const cspWarning = '.*violates Content Security Policy.*';
  const result = spawnSync(
    'java',
    [
      '-jar',
      vnuJar,
      '--format',
      'json',
      '--stdout',
      '--filterpattern',
      cspWarning,
      ...pages.map((page) => join(distDir, page.file)),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(result.stdout) as { messages: VnuMessage[] };
  const where = (message: VnuMessage) =>
    `${(message.url ?? '').replace(`file:${distDir}`, 'dist/')}:${message.lastLine ?? '?'}`;
  const problems = messages
    .filter((message) => message.type !== 'info')
    .map((message) => `${where(message)}: ${message.message}${message.extract ? ` [${message.extract.trim()}]` : ''}`);
  const warnings = messages
    .filter((message) => message.subType === 'warning')
    .map((message) => `${where(message)}: ${message.message}`);
  if (warnings.length > 0) console.log(`Nu HTML Checker warnings:\n${warnings.join('\n')}`);
  expect(problems, `${pages.length} pages checked`).toEqual([]);
  expect(result.status).toBe(0);
});
