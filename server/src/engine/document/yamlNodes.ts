import { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export type Path = readonly (string | number)[];

/**
 * The value node at a data path, or undefined. Like `document.getIn(path, true)`, but a large mapping is looked up
 * through its index (getIn searches a mapping's keys one by one: a lookup per key of 8,000 keys was quadratic), and a
 * key matches by its text, as the data's keys are strings.
 */
export function nodeAt(document: Document, path: Path): Node | undefined {
  let node: unknown = document.contents;
  for (const key of path) {
    if (isMap(node)) node = pairIn(node, key)?.value;
    else if (isSeq(node)) node = typeof key === 'number' || /^\d+$/.test(key) ? node.items[Number(key)] : undefined;
    else return undefined;
  }
  return isNode(node) ? node : undefined;
}

/** The key/value pair whose key is the last segment of the path. */
export function pairAt(document: Document, path: Path): Pair<Node, Node | null> | undefined {
  if (!path.length) return undefined;
  const parent = path.length === 1 ? document.contents : nodeAt(document, path.slice(0, -1));
  return isMap(parent) ? pairIn(parent, path[path.length - 1]) : undefined;
}

/** A parsed document's pairs hold nodes; `isPair` narrows only to Pair<unknown, unknown>, hence the one cast. */
function nodePair(item: unknown): Pair<Node, Node | null> | undefined {
  return isPair(item) ? (item as Pair<Node, Node | null>) : undefined;
}

function pairIn(parent: YAMLMap, key: string | number): Pair<Node, Node | null> | undefined {
  if (parent.items.length <= 16) {
    for (const item of parent.items) {
      const pair = nodePair(item);
      if (pair && keyText(pair.key) === String(key)) return pair;
    }
    return undefined;
  }
  // A large mapping is indexed once: a lookup per key of a mapping with thousands of keys would be quadratic.
  let index = pairIndexes.get(parent);
  if (!index || index.size > parent.items.length) {
    index = new Map();
    for (const item of parent.items) {
      const pair = nodePair(item);
      const text = pair ? keyText(pair.key) : undefined;
      if (pair && text !== undefined && !index.has(text)) index.set(text, pair);
    }
    pairIndexes.set(parent, index);
  }
  return index.get(String(key));
}

/** Key → first pair of each large mapping looked up (parsed documents are not changed after parsing). */
const pairIndexes = new WeakMap<object, Map<string, Pair<Node, Node | null>>>();

export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

/** The [start, end] offsets of a value node, skipping the empty range of a missing value. */
export function valueOffsets(node: Node | null | undefined): [number, number] | undefined {
  if (!node?.range) return undefined;
  const [start, valueEnd] = node.range;
  return valueEnd > start ? [start, valueEnd] : undefined;
}

export { isMap, isSeq, isScalar };
