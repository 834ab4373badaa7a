import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import freeTextFields from '../../../../schemas/wording/free-text.json';
import { keyText, type Path } from '../document/yamlNodes';
import { lazySourceMap, sourceSpan, type SourceMapReader } from './sourceMap';

/** One free-text value of a posting, and where each of its characters sits in the source. */
export interface FreeText {
  path: Path;
  value: string;
  /** value index → source offset, less `base` (aligned as far as it is read) */
  map: SourceMapReader;
  /** The source offset the map counts from (0 when absent). */
  base?: number;
}

export type FreeTextKind = 'freeText' | 'duties' | 'essentialRequirements' | 'setting';
const kinds: readonly FreeTextKind[] = ['freeText', 'duties', 'essentialRequirements', 'setting'];

/** The paths of schemas/wording/free-text.json as a tree of keys (`*`: every list item), each end marked with its kinds. */
interface FieldTree {
  children: Map<string, FieldTree>;
  kinds: FreeTextKind[];
}

const fieldTree: FieldTree = { children: new Map(), kinds: [] };
for (const kind of kinds) {
  for (const pattern of freeTextFields[kind]) {
    let node = fieldTree;
    for (const segment of pattern.split('.')) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map(), kinds: [] }));
      node = child;
    }
    node.kinds.push(kind);
  }
}

/** The map of a scalar that has none (as an empty list of offsets reads). */
const noMap: SourceMapReader = [];

/**
 * A free text read from a scalar. Its map is built on first use: only texts with a finding need one, and building it is
 * costly. It is relative to the scalar's start, so the map of a scalar an edit did not touch is reused even when the
 * scalar moved. (A class, not an object literal with a getter: each such literal got a shape of its own, which made
 * the walk of a large posting cost about a millisecond and every rule's reads of its texts polymorphic.)
 */
class ScalarText implements FreeText {
  private aligned: SourceMapReader | undefined;

  constructor(
    readonly path: Path,
    readonly value: string,
    readonly base: number,
    private readonly sourceText: string,
    private readonly scalar: Scalar,
  ) {}

  get map(): SourceMapReader {
    return (this.aligned ??= lazySourceMap(this.sourceText, this.scalar, this.value) ?? noMap);
  }
}

/** The free-text values of every kind, in source order, from one walk of the YAML along the field tree. */
export function freeTextsByKind(document: Document, sourceText: string): Record<FreeTextKind, FreeText[]> {
  const found: Record<FreeTextKind, FreeText[]> = { freeText: [], duties: [], essentialRequirements: [], setting: [] };
  const visit = (node: unknown, tree: FieldTree, path: (string | number)[]): void => {
    if (tree.kinds.length && isScalar(node) && node.range && typeof node.value === 'string') {
      const text = new ScalarText(path, node.value, node.range[0], sourceText, node);
      for (const kind of tree.kinds) found[kind].push(text);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyText(pair.key);
        const child = key === undefined ? undefined : tree.children.get(key);
        if (child && key !== undefined) visit(pair.value, child, [...path, key]);
      }
    } else if (isSeq(node)) {
      const items = tree.children.get('*');
      if (items) node.items.forEach((item, index) => visit(item, items, [...path, index]));
    }
  };
  visit(document.contents, fieldTree, []);
  return found;
}

/** The free-text values at the paths of one kind (schemas/wording/free-text.json), in source order. */
export function freeTextOf(document: Document, sourceText: string, kind: FreeTextKind = 'freeText'): FreeText[] {
  return freeTextsByKind(document, sourceText)[kind];
}

export function spanOf(text: FreeText, from: number, to: number): [number, number] {
  const [start, end] = sourceSpan(text.map, from, to);
  const base = text.base ?? 0;
  return [start + base, end + base];
}
