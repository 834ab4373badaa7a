import { isScalar, type Node } from 'yaml';
import { TextMemo } from '../text/memo';
import { changedRange } from '../text/changes';

/**
 * Maps each index of a scalar's value to an offset in the source text. Folding, line breaks,
 * indentation, quote escapes and block headers change the whitespace between characters but
 * keep every other character in order, so aligning non-space characters finds exact positions.
 */
export function scalarSourceMap(sourceText: string, node: Node, value: string): number[] | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return alignment(sourceText.slice(start, end), node.type, value).map.map((offset) => offset + start);
}

/**
 * The map of scalarSourceMap relative to the scalar's start. It depends on the scalar's own source text, its type and
 * its value only, so it is remembered by that source text: while an author types, only the scalar that changed is
 * aligned again.
 */
export function relativeSourceMap(sourceText: string, node: Node, value: string): readonly number[] | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const source = sourceText.slice(start, end);
  const known = alignedScalars.find(source);
  if (known && known.value === value && known.type === node.type) return known.map;
  const aligned = alignAfterEdit(source, node.type, value);
  alignedScalars.set(source, aligned);
  return aligned.map;
}

/** A scalar's alignment: its source, type and value, the map, and whether every non-space character was found. */
export interface Alignment {
  source: string;
  type: string | undefined;
  value: string;
  map: readonly number[];
  /** Each non-space character of the value maps to the same character in the source (no escape pointed at). */
  exact: boolean;
}

const alignedScalars = new TextMemo<Alignment>();

/** Scalars this long or longer are aligned again only around an edit, from the alignment before it. */
const patchFrom = 2000;

/** The long scalars aligned last (the one typed in is among them), the most recent last. */
const recentLong: Alignment[] = [];

/** The alignment of a scalar, patched from that of the scalar before an edit when it is long and one is known. */
function alignAfterEdit(source: string, type: string | undefined, value: string): Alignment {
  let aligned: Alignment | undefined;
  if (source.length >= patchFrom) {
    for (let i = recentLong.length - 1; i >= 0 && !aligned; i--) {
      const before = recentLong[i];
      if (before.type === type && Math.abs(before.source.length - source.length) <= 64) aligned = patchedAlignment(before, source, value);
    }
  }
  aligned ??= alignment(source, type, value);
  if (source.length >= patchFrom) {
    recentLong.push(aligned);
    if (recentLong.length > 4) recentLong.shift();
  }
  return aligned;
}

/** The alignment of a scalar from its source, type and value, computed whole. */
export function alignment(source: string, type: string | undefined, value: string): Alignment {
  const map: number[] = new Array<number>(value.length);
  alignRange(source, value, map, 0, contentStart(source, 0, type));
  return { source, type, value, map, exact: exactlyAligned(source, value, map, 0, value.length) };
}

/**
 * The alignment of `source` and `value` (a scalar of the same type) made from the alignment `before` an edit, or
 * undefined when it cannot be. It is the one alignment() gives, because alignRange is a scan whose only state is the
 * source offset after the last character it found, and it reads nothing before that offset:
 * - for value indices up to the last non-space character k before the value's change whose source offset lies before
 *   the source's change, the scan read only what both texts share, so the map is the same; the scan may start again
 *   after k at the offset after k's (the character was found there, not an escape: only an exact alignment is patched);
 * - once the new scan has found a character j of the value's unchanged suffix in the source's unchanged suffix at the
 *   offset where the old scan found it (shifted by the edit), the two scans go on alike: the rest of the map is the old
 *   one, shifted.
 */
