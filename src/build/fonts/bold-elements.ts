import { cssRules, splitTopLevel } from './css-rules';

/** An element as far as telling whether it is set in bold needs it. */
export interface ElementInfo {
  tag: string;
  classes: readonly string[];
  id?: string | undefined;
}

/** Tests an element, given its ancestors (nearest last), for bold. */
export type BoldTest = (element: ElementInfo, ancestors: readonly ElementInfo[]) => boolean;

/** The tag, classes and id a compound selector requires. */
interface Compound {
  tag?: string;
  classes: string[];
  id?: string;
}

/** Elements browsers set in bold with no stylesheet at all. */
const boldByDefault = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'strong', 'th'];

/** Pseudo-elements whose text comes from CSS, not from the element. */
const generated = /::?(before|after|marker|placeholder|backdrop|file-selector-button)\b/i;

/**
 * Which elements `css` sets in a bold face: weight 600 or more, which a
 * browser draws with the 700 face when 400 and 700 are all there is. It errs
 * towards bold: attribute and pseudo-class conditions are ignored, `>` is read
 * as a descendant combinator and a sibling combinator drops what precedes it.
 * Rules that make text lighter again are not looked at.
 */
export function boldElements(css: string): BoldTest {
  const selectors = cssRules(css)
    .filter(({ prelude, declarations }) => !prelude.startsWith('@') && setsBold(declarations))
    .flatMap(({ prelude }) => splitTopLevel(prelude, ','))
    .filter((selector) => !generated.test(selector))
    .map(compounds);
  // Selectors filed under what their subject must have, so an element is tried only against those it might match.
  const filed = new Map<string, Compound[][]>();
  for (const selector of selectors) {
    const key = subjectKey(selector.at(-1)!);
    filed.set(key, [...(filed.get(key) ?? []), selector]);
  }
  return (element, ancestors) =>
    boldByDefault.includes(element.tag) ||
    elementKeys(element).some((key) => filed.get(key)?.some((selector) => matches(selector, element, ancestors)));
}

/** One thing a selector's subject requires: its id, else its first class, else its tag, else nothing (`*`). */
function subjectKey({ tag, classes, id }: Compound): string {
  if (id !== undefined) return `#${id}`;
  if (classes[0] !== undefined) return `.${classes[0]}`;
  return tag ?? '*';
}

/** The keys of the selectors that might match an element. */
function elementKeys({ tag, classes, id }: ElementInfo): string[] {
  return ['*', tag, ...classes.map((name) => `.${name}`), ...(id === undefined ? [] : [`#${id}`])];
}

function setsBold(declarations: Map<string, string>): boolean {
  const weight = declarations.get('font-weight') ?? '';
  const shorthand = declarations.get('font') ?? '';
  return /^(bold|bolder|[6-9]00)\b/.test(weight) || /(^|\s)(bold|bolder|[6-9]00)\s/.test(shorthand);
}

/** A selector as its compounds, outermost first, from its last sibling combinator on. */
function compounds(selector: string): Compound[] {
  const simplified = selector
    .replace(/\[[^\]]*\]/g, '')
    .replace(/::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, '')
    .replace(/\s*>\s*/g, ' ');
  const afterSiblings = simplified.split(/[+~]/).at(-1) ?? '';
  return afterSiblings
    .trim()
    .split(/\s+/)
    .map((compound) => {
      const tag = /^[a-z][\w-]*/i.exec(compound)?.[0]?.toLowerCase();
      const id = /#([\w-]+)/.exec(compound)?.[1];
      return {
        ...(tag ? { tag } : {}),
        ...(id ? { id } : {}),
        classes: [...compound.matchAll(/\.([\w-]+)/g)].map((match) => match[1]!),
      };
    });
}

function matches(selector: Compound[], element: ElementInfo, ancestors: readonly ElementInfo[]): boolean {
  if (!matchesCompound(selector.at(-1)!, element)) return false;
  let level = ancestors.length;
  for (const compound of selector.slice(0, -1).reverse()) {
    do level--;
    while (level >= 0 && !matchesCompound(compound, ancestors[level]!));
    if (level < 0) return false;
  }
  return true;
}

function matchesCompound({ tag, classes, id }: Compound, element: ElementInfo): boolean {
  return (
    (tag === undefined || tag === element.tag) &&
    classes.every((name) => element.classes.includes(name)) &&
    (id === undefined || id === element.id)
  );
}
