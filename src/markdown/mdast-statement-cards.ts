/**
 * mdast transform (MDX): checks every `<StatementCard id="…" />` against the
 * statements in the content folder while the page is compiled, so a typo in
 * an id fails the build with the MDX file and line named, instead of a
 * broken card. The id is a statement's slug written as a plain string, such
 * as `paytm`, and a file `content/statements/<lang>/<id>.mdx` (or `.md`) must
 * exist in some language: each page shows the statement in its own language,
 * or the original until it is translated.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  defineMdastTransform,
  type MdastContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from './transform.ts';
import { langs } from '../site.config.ts';
import { documentPath } from './page-data.ts';

export interface StatementCardsOptions {
  /** The content root, with the statements under `statements/<lang>/`. */
  contentDir: string;
  /** The component's name in MDX. */
  component?: string;
}

export default function mdastStatementCards({ contentDir, component = 'StatementCard' }: StatementCardsOptions) {
  const check = (element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: MdastContext) => {
    if (element.name !== component) return;
    const path = documentPath(ctx.fileURL);
    const fail = (reason: string): never => {
      const line = element.position ? `:${element.position.start.line}` : '';
      throw new Error(`${path ? relative(process.cwd(), path) : 'MDX'}${line}: <${component}> ${reason}`);
    };
    const attribute = element.attributes.find(
      (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'id',
    );
    const id = attribute?.value;
    if (typeof id !== 'string' || id === '') return fail('needs an id written as a plain string, e.g. id="paytm".');
    if (/[/\\]/.test(id))
      return fail(`id "${id}" names a language folder; write the statement's slug alone, e.g. id="paytm".`);
    const exists = langs.some((lang) =>
      ['.mdx', '.md'].some((extension) => existsSync(join(contentDir, 'statements', lang, `${id}${extension}`))),
    );
    if (!exists) return fail(`id "${id}" is not a statement: there is no content/statements/<lang>/${id}.mdx.`);
    return undefined;
  };
  return defineMdastTransform({
    name: 'statement-cards',
    options: { position: true },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}
