import {
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  Pair,
  parseAllDocuments,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Document,
  type Node,
} from 'yaml';
import { suspectCharacter } from './characters';
import { cannotRunAway, findRunawayNesting, parserSafeDepth, proofSurvives } from './nesting';
import { LineIndex } from '../text/positions';
import { changedRange, type TextChange } from '../text/changes';
import type { ParsedPosting, ParseLimits } from './parsed';

/**
 * The options of every parse of a posting. The parser's own duplicate-key check compares each key with every earlier
 * one (quadratic); parse.ts does the same check in one pass.
 */
export const yamlParseOptions = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

export { changedRange, type TextChange } from '../text/changes';

/**
 * The parse of `text` made from the parse of the text before one change, without parsing the text again: or undefined
 * when the change might alter anything but the value of the one scalar it lies in (the caller then parses afresh).
 *
 * Taken only when the previous parse was clean (no problem at all) and the change lies strictly inside the content of
 * one scalar that is a value (not a key), in block context, under no anchor or tag, and keeps the document's
 * structure: it adds or removes no line break or tab, begins after the first character of its line's content, and
 * - in a plain scalar: inserts and removes none of the indicators `:#{}[],&*!|>'"%@` and backquote, makes no `: `, no
 *   `:` before a line break and no ` #`, and leaves the scalar ending in a character that is not a space;
 * - in a block scalar (`|`, `>`, with no indentation indicator): lies in one content line after the header;
 * - in a quoted scalar: inserts and removes no quote or backslash, on a line holding no backslash, and ends before
 *   the closing quote.
 * The scalar's new value is what the library itself composes from the scalar's new source alone (a scalar whose old
 * source alone does not compose to its old value is never taken), every node after the change is copied with its
 * range shifted, nodes before it are shared, and the data is copied along the path to the value. The result equals a
 * fresh parse in everything the engine reads (a property test compares them); `previous` is not changed.
 */
export function reparseAfterChange(previous: ParsedPosting, text: string, limits: ParseLimits): ParsedPosting | undefined {
  const { document } = previous;
  if (!document || previous.data === undefined || previous.problems.length || text.length > limits.maxFileSize) return undefined;
  if (document.errors.length || document.warnings.length) return undefined;
  // A scalar alone is composed as YAML 1.2 with the core schema: a document that says `%YAML 1.1` resolves otherwise.
  if (document.directives?.yaml.version !== '1.2' || document.schema.name !== 'core') return undefined;
  const change = changedRange(previous.text, text);
  if (!change) return undefined;
  const before = previous.text;
  const { start, removed, inserted } = change;
  const removedText = before.slice(start, start + removed);
  if (/[\n\r\t]/.test(removedText) || /[\n\r\t]/.test(inserted)) return undefined;
  // A character parse.ts would report (inserted, or a surrogate half a deletion leaves alone) is left to a parse.
  if (suspectCharacter.test(inserted) || isSurrogate(text.charCodeAt(start - 1)) || isSurrogate(text.charCodeAt(start + inserted.length)))
    return undefined;

  const path = pathTo(document.contents, start, start + removed);
  if (!path) return undefined;
  const scalar = path[path.length - 1] as Scalar;
  if (!fitsInside(scalar, before, text, change, removedText)) return undefined;

  const delta = inserted.length - removed;
  const [scalarStart, valueEnd, nodeEnd] = scalar.range!;
  if (!composesAlike(scalar, before)) return undefined;
  const composed = derivedBlockScalar(scalar, before, change) ?? composeAlone(text.slice(scalarStart, valueEnd + delta), scalar.type);
  if (!composed) return undefined;
  // Runaway nesting is estimated on the text, before parsing: an estimate near its limit could change with any edit.
  // Its quick proof, made for the text before, is carried over when the change cannot alter what it reads.
  const proved = (nestingProved.has(previous) && proofSurvives(before, start, removedText + inserted)) || cannotRunAway(text);
  if (!proved && findRunawayNesting(text, parserSafeDepth, false) !== undefined) return undefined;

  const end = start + removed;
  composed.range = [scalarStart, valueEnd + delta, nodeEnd + delta];
  for (const key of ['spaceBefore', 'commentBefore', 'comment'] as const) {
    if (Object.hasOwn(scalar, key)) Object.assign(composed, { [key]: scalar[key] });
    else delete composed[key];
  }
  verified.add(composed);

  const data = dataWith(previous.data, path, composed.value);
  if (data === noData) return undefined;
  const contents = shifted(document.contents, end, delta, scalar, composed);
  const edited = copyOf(document) as Document.Parsed;
  edited.contents = contents as typeof document.contents;
  edited.range = shiftRange(document.range, end, delta) as typeof document.range;
  edited.errors = [];
  edited.warnings = [];
  const lines = LineIndex.afterChange(previous.lines, text, end, delta);
  const result: ParsedPosting = { text, lines, document: edited, data, problems: [] };
  if (proved) nestingProved.add(result);
  return result;
}

