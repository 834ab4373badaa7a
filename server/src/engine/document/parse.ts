import { isCollection, isMap, isPair, isScalar, parseAllDocuments, YAMLParseError, type Node, type YAMLError } from 'yaml';
import { invalidCharacters } from './characters';
import { findRunawayNesting } from './nesting';
import { countTopLevelKeys, maxTopLevelKeys } from './prescan';
import { makeProblem, type Problem } from '../diagnostics/problems';
import { LineIndex } from '../text/positions';
import { withThousands } from '../text/numbers';
import { reparseAfterChange, yamlParseOptions } from './incremental';
import type { ParseLimits, ParsedPosting } from './parsed';

export type { ParseLimits, ParsedPosting };

export const defaultLimits: ParseLimits = { maxFileSize: 2_000_000, maxAliasCount: 100, maxDepth: 64 };

/**
 * The last text parsed and its result. While an author types, the editor asks for the diagnostics, outline, folding,
 * code lens and preview of one version in a row, and they share this one parse. Its users never change a result (edits
 * are made on the text), so sharing it is safe; one entry keeps the memory of one posting.
 */
let lastParse: { text: string; limits: ParseLimits; parsed: ParsedPosting } | undefined;

/**
 * The parse of `text`. While an author types, a text differs from the one before inside one scalar: then the parse of
 * that text (`previous`, which must have been made with the same limits, or else the last parse made with them) is
 * patched instead, which gives what a fresh parse would (see incremental.ts).
 */
export function parsePosting(text: string, limits: ParseLimits = defaultLimits, previous?: ParsedPosting): ParsedPosting {
  if (lastParse && lastParse.text === text && sameLimits(lastParse.limits, limits)) return lastParse.parsed;
  if (previous?.text === text) return previous;
  const base = previous ?? (lastParse && sameLimits(lastParse.limits, limits) ? lastParse.parsed : undefined);
  let parsed = base ? reparseAfterChange(base, text, limits) : undefined;
  if (parsed) {
    lastParse = { text, limits, parsed };
    return parsed;
  }
  try {
    parsed = parseAnew(text, limits);
  } catch (error) {
    // The nesting guard should make this unreachable; should a shape it misses still overflow the parser's stack,
    // the author reads "too deep" and every feature (outline, hover, lens) gets a result without data, not an error.
    if (!(error instanceof RangeError)) throw error;
    const lines = new LineIndex(text);
    parsed = { text, lines, data: undefined, problems: [makeProblem('too-deep', lines.lineRange(0), { limit: limits.maxDepth })] };
  }
  lastParse = { text, limits, parsed };
  return parsed;
}

/** Forgets the last parse, so the next one is made afresh (tests compare the two). */
export function forgetLastParse(): void {
  lastParse = undefined;
}

export function sameLimits(a: ParseLimits, b: ParseLimits): boolean {
  return a.maxFileSize === b.maxFileSize && a.maxAliasCount === b.maxAliasCount && a.maxDepth === b.maxDepth;
}