export function patchedAlignment(before: Alignment, source: string, value: string): Alignment | undefined {
  if (!before.exact) return undefined;
  const sourceChange = changedRange(before.source, source);
  const valueChange = changedRange(before.value, value);
  if (!sourceChange || !valueChange) return undefined;
  const old = before.map;
  let k = Math.min(valueChange.start, before.value.length) - 1;
  while (k >= 0 && (isSpace(before.value.charCodeAt(k)) || old[k] >= sourceChange.start)) k--;
  if (k < 0) return undefined;
  const sourceDelta = sourceChange.inserted.length - sourceChange.removed;
  const valueDelta = valueChange.inserted.length - valueChange.removed;
  const sourceSuffix = sourceChange.start + sourceChange.inserted.length;
  const valueSuffix = valueChange.start + valueChange.inserted.length;
  // Written in order from k + 1 on: the array grows by appending.
  const map: number[] = old.slice(0, k + 1);
  const rest = alignRange(
    source,
    value,
    map,
    k + 1,
    old[k] + 1,
    (j) => j >= valueSuffix && map[j] >= sourceSuffix && j - valueDelta < old.length && old[j - valueDelta] + sourceDelta === map[j],
  );
  for (let i = rest; i < value.length; i++) map[i] = old[i - valueDelta] + sourceDelta;
  return { source, type: before.type, value, map, exact: exactlyAligned(source, value, map, k + 1, rest) };
}

/** Whether each non-space character of value[from, to) maps to the same character in the source. */
function exactlyAligned(source: string, value: string, map: readonly number[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    if (!isSpace(code) && source.charCodeAt(map[i]) !== code) return false;
  }
  return true;
}

/**
 * Writes into `map` the offsets in `source` (one scalar's source text) of the characters of `value` from `from` on,
 * the scan starting at source offset `start`. `synced(j)`, asked after a character j is found, may end the scan: the
 * index after the last one written is returned (value.length when the scan ran to the end).
 */
function alignRange(
  source: string,
  value: string,
  map: number[],
  from: number,
  start: number,
  synced?: (found: number) => boolean,
): number {
  const end = source.length;
  let position = start;
  const lookAhead = 12; // longest escape (\UXXXXXXXX) plus some slack
  for (let i = from; i < value.length; i++) {
    const character = value[i];
    if (isSpace(character.charCodeAt(0))) {
      map[i] = Math.min(position, end);
      continue;
    }
    // The common case, decided without a search: the source's next non-space character starts the same run of
    // characters as the value. (A search from `position` would find exactly these: whatever it skips is space.)
    let next = position;
    while (next < end && isSpace(source.charCodeAt(next))) next++;
    let same = 0;
    while (next + same < end && i + same < value.length && source.charCodeAt(next + same) === value.charCodeAt(i + same)) {
      if (isSpace(value.charCodeAt(i + same))) break;
      map[i + same] = next + same;
      same++;
    }
    if (same) {
      position = next + same;
      i += same - 1;
      if (synced?.(i)) return i + 1;
      continue;
    }
    const found = source.indexOf(character, position);
    if (found >= 0 && found < end && found - position <= lookAhead + indentSlack(source, position, found)) {
      map[i] = found;
      position = found + 1;
      if (synced?.(i)) return i + 1;
    } else {
      map[i] = Math.min(position, end); // an escape sequence: point at it
    }
  }
  return value.length;
}

/** Where a scalar's characters begin: after an opening quote, or on the line after a block header. */
function contentStart(sourceText: string, start: number, type: string | undefined): number {
  if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
    const lineBreak = sourceText.indexOf('\n', start);
    return lineBreak < 0 ? start : lineBreak + 1;
  }
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return start + 1;
  return start;
}

/** Whitespace skipped between two characters (a line break and indentation) does not count against the look-ahead. */
function indentSlack(sourceText: string, from: number, to: number): number {
  let slack = 0;
  for (let i = from; i < to; i++) if (isSpace(sourceText.charCodeAt(i))) slack++;
  return slack;
}

/** What /\s/ matches, by character code: this runs for every character of every free text. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The source [start, end) of the value's characters [from, to). */
export function sourceSpan(map: readonly number[], from: number, to: number): [number, number] {
  return [map[from], map[Math.max(from, to - 1)] + 1];
}
