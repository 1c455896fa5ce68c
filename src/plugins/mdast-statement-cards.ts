/**
 * mdast plugin (MDX): checks every `<StatementCard id="…" />` against the
 * statements in the content folder while the page is compiled, so a typo in
 * an id fails the build with the MDX file and line named, instead of a
 * broken card. The id must be a plain string such as `bn/paytm`, name a file
 * `content/statements/<id>.mdx` (or `.md`), and be in the page's own language:
 * a Bengali story never embeds an English statement.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineMdastPlugin, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { contentFilePlace } from '../lib/content-file';
import { documentPath } from './page-data';

export interface StatementCardsOptions {
  /** The content root, with the statements under `statements/<lang>/`. */
  contentDir: string;
  /** The component's name in MDX. */
  component?: string;
}

export default function mdastStatementCards({ contentDir, component = 'StatementCard' }: StatementCardsOptions) {
  const check = (element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: MdastVisitorContext) => {
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
    if (typeof id !== 'string' || id === '') return fail('needs an id written as a plain string, e.g. id="bn/paytm".');
    const exists = ['.mdx', '.md'].some((extension) => existsSync(join(contentDir, 'statements', `${id}${extension}`)));
    if (!exists) return fail(`id "${id}" is not a statement: there is no content/statements/${id}.mdx.`);
    const lang = id.split('/')[0];
    const page = contentFilePlace(contentDir, path);
    if (page && lang !== page.lang) {
      return fail(`id "${id}" is in "${lang}", but this page is in "${page.lang}". Use the ${page.lang} translation.`);
    }
    return undefined;
  };
  return defineMdastPlugin({
    name: 'statement-cards',
    options: { position: true },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}
