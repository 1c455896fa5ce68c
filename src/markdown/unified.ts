/**
 * The unified adapter: runs the site's transforms as remark and rehype
 * plugins, over the mdast and hast trees unified builds, with the semantics
 * Sätteri gives them (`transform.ts`): a visitor sees the tree as its pass
 * found it, edits are applied when the pass ends, and the nodes a pass inserts
 * are not visited by it.
 */
import { pathToFileURL } from 'node:url';
import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Node, Parent } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type {
  CustomNode,
  DocumentInfo,
  HastContext,
  HastTransform,
  MdastContext,
  MdastTransform,
  TransformEntry,
} from './transform';

/** A remark or rehype plugin: an attacher that returns the transformer unified calls per document. */
type UnifiedPlugin<Tree> = () => (tree: Tree, file: VFile) => void;

/** The site's transforms as remark plugins. */
export function remarkTransform(entry: TransformEntry<MdastTransform>): UnifiedPlugin<MdastRoot> {
  return () => (tree, file) => {
    const document = documentOf(file);
    const transform = typeof entry === 'function' ? entry(document) : entry;
    if (!transform) return;
    runPasses<MdastTransform, MdastContext>(tree, transform, (queue) => ({
      ...document,
      data: file.data as Record<string, unknown>,
      replaceNode: (node, nodes: (MdastNodes | CustomNode)[]) => queue.replace(node, nodes),
      textContent: (node, options) => mdastToString(node, { includeHtml: options?.includeHtml ?? true }),
    }));
  };
}

/** The site's transforms as rehype plugins. */
export function rehypeTransform(entry: TransformEntry<HastTransform>): UnifiedPlugin<HastRoot> {
  return () => (tree, file) => {
    const document = documentOf(file);
    const transform = typeof entry === 'function' ? entry(document) : entry;
    if (!transform) return;
    runPasses<HastTransform, HastContext>(tree, transform, (queue) => ({
      ...document,
      data: file.data as Record<string, unknown>,
      replaceNode: (node, nodes: ElementContent[]) => queue.replace(node, nodes),
      setProperty: (node, key, value) => queue.setProperty(node, key, value),
      textContent: (node) => hastToString(node as HastNodes),
      parent: (node) => queue.parent(node) as HastParents | undefined,
    }));
  };
}

/** Astro's unified processor, running the site's transforms and then the newsroom's own plugins. */
export function unifiedProcessor(
  transforms: { mdast: TransformEntry<MdastTransform>[]; hast: TransformEntry<HastTransform>[] },
  own: Pick<UnifiedProcessorOptions, 'remarkPlugins' | 'rehypePlugins'>,
) {
  return unified({
    remarkPlugins: [...transforms.mdast.map(remarkTransform), ...(own.remarkPlugins ?? [])],
    rehypePlugins: [...transforms.hast.map(rehypeTransform), ...(own.rehypePlugins ?? [])],
  });
}

function documentOf(file: VFile): DocumentInfo {
  return { fileURL: file.path ? pathToFileURL(file.path) : undefined, source: String(file.value) };
}

/** The edits of one pass, applied when it ends. */
interface Queue {
  replace(node: object, nodes: object[]): void;
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
  parent(node: object): Parent | undefined;
}

/** Fields of a transform that are not visitors. */
const notVisitors = new Set(['name', 'options', 'before', 'after', 'root']);

/** `before`, the visitors and `after`, each a pass whose edits the next one sees. */
function runPasses<T extends MdastTransform | HastTransform, Ctx>(
  tree: Parent,
  transform: T,
  context: (queue: Queue) => Ctx,
) {
  const hook = (name: 'before' | 'after') => {
    const run = transform[name] as ((root: Parent, ctx: Ctx) => void) | undefined;
    if (run) pass(tree, (queue) => run(tree, context(queue)));
  };
  hook('before');
  pass(tree, (queue) => {
    const ctx = context(queue);
    visitParents(tree, (node) => {
      if (node === tree) return;
      visitorFor(transform, node)?.(node, ctx);
    });
  });
  hook('after');
}

type Visitor = (node: Node, ctx: unknown) => void;

/** The visitor a transform has for `node`, if any: by node type, and for hast elements by tag name. */
function visitorFor(transform: MdastTransform | HastTransform, node: Node): Visitor | undefined {
  if (node.type === 'element' && 'element' in transform) {
    const { element } = transform;
    return element?.filter.includes((node as Element).tagName) ? (element.visit as Visitor) : undefined;
  }
  if (notVisitors.has(node.type)) return undefined;
  const visitor: unknown = Reflect.get(transform, node.type);
  return typeof visitor === 'function' ? (visitor as Visitor) : undefined;
}

/** Runs `body` with a queue of edits, then applies them to `tree`. */
function pass(tree: Parent, body: (queue: Queue) => void) {
  let parents: WeakMap<object, Parent> | undefined;
  const parentOf = (node: object) => {
    if (!parents) {
      const found = new WeakMap<object, Parent>();
      visitParents(tree, (child, ancestors) => {
        const parent = ancestors.at(-1);
        if (parent) found.set(child, parent);
      });
      parents = found;
    }
    return parents.get(node);
  };
  const replacements: [object, object[]][] = [];
  const properties: [Element, string, unknown][] = [];
  body({
    replace: (node, nodes) => replacements.push([node, nodes]),
    setProperty: (node, key, value) => properties.push([node as Element, key, value]),
    parent: parentOf,
  });
  for (const [element, key, value] of properties) {
    if (value === null || value === undefined) delete element.properties[key];
    else element.properties[key] = value as Element['properties'][string];
  }
  for (const [node, nodes] of replacements) {
    const parent = parentOf(node);
    const index = parent ? parent.children.indexOf(node as Node) : -1;
    if (parent && index !== -1) parent.children.splice(index, 1, ...(nodes as Node[]));
  }
}