export function parseAnew(text: string, limits: ParseLimits): ParsedPosting {
  const lines = new LineIndex(text);
  if (text.length > limits.maxFileSize) {
    const problem = makeProblem('too-large', lines.lineRange(0), { size: text.length, limit: limits.maxFileSize });
    return { text, lines, data: undefined, problems: [problem] };
  }
  // Tens of thousands of top-level keys are no posting, and the parse alone would take seconds: say so at once.
  const keys = countTopLevelKeys(text);
  if (keys.pastLimit !== undefined) {
    const count = withThousands(keys.count);
    const problem = makeProblem('too-many-keys', lines.lineRange(lines.positionAt(keys.pastLimit).line), {
      count,
      limit: withThousands(maxTopLevelKeys),
    });
    return { text, lines, data: undefined, problems: [problem] };
  }
  // Runaway nesting would overflow the parser's stack (or abort the process): reject it before parsing.
  const runaway = findRunawayNesting(text);
  if (runaway !== undefined) {
    const line = lines.positionAt(runaway).line;
    const range = lines.range(runaway, Math.max(runaway + 1, Math.min(lines.lineEnd(line), runaway + 80)));
    return { text, lines, data: undefined, problems: [makeProblem('too-deep', range, { limit: limits.maxDepth })] };
  }
  // The parser's own duplicate-key check compares each key with every earlier one (quadratic: 8,000 keys took
  // seconds); duplicateKeyErrors does the same check in one pass and reports the whole key.
  const documents = parseAllDocuments(text, yamlParseOptions);
  // parseAllDocuments returns an EmptyStream (an array with no documents) for an empty text.
  const document = Array.isArray(documents) ? documents[0] : documents;
  if (document) {
    const duplicates = duplicateKeyErrors(document.contents);
    if (duplicates.length) {
      document.errors.push(...duplicates);
      document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
    }
  }
  const problems: Problem[] = invalidCharacters(text, lines);
  if (!document) return { text, lines, data: null, problems };

  const reportedLines = new Set<number>();
  for (const error of [...document.errors, ...document.warnings]) {
    const [start, end] = errorOffsets(text, error);
    const range = lines.range(start, end);
    // The parser often reports one mistake twice (e.g. a bad indent as two key errors): keep one per line.
    if (reportedLines.has(range.start.line)) continue;
    reportedLines.add(range.start.line);
    if (error.code === 'DUPLICATE_KEY') {
      problems.push(makeProblem('duplicate-key', range, { key: text.slice(start, end).trim() }));
    } else {
      problems.push(makeProblem('yaml-syntax', range, { detail: describeYamlError(error.message) }));
    }
  }
  if (Array.isArray(documents) && documents.length > 1) {
    const second = documents[1];
    const start = second.range[0];
    problems.push(makeProblem('multiple-documents', lines.lineRange(lines.positionAt(start).line)));
  }

  const tooDeep = findTooDeep(document.contents, limits.maxDepth);
  if (tooDeep) {
    problems.push(makeProblem('too-deep', nodeRange(lines, tooDeep), { limit: limits.maxDepth }));
    return { text, lines, document, data: undefined, problems };
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount.
    const alias = firstAliasOffset(text);
    problems.push(makeProblem('alias-limit', lines.lineRange(lines.positionAt(alias).line), { limit: limits.maxAliasCount }));
    return { text, lines, document, data: undefined, problems };
  }
  return { text, lines, document, data, problems };
}

/** Where to mark a parser error: an unclosed quote at its opening quote, anything else where the parser saw it. */
function errorOffsets(text: string, error: YAMLError): [number, number] {
  const [errorStart, errorEnd] = error.pos;
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code === 'MISSING_CHAR' && quote) {
    const opening = text.lastIndexOf(quote, errorStart - 1);
    if (opening >= 0) {
      const lineEnd = text.slice(opening).search(/\r?\n|\r|$/);
      return [opening, opening + Math.max(1, lineEnd)];
    }
  }
  // An error at the very end of the text still gets a visible one-character range.
  const start = Math.min(errorStart, Math.max(0, text.length - 1));
  return [start, Math.max(errorEnd, start + 1)];
}

/** The YAML library's message without its trailing "at line x, column y" (the range says that). */
function describeYamlError(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}

function firstAliasOffset(text: string): number {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
  return match ? match.index + match[1].length : 0;
}

export function nodeRange(lines: LineIndex, node: Node | null | undefined): ReturnType<LineIndex['range']> {
  if (!node?.range) return lines.lineRange(0);
  const [start, valueEnd] = node.range;
  return lines.range(start, Math.max(valueEnd, start));
}

/**
 * The keys that repeat an earlier key of the same mapping, as the parser's DUPLICATE_KEY errors: equal scalar values
 * (1 and "1" differ, as in the parser); keys that are collections are never equal. One pass, without recursion.
 */
function duplicateKeyErrors(root: unknown): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    const seen = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      stack.push(item.key, item.value);
      if (!seen || !isScalar(item.key) || Number.isNaN(item.key.value)) continue;
      const value = item.key.value;
      if (!seen.has(value)) seen.add(value);
      else if (item.key.range)
        errors.push(new YAMLParseError([item.key.range[0], item.key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  }
  return errors;
}

/** Walks collections without recursion; returns the first node nested deeper than the limit. */
function findTooDeep(root: unknown, maxDepth: number): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, depth } = entry;
    if (!isCollection(node)) continue;
    if (depth >= maxDepth) return node;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}
