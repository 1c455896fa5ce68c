/**
 * Live stories: a story with `coverage: { start, end? }` in its frontmatter and its updates written in its text as
 * `<Update time="…" headline="…">…</Update>`, newest first. This module reads the updates out of a file's MDX, so
 * that the loader can check them against the coverage (naming the file and field) and hand their times, headlines
 * and plain text to what needs them without rendering: modified dates, JSON-LD and incremental-build keys.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Nodes } from 'mdast';

/** One `<Update>` of a live story, as the loader stores it in the entry's `liveUpdates`. */
export interface LiveUpdate {
  /** When the update was published, exactly as its `time` attribute says. */
  time: string;
  /** The optional short headline. */
  headline?: string | undefined;
  /** The update's text without markup, for JSON-LD `articleBody`. */
  text: string;
}

/** The window of a live story's coverage. */
export interface Coverage {
  start: Date;
  end?: Date | undefined;
}

/** A live story's state at the build's clock: `live` while coverage runs, `ended` once its end has passed. */
export type LiveState = 'live' | 'ended';

/** The name of the MDX element editors write an update with. */
export const updateElement = 'Update';

/** A time with date, hour, minute and zone: `2026-12-05T09:30+05:30` or `2026-12-05T04:00:00Z`. */
const timePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

const attribute = (attributes: readonly Attribute[], name: string): string | undefined => {
  const found = attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** Every `<Update>` element in an MDX text, in the order written, with what is wrong with its attributes. */
export function readUpdates(mdx: string): { updates: LiveUpdate[]; problems: string[] } {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const updates: LiveUpdate[] = [];
  const problems: string[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === updateElement) {
      const attributes = node.attributes as Attribute[];
      const time = attribute(attributes, 'time');
      const line = node.position?.start.line;
      const headline = attribute(attributes, 'headline')?.trim();
      if (time === undefined || !timePattern.test(time) || Number.isNaN(Date.parse(time))) {
        problems.push(
          `updates: the <Update> on line ${line} needs time="YYYY-MM-DDTHH:MM" with its zone, ` +
            `e.g. time="2026-12-05T09:30+05:30"${time === undefined ? '' : `, not "${time}"`}.`,
        );
      } else {
        updates.push({ time, headline: headline || undefined, text: toString(node).trim() });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { updates, problems };
}

/** The anchor of an update, the same in every language and every build: `update-2026-12-05t04-00z` (UTC). */
export function updateAnchor(time: string | Date): string {
  const utc = new Date(time).toISOString().slice(0, 16);
  return `update-${utc.replace(':', '-').toLowerCase()}z`;
}

/** The coverage window as readers see it: live while it runs, ended once `end` is at or before `now`. */
export function liveState(coverage: Coverage, now: Date): LiveState {
  return coverage.end && coverage.end.getTime() <= now.getTime() ? 'ended' : 'live';
}

/**
 * What is wrong with a story's updates, one problem per line, each naming the field: updates in a story without
 * `coverage`, a coverage that ends before it starts, an update before the coverage starts or after it ended, two updates at the same time, and updates
 * not written newest first (the page shows them in the order written).
 */
export function liveUpdateProblems(coverage: Coverage | undefined, updates: readonly LiveUpdate[]): string[] {
  const problems: string[] = [];
  if (!coverage) {
    if (updates.length > 0) {
      problems.push(
        `coverage: the text has <Update> elements but the frontmatter has no coverage; ` +
          `add coverage: { start: ${updates.at(-1)!.time} } to make it a live story.`,
      );
    }
    return problems;
  }
  if (coverage.end && coverage.end.getTime() < coverage.start.getTime()) {
    return [`coverage.end: ${coverage.end.toISOString()} is before coverage.start (${coverage.start.toISOString()}).`];
  }
  const seen = new Set<number>();
  updates.forEach(({ time }, index) => {
    const at = Date.parse(time);
    if (at < coverage.start.getTime()) {
      problems.push(`updates: <Update time="${time}"> is before coverage.start (${coverage.start.toISOString()}).`);
    }
    if (coverage.end && at > coverage.end.getTime()) {
      problems.push(`updates: <Update time="${time}"> is after coverage.end (${coverage.end.toISOString()}).`);
    }
    if (seen.has(at)) problems.push(`updates: two <Update> elements have the time ${time}; each needs its own.`);
    seen.add(at);
    const previous = updates[index - 1];
    if (previous && Date.parse(previous.time) < at) {
      problems.push(
        `updates: <Update time="${time}"> is written below the older <Update time="${previous.time}">; ` +
          `write the newest update first.`,
      );
    }
  });
  return problems;
}

/**
 * How a translation's updates differ from its source's, by time: the ones it lacks and the ones the source does not
 * have. A translation may lag behind a running story for a while, so this is a warning, not an error.
 */
export function updateTimeMismatch(source: readonly LiveUpdate[], translation: readonly LiveUpdate[]) {
  const times = (updates: readonly LiveUpdate[]) => new Set(updates.map(({ time }) => Date.parse(time)));
  const inSource = times(source);
  const inTranslation = times(translation);
  return {
    missing: source.filter(({ time }) => !inTranslation.has(Date.parse(time))).map(({ time }) => time),
    extra: translation.filter(({ time }) => !inSource.has(Date.parse(time))).map(({ time }) => time),
  };
}
