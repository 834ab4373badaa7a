import { isScalar, type Node } from 'yaml';
import { TextMemo } from '../text/memo';

/**
 * Maps each index of a scalar's value to an offset in the source text. Folding, line breaks,
 * indentation, quote escapes and block headers change the whitespace between characters but
 * keep every other character in order, so aligning non-space characters finds exact positions.
 */
export function scalarSourceMap(sourceText: string, node: Node, value: string): number[] | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return alignScalar(sourceText.slice(start, end), node.type, value).map((offset) => offset + start);
}

/**
 * The map of scalarSourceMap relative to the scalar's start. It depends on the scalar's own source text, its type and
 * its value only, so it is remembered by that source text: while an author types, only the scalar that changed is
 * aligned again.
 */
export function relativeSourceMap(sourceText: string, node: Node, value: string): readonly number[] | undefined {
  return lazySourceMap(sourceText, node, value)?.whole();
}

/** A value's map to its source (value index → offset), read one index at a time (a list of offsets is one too). */
export interface SourceMapReader {
  /** The value's length: indices 0 … length − 1 are mapped. */
  readonly length: number;
  at(index: number): number | undefined;
}

/**
 * relativeSourceMap, aligned only as far as it is read: the alignment goes left to right, and the offset of an index
 * depends on the characters before it only. A finding near the start of a long paragraph being typed in (a word glued
 * to the next while it is typed) is placed without aligning the 100,000 characters after it. Remembered alike.
 */
export function lazySourceMap(sourceText: string, node: Node, value: string): Alignment | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const source = sourceText.slice(start, end);
  const known = alignedScalars.find(source);
  if (known && known.value === value && known.type === node.type) return known;
  const alignment = new Alignment(source, node.type, value);
  alignedScalars.set(source, alignment);
  return alignment;
}

/** Offsets in `source` (one scalar's source text) of each character of its value. */
function alignScalar(source: string, type: string | undefined, value: string): number[] {
  return new Alignment(source, type, value).whole();
}

/**
 * The offsets in `source` (one scalar's source text) of each character of its value, found left to right and only as
 * far as they are asked for (`at`); the scan stops and resumes between two characters, so the offsets are those of
 * one scan of the whole value. Kept in segments, not one offset per character: a run of characters copied as they
 * stand (most of a value: words and the single spaces between them) is one segment, and so are spaces that all point
 * at one offset. A 1.5 MB duty of one repeated word is then one segment, not a list of 1.5 million offsets.
 */
class Alignment implements SourceMapReader {
  /**
   * Segment k covers value indices from starts[k] to the next segment's start (or to `next`): index i maps to
   * offsets[k] + (i - starts[k]) when steps[k] is 1, to offsets[k] when it is 0; -1 while the segment has one index.
   */
  private readonly starts: number[] = [];
  private readonly offsets: number[] = [];
  private readonly steps: number[] = [];
  private list: number[] | undefined;
  /** The next value index to align, and the source offset the scan has reached. */
  private next = 0;
  private position: number;

  constructor(
    private readonly source: string,
    readonly type: string | undefined,
    readonly value: string,
  ) {
    this.position = contentStart(source, 0, type);
  }

  get length(): number {
    return this.value.length;
  }

  at(index: number): number | undefined {
    if (index >= this.next) this.alignThrough(index);
    if (index < 0 || index >= this.next) return undefined;
    const { starts } = this;
    // The last segment that starts at or before the index.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return this.offsets[low] + (this.steps[low] === 1 ? index - starts[low] : 0);
  }

  /** The whole map, one offset per index (made once, shared: callers never change it). */
  whole(): number[] {
    if (this.list) return this.list;
    this.alignThrough(this.value.length - 1);
    const list: number[] = [];
    for (let k = 0; k < this.starts.length; k++) {
      const end = k + 1 < this.starts.length ? this.starts[k + 1] : this.next;
      const step = this.steps[k] === 1 ? 1 : 0;
      for (let i = this.starts[k]; i < end; i++) list.push(this.offsets[k] + step * (i - this.starts[k]));
    }
    return (this.list = list);
  }

  /** Index to offset, for indices in order: the last segment goes on when the offset follows from it. */
  private put(index: number, offset: number): void {
    const last = this.starts.length - 1;
    if (last >= 0) {
      const step = this.steps[last];
      const distance = index - this.starts[last];
      const base = this.offsets[last];
      if (
        step === 1 ? offset === base + distance : step === 0 ? offset === base : distance === 1 && (offset === base || offset === base + 1)
      ) {
        if (step === -1) this.steps[last] = offset - base;
        return;
      }
    }
    this.starts.push(index);
    this.offsets.push(offset);
    this.steps.push(-1);
  }

  /** `length` indices from `index` on map to consecutive offsets from `offset` on. */
  private putRun(index: number, offset: number, length: number): void {
    this.put(index, offset);
    if (length < 2) return;
    this.put(index + 1, offset + 1);
    const last = this.steps.length - 1;
    if (this.steps[last] === -1) this.steps[last] = 1;
  }

  private alignThrough(last: number): void {
    const { source, value } = this;
    const end = source.length;
    const lookAhead = 12; // longest escape (\UXXXXXXXX) plus some slack
    let position = this.position;
    let i = this.next;
    const atSpace = isSpace(value.charCodeAt(i));
    if (last - i >= 4096 && (!atSpace || i === 0 || !isSpace(value.charCodeAt(i - 1)))) {
      // Far ahead in a long value copied as it stands (a plain scalar on one line, a runaway duty): the scan below would
      // map each character to the next offset (a single space too: it points just after the character before it), so
      // the rest is one run, found by comparing it whole. Two spaces in a row, an escape or a fold: the scan below.
      // A space points where the scan has reached (just after a character, or the content's start).
      let next = position;
      while (!atSpace && next < end && isSpace(source.charCodeAt(next))) next++;
      const rest = value.slice(i);
      if (next + rest.length <= end && source.startsWith(rest, next) && !/\s\s/.test(rest)) {
        this.putRun(i, next, rest.length);
        this.next = value.length;
        this.position = next + rest.length;
        return;
      }
    }
    for (; i < value.length && i <= last; i++) {
      const character = value[i];
      if (isSpace(character.charCodeAt(0))) {
        this.put(i, Math.min(position, end));
        continue;
      }
      // The common case, decided without a search: the source's next non-space character starts the same run of
      // characters as the value. (A search from `position` would find exactly these: whatever it skips is space.)
      let next = position;
      while (next < end && isSpace(source.charCodeAt(next))) next++;
      let same = 0;
      while (next + same < end && i + same < value.length && source.charCodeAt(next + same) === value.charCodeAt(i + same)) {
        if (isSpace(value.charCodeAt(i + same))) break;
        same++;
      }
      if (same) {
        this.putRun(i, next, same);
        position = next + same;
        i += same - 1;
        continue;
      }
      const found = source.indexOf(character, position);
      if (found >= 0 && found < end && found - position <= lookAhead + indentSlack(source, position, found)) {
        this.put(i, found);
        position = found + 1;
      } else {
        this.put(i, Math.min(position, end)); // an escape sequence: point at it
      }
    }
    this.next = i;
    this.position = position;
  }
}

const alignedScalars = new TextMemo<Alignment>();

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

/** What /\s/ matches, by character code: this runs for every character of every free text (and glued.ts). */
export function isSpace(code: number): boolean {
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
export function sourceSpan(map: SourceMapReader, from: number, to: number): [number, number] {
  // Indices are never negative here (where Array.prototype.at would count from the end).
  return [map.at(from) as number, (map.at(Math.max(from, to - 1)) as number) + 1];
}
