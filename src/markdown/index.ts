/**
 * The site's Markdown and MDX setup in one call for `astro.config.mjs`: the
 * transforms in the order they run, the processor that runs them (chosen in
 * `src/site.config.ts`, or by `MARKDOWN_PROCESSOR` for one build), and an
 * integration that names that processor in the build log. MDX extends this
 * config (`@astrojs/mdx`'s default), so `.md` and `.mdx` get the same plugins.
 */
import type { AstroIntegration } from 'astro';
import { uiStringsFile } from '../i18n/ui-strings-file.ts';
import type { Lang, MarkdownSettings } from '../site.config';
import hastExternalLinks from './hast-external-links.ts';
import hastFigures from './hast-figures.ts';
import hastFootnotes from './hast-footnotes.ts';
import hastHeadingIds from './hast-heading-ids.ts';
import hastPictureLoading from './hast-picture-loading.ts';
import hastTableAlignment from './hast-table-alignment.ts';
import hastToc from './hast-toc.ts';
import hastUnbrokenSuffixes from './hast-unbroken-suffixes.ts';
import mdastGlossary from './mdast-glossary.ts';
import mdastMdxComponents from './mdast-mdx-components.ts';
import mdastReadingTime from './mdast-reading-time.ts';
import mdastImageFiles from './mdast-image-files.ts';
import mdastRequireAlt from './mdast-require-alt.ts';
import mdastStatementCards from './mdast-statement-cards.ts';
import { satteriProcessor } from './satteri.ts';

export interface SiteMarkdownOptions {
  /** The content root: pages' languages come from their paths, statements from `statements/<lang>/`. */
  contentDir: string;
  /** The folder of glossary files. */
  glossaryDir: string;
  /** Where a glossary term's definition lives on the site. */
  glossaryHref: (lang: Lang, id: string) => string;
  /** The site's URL: links to other origins are external. */
  siteUrl: string;
  /** `markdown` from `src/site.config.ts`. */
  settings: MarkdownSettings;
  /** `MARKDOWN_PROCESSOR`, which overrides `settings.processor` when set. */
  override?: string | undefined;
}

/** A language's words for footnotes, from its UI strings. */
const footnoteWords = (lang: Lang) => {
  const strings = uiStringsFile(lang);
  return { label: strings['footnotes.label']!, backTo: strings['footnotes.backTo']! };
};

/** The site's transforms, in the order they run. */
export function siteTransforms({ contentDir, glossaryDir, glossaryHref, siteUrl }: SiteMarkdownOptions) {
  return {
    mdast: [
      mdastRequireAlt(),
      mdastImageFiles(),
      mdastReadingTime(),
      mdastGlossary({ glossaryDir, contentDir, href: glossaryHref }),
      mdastStatementCards({ contentDir }),
      mdastMdxComponents(),
    ],
    hast: [
      hastFootnotes({ contentDir, words: footnoteWords }),
      hastHeadingIds(),
      hastToc(),
      hastExternalLinks({ siteUrl }),
      hastTableAlignment(),
      hastFigures(),
      hastPictureLoading(),
      hastUnbrokenSuffixes(),
    ],
  };
}

const processors = ['satteri', 'unified'] as const;

/** The processor a build uses and what chose it; a clear error for an unknown name or plugins Sätteri cannot run. */
export function chooseProcessor(settings: MarkdownSettings, override: string | undefined) {
  const chosenBy = override ? 'MARKDOWN_PROCESSOR' : 'src/site.config.ts';
  const name = override || settings.processor;
  if (!processors.includes(name as MarkdownSettings['processor'])) {
    throw new Error(`${chosenBy}: the Markdown processor "${name}" is not one of ${processors.join(', ')}.`);
  }
  const own = settings.remarkPlugins.length + settings.rehypePlugins.length;
  if (name === 'satteri' && own > 0) {
    throw new Error(
      `src/site.config.ts: markdown.remarkPlugins and markdown.rehypePlugins are unified plugins, which Sätteri ` +
        `does not run (the processor is satteri, chosen by ${chosenBy}). Set markdown.processor to 'unified', ` +
        `or build with MARKDOWN_PROCESSOR=unified.`,
    );
  }
  return { name: name as MarkdownSettings['processor'], chosenBy };
}

/**
 * Astro's `markdown` config for the site, and the integration that logs which processor compiles it. The unified
 * adapter is imported only when unified is chosen: remark, rehype and their plugins take 130 ms to load, at the start
 * of every build that Sätteri compiles.
 */
export async function markdownSetup(options: SiteMarkdownOptions) {
  const { settings } = options;
  const { name, chosenBy } = chooseProcessor(settings, options.override);
  const transforms = siteTransforms(options);
  const integration: AstroIntegration = {
    name: 'markdown',
    hooks: {
      'astro:config:setup': ({ logger }) => logger.info(`processor: ${name} (${chosenBy})`),
    },
  };
  return {
    config: {
      // Shiki colours code with inline style attributes, which the CSP refuses.
      syntaxHighlight: false as const,
      processor:
        name === 'unified'
          ? (await import('./unified.ts')).unifiedProcessor(transforms, settings)
          : satteriProcessor(transforms),
    },
    integration,
  };
}
