import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cspOfPage, headerCsp, securityHeaders } from '../../../src/integrations/security-headers/policy';
import { distDir, headersFor, pagesOfBuild } from '../build-output';

test('dist/_headers gives every page its policy and the security headers', () => {
  const pages = pagesOfBuild();
  for (const { file, path } of pages) {
    const headers = headersFor(encodeURI(path));
    const metaPolicy = cspOfPage(readFileSync(join(distDir, file), 'utf8'));
    expect(metaPolicy, `${file} carries its policy in a <meta> tag`).toBeDefined();
    expect(headers['Content-Security-Policy'], path).toBe(headerCsp(metaPolicy!));
    expect(headers).toMatchObject(securityHeaders);
  }
  // Any other path (a 404, a feed, an image) gets the same headers.
  expect(headersFor('/no/such/page/')).toMatchObject({ 'X-Content-Type-Options': 'nosniff' });
});

test('the policy allows no inline script without a hash, nothing from other origins, and no framing', () => {
  const policy = headersFor('/')['Content-Security-Policy']!;
  const directive = (name: string) => policy.split(/;\s*/).find((entry) => entry.startsWith(`${name} `));
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  for (const name of ['script-src', 'style-src']) {
    expect(directive(name)).toMatch(new RegExp(`^${name} 'self'( 'sha256-[A-Za-z0-9+/]+=*')*$`));
  }
});
