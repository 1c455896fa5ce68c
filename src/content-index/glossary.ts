import { basename, dirname } from 'node:path';
import { contentIndex } from './content-index.ts';
import { defaultLang } from '../site.config.ts';
import type { LocalizedString } from './localized';

/** One glossary term, as `content/glossary/<id>.yaml` defines it. */
export interface GlossaryTerm {
  /** The file name without extension, e.g. `upi`; also the glossary collection's entry id. */
  id: string;
  /** The term as written in running text, per language; a newly added language may not have it yet. */
  term: LocalizedString;
  /** What the abbreviation stands for, if it is one. */
  expansion?: string | undefined;
  /** A one- or two-sentence definition, per language. */
  definition: LocalizedString;
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
 * and names the file when the default language's term or definition is missing.
 * Other languages may lack a term while its translation is under way: their
 * pages simply do not link it.
 */
export function readGlossary(dir: string): GlossaryTerm[] {
  return contentIndex(dirname(dir))
    .dataFiles(basename(dir))
    .map(({ id, file, data: raw }) => {
      const data = (raw ?? {}) as Partial<Record<string, unknown>>;
      const term = data.term as Partial<Record<string, unknown>> | undefined;
      const definition = data.definition as Partial<Record<string, unknown>> | undefined;
      if (!isText(term?.[defaultLang]) || !isText(definition?.[defaultLang])) {
        throw new Error(`${file}: term and definition need a "${defaultLang}" text.`);
      }
      return {
        id,
        term: term as LocalizedString,
        expansion: isText(data.expansion) ? data.expansion : undefined,
        definition: definition as LocalizedString,
      };
    });
}