/**
 * The patched parses whose text the nesting estimate's quick proof holds for (nesting.ts, cannotRunAway): on a long
 * posting the proof reads the whole text, so each key carries it over from the parse before instead (proofSurvives).
 */
const nestingProved = new WeakSet<ParsedPosting>();

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * The nodes from the document's root collection down to the scalar holding [start, end), each collection in block
 * context with no anchor or tag, the scalar a value (never a key); undefined otherwise.
 */
function pathTo(root: unknown, start: number, end: number): Node[] | undefined {
  const path: Node[] = [];
  let node: unknown = root;
  while (isCollection(node)) {
    if (node.flow || node.anchor || node.tag || !node.range) return undefined;
    path.push(node);
    const items = node.items as unknown[];
    // The last item starting at or before the change (items are in source order).
    let low = 0;
    let high = items.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const itemStart = startOf(items[mid]);
      if (itemStart === undefined) return undefined;
      if (itemStart <= start) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return undefined;
    const item = items[found];
    if (isPair(item)) {
      const value = item.value as unknown;
      if (!isScalar(item.key) || !(isScalar(value) || isCollection(value))) return undefined;
      if (!value.range || value.range[0] > start) return undefined;
      node = value;
    } else node = item;
  }
  if (!isScalar(node) || !node.range || node.anchor || node.tag || path.length === 0) return undefined;
  if (!(node.range[0] < start && end <= node.range[1])) return undefined;
  path.push(node);
  return path;
}

function startOf(item: unknown): number | undefined {
  if (isPair(item)) {
    const key = item.key as unknown;
    if (isScalar(key) && key.range) return key.range[0];
    return undefined;
  }
  return isScalar(item) || isCollection(item) ? item.range?.[0] : undefined;
}

