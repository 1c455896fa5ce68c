import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nuHtmlCheck } from '../../shared/nu-html-checker';
import { distDir, pagesOfBuild } from '../build-output';

test('every built page is valid HTML to the W3C Nu HTML Checker', () => {
  test.setTimeout(180_000);
  const pages = pagesOfBuild();
  expect(spawnSync('java', ['-version']).status, 'Java runs the checker: apt-get install default-jre-headless').toBe(0);
  const { problems, warnings, status } = nuHtmlCheck(
    pages.map((page) => join(distDir, page.file)),
    join(distDir, '..'),
  );
  if (warnings.length > 0) console.log(`Nu HTML Checker warnings:\n${warnings.join('\n')}`);
  expect(problems, `${pages.length} pages checked`).toEqual([]);
  expect(status).toBe(0);
});
