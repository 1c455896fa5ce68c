/**
 * A synthetic newsroom for the build benchmark: N stories per locale, written
 * from the real story's paragraphs so the text is realistic Bengali and
 * English, with headings, links, glossary terms and a timeline. The real
 * explainers, statements, organisations and glossary come along so every
 * reference resolves. The same seed always gives the same files.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { pick, seededRandom } from './random.ts';

const repo = new URL('../../', import.meta.url).pathname;
const langs = ['bn', 'en'] as const;

function bodyOf(path: string): { frontmatter: string; paragraphs: string[]; headings: string[] } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  const blocks = body.split(/\n\s*\n/).map((block) => block.trim());
  return {
    frontmatter,
    // Prose only: no headings, quotes, MDX imports or components (the baseline has none of the site's components).
    paragraphs: blocks.filter((block) => block && !/^(#|>|import |<|\{)/.test(block)),
    headings: blocks.filter((block) => block.startsWith('## ')).map((block) => block.slice(3)),
  };
}

export interface CorpusOptions {
  /** Folder to write the content tree into (it becomes `content/`). */
  dir: string;
  storiesPerLocale: number;
  seed: number;
}

/** Writes the corpus and returns the paths of the generated stories. */
export function generateCorpus({ dir, storiesPerLocale, seed }: CorpusOptions): string[] {
  for (const folder of ['explainers', 'statements', 'organizations', 'glossary']) {
    cpSync(join(repo, 'content', folder), join(dir, folder), { recursive: true });
  }
  const written: string[] = [];
  for (const lang of langs) {
    const random = seededRandom(seed);
    const source = bodyOf(join(repo, 'content', 'stories', lang, 'phonepe-outage.mdx'));
    const explainer = bodyOf(join(repo, 'content', 'explainers', lang, 'upi.mdx'));
    const paragraphs = [...source.paragraphs, ...explainer.paragraphs];
    const headings = [...source.headings, ...explainer.headings];
    mkdirSync(join(dir, 'stories', lang), { recursive: true });
    for (let index = 1; index <= storiesPerLocale; index += 1) {
      const slug = `story-${String(index).padStart(5, '0')}`;
      const day = String(1 + (index % 28)).padStart(2, '0');
      const frontmatter = {
        title: `${pick(headings, random)} (${index})`,
        description: pick(source.paragraphs, random).slice(0, 160),
        pubDate: `2026-10-${day}`,
        section: lang === 'bn' ? 'ডিজিটাল পেমেন্ট' : 'Digital payments',
        author: lang === 'bn' ? 'ইউপিআই খবর ডেস্ক' : 'UPI News Desk',
        tags: [lang === 'bn' ? 'ইউপিআই' : 'UPI'],
        organizations: ['phonepe', 'npci'],
        explainers: ['upi'],
        statements: ['paytm'],
        timeline: [1, 2, 3].map(() => ({
          when: pick(headings, random),
          event: pick(paragraphs, random).slice(0, 120),
        })),
      };
      const sections = [1, 2, 3].map(
        () =>
          `## ${pick(headings, random)}\n\n${pick(paragraphs, random)}\n\n${pick(paragraphs, random)}\n\n` +
          `[${lang === 'bn' ? 'ইউপিআই কী' : 'What is UPI'}](/${lang}/explainers/upi/)`,
      );
      const path = join(dir, 'stories', lang, `${slug}.mdx`);
      writeFileSync(
        path,
        `---\n${stringify(frontmatter)}---\n\n${pick(source.paragraphs, random)}\n\n${sections.join('\n\n')}\n`,
      );
      written.push(path);
    }
  }
  return written;
}
