import { spawnSync } from 'node:child_process';

const vnuJar = new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** What the W3C Nu HTML Checker (vnu-jar, run by Java) says of some HTML files. */
export interface NuReport {
  /** Errors, each as "file:line: message [extract]", the file relative to `root`. */
  problems: string[];
  /** Warnings, each as "file:line: message". */
  warnings: string[];
  /** The checker's exit status. */
  status: number | null;
}

/**
 * Runs the Nu HTML Checker on `files`. It warns about every inline script and style under a `<meta>` CSP without
 * checking their hashes (and counts JSON-LD data as script), so those warnings are left out: the browser tests check
 * the policy instead.
 */
export function nuHtmlCheck(files: readonly string[], root: string): NuReport {
  const result = spawnSync(
    'java',
    [
      '-jar',
      vnuJar,
      '--format',
      'json',
      '--stdout',
      '--filterpattern',
      '.*violates Content Security Policy.*',
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(result.stdout) as { messages: VnuMessage[] };
  const where = (message: VnuMessage) =>
    `${(message.url ?? '').replace(`file:${root.replace(/\/?$/, '/')}`, '')}:${message.lastLine ?? '?'}`;
  return {
    problems: messages
      .filter((message) => message.type !== 'info')
      .map(
        (message) => `${where(message)}: ${message.message}${message.extract ? ` [${message.extract.trim()}]` : ''}`,
      ),
    warnings: messages
      .filter((message) => message.subType === 'warning')
      .map((message) => `${where(message)}: ${message.message}`),
    status: result.status,
  };
}
