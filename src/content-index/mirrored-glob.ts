import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { markdownInputsDigest } from '../integrations/incremental/markdown-inputs';
import { collectingErrors } from '../patches/glob-loader-errors';
import { withPlainMdxRendered } from '../patches/mdx-content-layer';
import { impossibleDates, mirroredFileProblems } from './content-checks';
import { bodyInPlace, contentIndex, forgetContentIndex, frontmatterOf, type ContentIndex } from './content-index';
import { liveUpdatesOf } from './live-story-entry';
import { entryModes, htmlDigests, modeCounts } from './entry-modes';
import { RenderedHtml, renderedHtmlFolder } from './rendered-html';
import { articleKinds, type ArticleCollection } from '../language/article-kinds';

/**
 * Astro's glob loader for a mirrored collection, `<folder>/<locale>/<slug>.mdx`,
 * that refuses what the glob loader lets through: a file outside the site's
 * locale folders, two files that would be the same entry (Astro keeps one and
 * only warns), a frontmatter date the calendar does not have, and a Markdown
 * file that fails to render (the glob loader logs that and carries on without
 * its text). Each failure stops the build with the file and the field named.
 * An `.mdx` file whose body is plain Markdown is rendered here, once per edit, as Astro renders `.md`, and its HTML kept
 * beside the content store (`rendered-html.ts`); one that needs MDX is compiled and bundled by Vite
 * (`src/patches/mdx-content-layer.ts`, `entry-modes.ts`).
 *
 * @param folder The collection's folder relative to the project root, e.g. `content/stories`.
 * @param renders Which files (root-relative) this build renders, from the content index; all when it gives `undefined`.
 *   The others are stored with their frontmatter and text only.
 */
export function mirroredGlob(
  folder: string,
  renders: (index: ContentIndex) => ((file: string) => boolean) | undefined = () => undefined,
): Loader {
  const loader = glob({ base: `./${folder}`, pattern: '**/*.{md,mdx}' });
  return {
    name: 'mirrored-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // In `astro dev`, an added or removed file must be seen by the next build of the index.
      context.watcher?.on('all', forgetContentIndex);
      const index = contentIndex(join(root, folder, '..'));
      const collection = basename(folder) as ArticleCollection;
      const files = index.collectionFiles(collection);
      const rendered = renders(index) ?? (() => true);
      const problems = mirroredFileProblems(folder, files);
      if (problems.length > 0) throw new Error(problems.join('\n'));
      const renderErrors: string[] = [];
      const keptHtml = new RenderedHtml(renderedHtmlFolder(context.config.cacheDir), collection);
      await loader
        .load({
          ...withPlainMdxRendered(context, rendered),
          store: entryModes(context.store, {
            renders: rendered,
            htmlInputs: markdownInputsDigest(root, index.dir),
            html: keptHtml,
            quoted: articleKinds[collection].quoted,
            ownPageOnly: articleKinds[collection].ownPageOnly,
          }),
          logger: collectingErrors(context.logger, renderErrors),
          parseData: async (entry) => {
            if (entry.filePath) {
              const source = readFileSync(entry.filePath, 'utf8');
              const dates = impossibleDates(frontmatterOf(source));
              const file = relative(root, entry.filePath).split(sep).join('/');
              if (dates.length > 0) throw new Error(dates.map((problem) => `${file}: ${problem}`).join('\n'));
              if (basename(folder) === 'stories') {
                const live = liveUpdatesOf({ file, body: bodyInPlace(source), data: entry.data, index });
                for (const warning of live.warnings) context.logger.warn(`${file}: ${warning}`);
                return context.parseData({ ...entry, data: { ...entry.data, liveUpdates: live.updates } });
              }
            }
            return context.parseData(entry);
          },
        })
        .catch((error: unknown) => Promise.reject(namingTheFile(error, root)));
      if (renderErrors.length > 0) throw new Error(renderErrors.join('\n'));
      keptHtml.keepOnly(htmlDigests(context.store));
      const { html, module, frontmatter } = modeCounts(context.store);
      context.logger.info(
        `${context.collection}: ${html} piece(s) rendered as Markdown, ${module} compiled as MDX, ${frontmatter} not rendered here`,
      );
    },
  };
}

/**
 * A frontmatter the MDX or Markdown parser cannot read as YAML, as an error that names the file as the rest of the
 * content checks do (`content/stories/en/x.mdx: not valid YAML …`); any other error as it is.
 */
function namingTheFile(error: unknown, root: string): unknown {
  const yaml = error as { name?: string; message?: string; loc?: { file?: string; line?: number; column?: number } };
  if (yaml?.name !== 'YAMLException' || !yaml.loc?.file) return error;
  const path = yaml.loc.file.startsWith('file:') ? fileURLToPath(yaml.loc.file) : yaml.loc.file;
  const file = relative(root, path).split(sep).join('/');
  return new Error(`${file}: not valid YAML (line ${yaml.loc.line}, column ${yaml.loc.column}). ${yaml.message}`);
}
