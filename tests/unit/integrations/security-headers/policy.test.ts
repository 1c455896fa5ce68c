import { describe, expect, it } from 'vitest';
import {
  cspOfPage,
  headerCsp,
  headersFile,
  securityHeaders,
} from '../../../../src/integrations/security-headers/policy';

const policy = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self';";

describe('cspOfPage', () => {
  it('reads the policy Astro writes into the <meta> tag, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`;
    expect(cspOfPage(html)).toBe("script-src 'self';");
    expect(cspOfPage('<head></head>')).toBeUndefined();
  });
});

describe('headerCsp', () => {
  it('adds what a <meta> policy cannot say: who may frame the page', () => {
    expect(headerCsp(policy)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
    );
  });
});

describe('headersFile', () => {
  it('gives every path the headers, and one policy when all pages share it', () => {
    const file = headersFile([
      { path: '/', csp: policy },
      { path: '/bn/', csp: policy },
    ]);
    expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual(['/*']);
    for (const [name, value] of Object.entries(securityHeaders)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain(`  Content-Security-Policy: ${headerCsp(policy)}\n`);
  });

  it('gives each page its own policy when they differ, never two policies to one path', () => {
    const other = "script-src 'self' 'sha256-xyz=';";
    const file = headersFile([
      { path: '/en/', csp: other },
      { path: '/', csp: policy },
    ]);
    const rules = file.split('\n').filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/*', '/', '/en/']);
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(2);
    expect(file).toMatch(
      /\/en\/\n {2}Content-Security-Policy: script-src 'self' 'sha256-xyz='; frame-ancestors 'none'\n/,
    );
  });
});
