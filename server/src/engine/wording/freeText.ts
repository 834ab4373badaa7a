import { isScalar, type Document } from 'yaml';
import freeTextFields from '../../../../schemas/wording/free-text.json';
import { nodeAt, type Path } from '../yamlNodes';
import { scalarSourceMap, sourceSpan } from './sourceMap';

/** One free-text value of a posting, and where each of its characters sits in the source. */
export interface FreeText {
  path: Path;
  value: string;
  /** value index → source offset */
  map: number[];
}

export type FreeTextKind = 'freeText' | 'duties' | 'essentialRequirements';

/** The free-text values at the data's paths of one kind (schemas/wording/free-text.json), in source order. */
export function freeTextOf(document: Document, sourceText: string, data: unknown, kind: FreeTextKind = 'freeText'): FreeText[] {
  const found: FreeText[] = [];
  const starts = new Map<FreeText, number>();
  for (const pattern of freeTextFields[kind]) {
    for (const path of expand(data, pattern.split('.'))) {
      const node = nodeAt(document, path);
      const value = valueAt(data, path);
      if (!isScalar(node) || !node.range || typeof value !== 'string') continue;
      // The map is built on first use: only texts with a finding need one, and building it is costly.
      let map: number[] | undefined;
      found.push({
        path,
        value,
        get map() {
          return (map ??= scalarSourceMap(sourceText, node, value) ?? []);
        },
      });
      starts.set(found[found.length - 1], node.range[0]);
    }
  }
  return found.sort((a, b) => starts.get(a)! - starts.get(b)!);
}

export function spanOf(text: FreeText, from: number, to: number): [number, number] {
  return sourceSpan(text.map, from, to);
}

function expand(data: unknown, segments: string[], prefix: (string | number)[] = []): Path[] {
  if (!segments.length) return [prefix];
  const [head, ...rest] = segments;
  if (head === '*') {
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, index) => expand(item, rest, [...prefix, index]));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !(head in data)) return [];
  return expand((data as Record<string, unknown>)[head], rest, [...prefix, head]);
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
