import type { Range } from '../text/positions';
import { nodeAt, valueOffsets, type Path } from '../document/yamlNodes';
import { escapeRegExp } from '../text/patterns';
import { lazySourceMap, sourceSpan } from '../wording/sourceMap';
import type { TextAt } from './dataIndex';
import type { RuleContext } from './rule';

/** The strings of a field that holds one text or a list of texts. */
export function textsAt(context: RuleContext, path: Path): TextAt[] {
  const value = context.get(path);
  if (typeof value === 'string') return [{ path, text: value }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ path: [...path, index], text: item }] : []));
}

/**
 * The range of a phrase inside the source of the text at `path`. Folded and quoted YAML text wraps lines,
 * so the phrase's words may be split by any whitespace. Falls back to the value's range.
 */
export function phraseRange(context: RuleContext, path: Path, phrase: string): Range {
  const offsets = valueOffsets(nodeAt(context.parsed.document, path));
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (offsets && words.length) {
    const source = context.lines.text.slice(offsets[0], offsets[1]);
    const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'i').exec(source);
    if (match) return context.lines.range(offsets[0] + match.index, offsets[0] + match.index + match[0].length);
  }
  return context.valueRange(path);
}

/** The range of a text's first line of content: a block scalar (`>-`, `|`) starts on the line after its indicator. */
export function contentRange(context: RuleContext, path: Path): Range {
  const offsets = valueOffsets(nodeAt(context.parsed.document, path));
  const text = context.lines.text;
  if (!offsets || !/^[|>]/.test(text.slice(offsets[0], offsets[0] + 1))) return context.valueRange(path);
  const match = /\r?\n[ \t]*(?=\S)/.exec(text.slice(offsets[0], offsets[1]));
  if (!match) return context.valueRange(path);
  const start = offsets[0] + match.index + match[0].length;
  const line = context.lines.positionAt(start).line;
  return context.lines.range(start, Math.min(context.lines.lineEnd(line), offsets[1]));
}

/**
 * Places value indices of the string at `path` in the source: a function from [start, end) of the value to its range,
 * or undefined when the value has no scalar to map. The map is the remembered one (wording/sourceMap.ts), relative to
 * the scalar, so a value an edit did not touch is not aligned again.
 */
export function valuePlacer(context: RuleContext, path: Path, text: string): ((start: number, end: number) => Range) | undefined {
  const node = nodeAt(context.parsed.document, path);
  // Aligned only as far as the findings placed reach (a finding near the start of a long value reads little of it).
  const map = node ? lazySourceMap(context.lines.text, node, text) : undefined;
  const base = node?.range?.[0];
  if (!map?.length || base === undefined) return undefined;
  return (start, end) => {
    const [from, to] = sourceSpan(map, start, end);
    return context.lines.range(from + base, to + base);
  };
}
