import type { Path } from '../document/yamlNodes';
import { isRecord } from '../text/records';

export interface TextAt {
  path: Path;
  text: string;
}

/** What several rules look for in the whole posting, gathered in one walk of its data. */
export interface DataIndex {
  /** Paths of the fields of each name, wherever they sit (profiles nest the same section differently). */
  pathsByKey: Map<string, Path[]>;
  /** Every string with its path, in document order. */
  texts: TextAt[];
}

export function indexData(value: unknown): DataIndex {
  const index: DataIndex = { pathsByKey: new Map(), texts: [] };
  const visit = (node: unknown, at: Path): void => {
    if (typeof node === 'string') index.texts.push({ path: at, text: node });
    else if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...at, i]));
    else if (isRecord(node)) {
      for (const [name, child] of Object.entries(node)) {
        const path = [...at, name];
        const paths = index.pathsByKey.get(name);
        if (paths) paths.push(path);
        else index.pathsByKey.set(name, [path]);
        visit(child, path);
      }
    }
  };
  visit(value, []);
  return index;
}
