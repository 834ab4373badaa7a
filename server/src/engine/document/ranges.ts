import type { Document } from 'yaml';
import type { LineIndex, Range } from '../text/positions';
import { nodeAt, pairAt, valueOffsets, type Path } from './yamlNodes';

/**
 * The range to report for the value at a path: the value as written (its first line when it spans lines, never a
 * whole block); for a missing or empty value, where its field is (fieldRange). Rules, the schema check and the config
 * check all report through this.
 */
export function valueRange(document: Document | undefined, lines: LineIndex, path: Path): Range {
  const offsets = document && valueOffsets(nodeAt(document, path));
  if (!offsets) return fieldRange(document, lines, path);
  const start = lines.positionAt(offsets[0]);
  const end = lines.positionAt(offsets[1]);
  return end.line > start.line ? { start, end: lines.positionAt(lines.lineEnd(start.line)) } : { start, end };
}

/**
 * The range to report for the field at a path: its key (a list item's first line); for a field that is not there,
 * the nearest ancestor's; for the top level, the first line.
 */
export function fieldRange(document: Document | undefined, lines: LineIndex, path: Path): Range {
  for (let length = path.length; length > 0 && document; length--) {
    const at = path.slice(0, length);
    const key = valueOffsets(pairAt(document, at)?.key);
    if (key) return lines.range(...key);
    const node = typeof at[at.length - 1] === 'number' ? valueOffsets(nodeAt(document, at)) : undefined;
    if (node) return lines.lineRange(lines.positionAt(node[0]).line);
  }
  return lines.lineRange(0);
}
