import type { Document } from 'yaml';
import type { LineIndex, Range } from '../text/positions';
import { nodeAt, pairAt, valueOffsets, type Path } from './yamlNodes';

/**
 * The range to report for the value at a path: the value as written (its first line when it spans lines, never a
 * whole block); for a missing or empty value, where its field is (fieldRange). Rules, the schema check and the config
 * check all report through this.
 */
export function valueRange(document: Document | undefined, lines: LineIndex, path: Path): Range {
  const node = document ? nodeAt(document, path) : undefined;
  const offsets = valueOffsets(node);
  if (!offsets && typeof path[path.length - 1] === 'number' && node?.range) return emptyItemRange(lines, node.range[0]);
  if (!offsets) return fieldRange(document, lines, path);
  const start = lines.positionAt(offsets[0]);
  const end = lines.positionAt(offsets[1]);
  return end.line > start.line ? { start, end: lines.positionAt(lines.lineEnd(start.line)) } : { start, end };
}

/** An empty list item (`- ` with nothing after it): its dash, on its own line — not its list's key. */
function emptyItemRange(lines: LineIndex, offset: number): Range {
  const position = lines.positionAt(offset);
  const text = lines.lineText(position.line);
  const dash = text.lastIndexOf('-', Math.max(0, position.character - 1));
  const start = dash >= 0 ? dash : text.length - text.trimStart().length;
  return {
    start: { line: position.line, character: start },
    end: { line: position.line, character: Math.max(start + 1, text.trimEnd().length) },
  };
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
