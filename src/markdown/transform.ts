/**
 * The shape every transform in this folder is written in, whichever processor
 * runs it: visitors over mdast or hast nodes, the standard trees both Sätteri
 * and unified build (Sätteri's node types are `@types/mdast` and `@types/hast`),
 * and a context that reads text and queues edits.
 *
 * It is the part of Sätteri's plugin API the transforms need, so Sätteri runs
 * a transform as it is (`satteri.ts`) and never hands the rest of the tree to
 * JavaScript; `unified.ts` runs the same definition over unified's trees. As
 * in Sätteri, a visitor sees the tree as the pass found it: edits are applied
 * when the pass ends (`before`, the visitors and `after` are passes of their
 * own), and nodes a visitor inserts are not visited again by it.
 */
import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents, Root as HastRoot, Text } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type { MdxJsxFlowElement, MdxJsxTextElement };

/** What a transform factory is told about a document before it is parsed. */
export interface DocumentInfo {
  /** The document's file, when it has one. */
  readonly fileURL: URL | undefined;
  /** The Markdown or MDX source the processor parses (an entry's body, without its frontmatter). */
  readonly source: string;
}

/** What every visitor can read: the document, and the data bag Astro reads `frontmatter` from. */
export interface TransformContext extends DocumentInfo {
  readonly data: Record<string, unknown>;
}

/**
 * A node of a transform's own, rendered to HTML through `data.hName`,
 * `data.hProperties` and `data.hChildren` by either processor.
 */
export interface CustomNode {
  type: string;
  children?: MdastNodes[];
  data?: Record<string, unknown>;
}

export interface MdastContext extends TransformContext {
  /** Puts `nodes` where `node` is. */
  replaceNode(node: Readonly<MdastNodes>, nodes: (MdastNodes | CustomNode)[]): void;
  /** The text of a node and its descendants, as mdast-util-to-string reads it. */
  textContent(node: Readonly<MdastNodes>, options?: { includeHtml?: boolean }): string;
}

export interface HastContext extends TransformContext {
  /** Puts `nodes` where `node` is. */
  replaceNode(node: Readonly<HastNodes>, nodes: ElementContent[]): void;
  /** Sets one of an element's properties (`className`, `id`, …). */
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
  /** The text of a node and its descendants, as DOM `textContent` reads it. */
  textContent(node: Readonly<HastNodes>): string;
  /** The parent of a node, `undefined` for the root. */
  parent(node: Readonly<HastNodes>): Readonly<HastParents> | undefined;
}

/** The mdast node types a transform can visit, each with its own node type. */
type MdastVisitors = {
  [Type in Exclude<MdastNodes['type'], 'root'>]?: (
    node: Readonly<Extract<MdastNodes, { type: Type }>>,
    ctx: MdastContext,
  ) => void;
};

/** A transform of the Markdown tree, before it becomes HTML. */
export interface MdastTransform extends MdastVisitors {
  name: string;
  /** `position: true` when a visitor reads `node.position` (Sätteri leaves positions out otherwise). */
  options?: { position?: boolean };
  before?: (root: Readonly<MdastRoot>, ctx: MdastContext) => void;
  after?: (root: Readonly<MdastRoot>, ctx: MdastContext) => void;
}

/** A transform of the HTML tree, before it is written out. */
export interface HastTransform {
  name: string;
  before?: (root: Readonly<HastRoot>, ctx: HastContext) => void;
  after?: (root: Readonly<HastRoot>, ctx: HastContext) => void;
  /** Visits the elements whose tag name is in `filter`. */
  element?: { filter: string[]; visit: (node: Readonly<Element>, ctx: HastContext) => void };
  text?: (node: Readonly<Text>, ctx: HastContext) => void;
}

/**
 * A transform, or a factory called once per document that returns one (fresh
 * state per page) or `null` to leave the document alone.
 */
export type TransformEntry<T> = T | ((document: DocumentInfo) => T | null);

/** Gives a transform definition its type; no effect at run time. */
export const defineMdastTransform = <T extends MdastTransform>(transform: T): T => transform;

/** Gives a transform definition its type; no effect at run time. */
export const defineHastTransform = <T extends HastTransform>(transform: T): T => transform;
