/**
 * `npm run new -- <story|live|explainer|statement> <slug>`: starts a piece in every
 * configured locale, refusing a bad kind or slug, a slug already in use and one a renamed piece had before.
 * A `live` story starts its coverage now, with a first update.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pieceKinds, scaffoldPiece, type PieceKind } from './scaffold.ts';
import { contentIndex } from '../content-index/content-index.ts';
import { previousSlugsOf } from '../content-index/frontmatter.ts';
import { uiStringsFile } from '../i18n/ui-strings-file.ts';
import { langs } from '../language/locales.ts';
import { defaultLang, locales, site } from '../site.config.ts';

const root = process.env.SCAFFOLD_ROOT ?? process.cwd();
const [kind, slug] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

if (!kind || !(kind in pieceKinds) || !slug) {
  fail(`usage: npm run new -- <${Object.keys(pieceKinds).join('|')}> <slug>`);
}
const collection = pieceKinds[kind as PieceKind];
const content = contentIndex(join(root, 'content'));
const taken = langs.map((code) => content.piece(collection, slug, code)).find(Boolean);
if (taken) fail(`${taken.file} already exists; pick another slug.`);
const renamed = content.pieces.find(
  (piece) => piece.collection === collection && previousSlugsOf(piece.data).includes(slug),
);
if (renamed) fail(`${renamed.file} was published as "${slug}" before (previousSlugs); pick another slug.`);

const ordered = [...locales].sort((a, b) => Number(b.code === defaultLang) - Number(a.code === defaultLang));
const organization = content.dataFiles('organizations')[0]?.id;

let files;
try {
  files = scaffoldPiece({
    kind: kind as PieceKind,
    slug,
    date: new Date().toISOString().slice(0, 10),
    time: `${new Date().toISOString().slice(0, 16)}Z`,
    organization: organization ?? fail('content/organizations/ is empty; add an organisation first.'),
    locales: ordered.map(({ code }) => ({
      code,
      strings: uiStringsFile(code),
      publisher: (site.publisher as Record<string, string>)[code] ?? '',
    })),
  });
} catch (error) {
  fail((error as Error).message);
}
for (const file of files) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.content, { flag: 'wx' });
  console.log(`wrote ${file.path}`);
}
