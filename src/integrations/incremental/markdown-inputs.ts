import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../shared/files-under.ts';
import { directoryDigest, fileDigest } from './directory-digest.ts';

/**
 * A digest of everything besides a piece's own file that its compiled module or its HTML depends on: the site's code (the
 * Markdown transforms, the processor chosen in `src/site.config.ts`, a newsroom's own plugins wherever they sit),
 * the Astro config, the installed packages, `MARKDOWN_PROCESSOR`, the glossary (its terms become links and tips in
 * the text) and which statements exist (`<StatementCard>` ids are checked against them while compiling).
 */
export function markdownInputsDigest(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  const src = join(root, 'src');
  hash.update(`src\0${existsSync(src) ? directoryDigest(src) : '-'}\0`);
  for (const file of ['astro.config.mjs', 'package-lock.json', 'node_modules/.package-lock.json']) {
    hash.update(`${file}\0${fileDigest(join(root, file))}\0`);
  }
  hash.update(`MARKDOWN_PROCESSOR\0${process.env.MARKDOWN_PROCESSOR ?? ''}\0`);
  const glossary = join(contentDir, 'glossary');
  hash.update(`glossary\0${existsSync(glossary) ? directoryDigest(glossary) : '-'}\0`);
  const statements = join(contentDir, 'statements');
  const statementFiles = filesUnder(statements).sort();
  hash.update(`statements\0${statementFiles.join('\n')}`);
  return hash.digest('hex');
}
