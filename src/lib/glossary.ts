import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { langs, type Lang } from '../site.config';

/** One glossary term, as `content/glossary/<id>.yaml` defines it. */
export interface GlossaryTerm {
  /** The file name without extension, e.g. `upi`; also the glossary collection's entry id. */
  id: string;
  /** The term as written in running text, per language. */
  term: Record<Lang, string>;
  /** What the abbreviation stands for, if it is one. */
  expansion?: string | undefined;
  /** A one- or two-sentence definition, per language. */
  definition: Record<Lang, string>;
}

/** The `id` of a term's entry in the glossary section, e.g. `glossary-upi`. */
export function glossaryAnchor(id: string): string {
  return `glossary-${id}`;
}

/** The `id` of a term's inline definition where its first use is linked, e.g. `glossary-tip-upi`. */
export function glossaryTipId(id: string): string {
  return `glossary-tip-${id}`;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Reads every glossary file in `dir` (YAML or JSON). The content collection's
 * schema checks the same files in full; this checks only what linking needs,
 * and names the file when a language's term or definition is missing.
 */
export function readGlossary(dir: string): GlossaryTerm[] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => {
      const data = parse(readFileSync(join(dir, name), 'utf8')) as Partial<Record<string, unknown>>;
      const term = data.term as Partial<Record<Lang, unknown>> | undefined;
      const definition = data.definition as Partial<Record<Lang, unknown>> | undefined;
      for (const lang of langs) {
        if (!isText(term?.[lang]) || !isText(definition?.[lang])) {
          throw new Error(`${join(dir, name)}: term and definition need a "${lang}" text.`);
        }
      }
      return {
        id: name.replace(/\.(ya?ml|json)$/, ''),
        term: term as Record<Lang, string>,
        expansion: isText(data.expansion) ? data.expansion : undefined,
        definition: definition as Record<Lang, string>,
      };
    });
}