const plainIndicators = /[:#{}[\],&*!|>'"%@`]/;
const blockHeader = /^[|>][-+]?[ ]*(?:#[^\n\r]*)?$/;

function isSpace(character: string | undefined): boolean {
  return character === undefined || character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

/** Whether the change lies strictly inside the scalar's content and keeps the structure (see reparseAfterChange). */
function fitsInside(scalar: Scalar, before: string, after: string, change: TextChange, removedText: string): boolean {
  const { start, removed, inserted } = change;
  const end = start + removed;
  const [scalarStart, valueEnd] = scalar.range!;
  const lineStart = before.lastIndexOf('\n', start - 1) + 1;
  // A lone carriage return ends a line too: one before the change on its line (or right before it) is left to a parse.
  if (before.lastIndexOf('\r', start - 1) >= lineStart) return false;
  let contentStart = lineStart;
  while (before[contentStart] === ' ') contentStart++;
  if (start <= contentStart || start <= scalarStart) return false;
  const changed = removedText + inserted;
  /** The characters on either side of the change in the new text. */
  const left = after[start - 1];
  const right = after[start + inserted.length];
  switch (scalar.type) {
    case 'PLAIN': {
      if (plainIndicators.test(changed)) return false;
      if (start === scalarStart + 1 && '-?:'.includes(before[scalarStart])) return false;
      const last = inserted.length ? inserted[inserted.length - 1] : left;
      for (const [x, y] of [
        [left, inserted[0] ?? right],
        [last, right],
      ]) {
        if ((x === ':' && isSpace(y)) || (isSpace(x) && y === '#')) return false;
      }
      // The scalar ends where its last character that is not a space ends.
      return end < valueEnd || !isSpace(last);
    }
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const headerEnd = before.indexOf('\n', scalarStart);
      if (headerEnd < 0 || start <= headerEnd || end >= valueEnd) return false;
      const header = before.slice(scalarStart, before[headerEnd - 1] === '\r' ? headerEnd - 1 : headerEnd);
      return blockHeader.test(header);
    }
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE': {
      if (end >= valueEnd) return false;
      const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : "'";
      if (changed.includes(quote) || changed.includes('\\')) return false;
      if (left === quote || right === quote) return false;
      if (scalar.type === 'QUOTE_DOUBLE') {
        const lineEnd = before.indexOf('\n', start);
        if (before.slice(lineStart, lineEnd < 0 ? before.length : lineEnd).includes('\\')) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Scalars whose source alone is known to compose to their value (each found so, or composed so). */
const verified = new WeakSet<Scalar>();

/** The scalar the library composes from `source` alone, when it is one clean scalar of the same type. */
function composeAlone(source: string, type: Scalar['type']): Scalar | undefined {
  const documents = parseAllDocuments(source, yamlParseOptions);
  if (!Array.isArray(documents) || documents.length !== 1) return undefined;
  const [document] = documents;
  const node = document.contents as unknown;
  if (document.errors.length || document.warnings.length || !isScalar(node) || node.type !== type) return undefined;
  if (!node.range || node.range[0] !== 0 || node.range[1] !== source.length || node.anchor || node.tag) return undefined;
  const value = node.value as unknown;
  if (value !== null && typeof value === 'object') return undefined;
  return node;
}

/**
 * The block scalar after a change inside one of its content lines, made from its old value rather than composed again
 * (a compose of the scalar alone costs a document, its schema and a lex of the whole paragraph, on every key). A
 * content line after the indentation is copied into the value as it is; only the line breaks and the indentation
 * between lines are folded, kept or dropped, and the change (after the line's first character, no line break or tab,
 * see fitsInside) alters no line's kind. So the new value is the old one with the same change at the place the line
 * holds in it, found by walking the lines before it as the library's resolveBlockScalar does. Undefined (the caller
 * composes instead) for a scalar at the root (its lines could become document markers), with a carriage return, or
 * whose first content line is not its first line; and when the line is not found where the walk puts it.
 */
function derivedBlockScalar(scalar: Scalar, before: string, change: TextChange): Scalar | undefined {
  const folded = scalar.type === 'BLOCK_FOLDED';
  if (!folded && scalar.type !== 'BLOCK_LITERAL') return undefined;
  const value = scalar.value;
  if (typeof value !== 'string' || scalar.source !== value) return undefined;
  const { start, removed, inserted } = change;
  const valueEnd = scalar.range![1];
  const lineStart = before.lastIndexOf('\n', start - 1) + 1;
  let from = before.indexOf('\n', scalar.range![0]) + 1;
  const carriage = before.indexOf('\r', from);
  if (from <= 0 || (carriage >= 0 && carriage < valueEnd)) return undefined;
  /** Leading spaces of the line at `at`, and where the line ends. */
  const lineAt = (at: number): { indent: number; end: number } => {
    let content = at;
    while (before.charCodeAt(content) === 32) content++;
    const end = before.indexOf('\n', at);
    return { indent: content - at, end: end < 0 || end > valueEnd ? valueEnd : end };
  };
  const first = lineAt(from);
  const trimIndent = first.indent;
  if (trimIndent === 0 || first.end === from + trimIndent) return undefined;
  let length = 0;
  let sep = '';
  let moreIndented = false;
  /** The value's length after the line at `at` is appended (resolveBlockScalar's loop), and what the line adds before its content. */
  const append = (at: number, line: { indent: number; end: number }): number => {
    const content = line.end - at - line.indent;
    if (!folded) {
      const lead = sep.length + Math.max(0, line.indent - trimIndent);
      length += lead + content;
      sep = '\n';
      return lead;
    }
    if (line.indent > trimIndent || before[at + line.indent] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!moreIndented && sep === '\n') sep = '\n\n';
      const lead = sep.length + line.indent - trimIndent;
      length += lead + content;
      sep = '\n';
      moreIndented = true;
      return lead;
    }
    if (content === 0) {
      if (sep === '\n') length += 1;
      else sep = '\n';
      return 0;
    }
    const lead = sep.length;
    length += lead + content;
    sep = ' ';
    moreIndented = false;
    return lead;
  };
  for (let line = first; from < lineStart; line = lineAt(from)) {
    append(from, line);
    from = line.end + 1;
  }
  if (from !== lineStart) return undefined;
  const line = lineAt(lineStart);
  const lineValueStart = length + append(lineStart, line);
  const contentStart = lineStart + line.indent;
  const at = lineValueStart + start - contentStart;
  if (line.indent < trimIndent || !value.startsWith(before.slice(contentStart, line.end), lineValueStart)) return undefined;
  const derived = copyOf(scalar);
  derived.value = value.slice(0, at) + inserted + value.slice(at + removed);
  derived.source = derived.value as string;
  return derived;
}

/** Whether the scalar's old source alone composes to its old value (checked once per scalar). */
function composesAlike(scalar: Scalar, before: string): boolean {
  if (verified.has(scalar)) return true;
  const alone = composeAlone(before.slice(scalar.range![0], scalar.range![1]), scalar.type);
  if (!alone || !Object.is(alone.value, scalar.value)) return false;
  verified.add(scalar);
  return true;
}

const noData = Symbol('no data');

/** The data with the value at the scalar's path replaced; containers on the path are copied, the rest shared. */
function dataWith(data: unknown, path: Node[], value: unknown): unknown {
  if (path.length === 1) return value;
  const [collection, next] = path;
  let key: string | number;
  if (isMap(collection)) {
    const pair = collection.items.find((item) => item.value === next);
    const keyValue = isScalar(pair?.key) ? (pair.key.value as unknown) : noData;
    if (keyValue === noData || (keyValue !== null && typeof keyValue === 'object')) return noData;
    key = keyValue === null ? '' : String(keyValue);
    if (key === '__proto__' || data === null || typeof data !== 'object' || Array.isArray(data) || !Object.hasOwn(data, key)) return noData;
    const inner = dataWith((data as Record<string, unknown>)[key], path.slice(1), value);
    if (inner === noData) return noData;
    return { ...(data as Record<string, unknown>), [key]: inner };
  }
  key = (collection as { items: unknown[] }).items.indexOf(next);
  if (!Array.isArray(data) || key < 0 || key >= data.length) return noData;
  const inner = dataWith(data[key], path.slice(1), value);
  if (inner === noData) return noData;
  const copy = data.slice();
  copy[key] = inner;
  return copy;
}

const nodeType = Symbol.for('yaml.node.type');

/**
 * A shallow copy of a node, pair or document. A scalar, pair, map or sequence is made by its own class's constructor
 * and then given the original's properties in their order, so the copy has the same hidden class (V8's map) as the
 * nodes the parser makes: copies made with Object.create and Object.assign had one of their own, and every read of a
 * node's range, value or items after a key then met two shapes where a fresh parse has one. Other nodes (the document,
 * a node of another class) are copied with their property descriptors.
 */
function copyOf<T extends object>(node: T): T {
  const made = madeLike(node);
  if (made) return Object.assign(made, node);
  if (!isScalar(node) && !isCollection(node) && !isPair(node)) {
    return Object.create(Object.getPrototypeOf(node) as object | null, Object.getOwnPropertyDescriptors(node)) as T;
  }
  const copy = Object.assign(Object.create(Object.getPrototypeOf(node) as object | null) as T, node);
  Object.defineProperty(copy, nodeType, { value: (node as Record<symbol, unknown>)[nodeType] });
  if (isCollection(node))
    Object.defineProperty(copy, 'schema', { value: node.schema, configurable: true, enumerable: false, writable: true });
  return copy;
}

/** A new node of the same class, made as the parser makes one (before its other properties are set), or undefined. */
function madeLike<T extends object>(node: T): T | undefined {
  switch (node.constructor) {
    case Scalar:
      return new Scalar((node as unknown as Scalar).value) as unknown as T;
    case Pair:
      return new Pair((node as unknown as Pair).key, (node as unknown as Pair).value) as unknown as T;
    case YAMLMap:
      return new YAMLMap((node as unknown as YAMLMap).schema) as unknown as T;
    case YAMLSeq:
      return new YAMLSeq((node as unknown as YAMLSeq).schema) as unknown as T;
    default:
      return undefined;
  }
}

function shiftRange(range: readonly number[], end: number, delta: number): number[] {
  return range.map((offset) => (offset >= end ? offset + delta : offset));
}

/**
 * The node with every offset at or after `end` moved by `delta`, and `replaced` put in place of `original`: nodes that
 * end before the change are returned as they are, the others copied.
 */
function shifted(node: unknown, end: number, delta: number, original: Scalar, replaced: Scalar): unknown {
  if (node === original) return replaced;
  if (isPair(node)) {
    const key = shifted(node.key, end, delta, original, replaced);
    const value = shifted(node.value, end, delta, original, replaced);
    if (key === node.key && value === node.value) return node;
    const copy = copyOf(node);
    copy.key = key;
    copy.value = value;
    return copy;
  }
  if (!isNode(node)) return node;
  const range = node.range;
  if (!range || range[2] < end) return node;
  const copy = copyOf(node);
  copy.range = shiftRange(range, end, delta) as [number, number, number];
  if (isCollection(copy)) {
    const items = copy.items as unknown[];
    copy.items = items.map((item) => shifted(item, end, delta, original, replaced)) as typeof copy.items;
  }
  return copy;
}
