import { isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml';
import { defaultLimits, parsePosting, type ParsedPosting } from '../document/parse';
import { postingFacts } from '../template/postingFacts';
import { profileSchema, selectProfile } from '../template/profiles';
import { schemaAtPath, titleOf, type SchemaNode } from '../template/schemaStore';
import { Structure } from '../document/structure';
import type { Range } from '../text/positions';
import type { Path } from '../document/yamlNodes';
import limits from '../../../../schemas/limits.json';
import { withThousands } from '../text/numbers';

/** An outline entry, as the LSP's DocumentSymbol (the server maps `kind` to its number). */
export interface PostingSymbol {
  name: string;
  detail?: string;
  kind: 'section' | 'list' | 'field' | 'item';
  range: Range;
  selectionRange: Range;
  children: PostingSymbol[];
}

export interface FoldingRegion {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

/** At most this many outline entries (and folding regions) for one document (schemas/limits.json). */
export const maxOutlineEntries: number = limits.maxOutlineEntries;

/** How many entries an outline may still make, and where the first one left out is. */
interface OutlineBudget {
  left: number;
  /** Entries left out (pairs and items, at any depth), and the key range of the first. */
  skipped: number;
  firstSkipped?: [number, number];
}

/**
 * The outline by section, each named by its template heading. Past `maxEntries` entries (pre-order), the rest are
 * counted, not made, and one last top-level entry says how many were left out (in the reader's language).
 */
export function postingSymbols(
  text: string,
  parsed: ParsedPosting = parsePosting(text),
  options: { locale?: string; maxEntries?: number } = {},
): PostingSymbol[] {
  const contents = parsed.document?.contents;
  if (!isMap(contents)) return [];
  const root = rootSchema(parsed, text);
  const budget: OutlineBudget = { left: options.maxEntries ?? maxOutlineEntries, skipped: 0 };
  const symbols = mapSymbols(parsed, root, contents, [], budget);
  if (budget.skipped && budget.firstSkipped) {
    const range = parsed.lines.range(...budget.firstSkipped);
    const template = options.locale?.toLowerCase().startsWith('ja') ? limits.outlineMore.ja : limits.outlineMore.en;
    const name = template
      .replace('{count}', withThousands(budget.skipped))
      .replace('{limit}', withThousands(options.maxEntries ?? maxOutlineEntries));
    symbols.push({ name, kind: 'field', range, selectionRange: range, children: [] });
  }
  return symbols;
}

/** Counts an entry left out, and the entries under it (no ranges, no names: a walk of the nodes only). */
function skip(budget: OutlineBudget, node: unknown, at: [number, number] | undefined, depth: number): void {
  budget.skipped++;
  budget.firstSkipped ??= at;
  if (depth >= maxOutlineDepth) return;
  if (isMap(node)) {
    for (const pair of node.items) if (isPair(pair) && isScalar(pair.key) && pair.key.range) skip(budget, pair.value, undefined, depth + 1);
  } else if (isSeq(node)) {
    for (const item of node.items) if (isNode(item) && item.range) skip(budget, item, undefined, depth + 1);
  }
}

function rootSchema(parsed: ParsedPosting, text: string): SchemaNode {
  if (parsed.data && typeof parsed.data === 'object') return profileSchema(selectProfile(parsed.data));
  return postingFacts(new Structure(text)).root;
}

/**
 * The outline stops this deep: a posting is a few levels deep, and a runaway text nested thousands of levels (which
 * the parser may still build, e.g. `'a': 'a': …`) must not overflow the stack here or in the editor's protocol.
 */
export const maxOutlineDepth = defaultLimits.maxDepth;

function mapSymbols(parsed: ParsedPosting, root: SchemaNode, map: Node, path: Path, budget: OutlineBudget): PostingSymbol[] {
  if (!isMap(map) || path.length >= maxOutlineDepth) return [];
  const symbols: PostingSymbol[] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const value = isNode(pair.value) ? pair.value : null;
    const [start, keyEnd] = pair.key.range;
    if (budget.left <= 0) {
      skip(budget, value, [start, keyEnd], path.length + 1);
      continue;
    }
    budget.left--;
    const key = String(pair.key.value);
    const childPath = [...path, key];
    const end = value?.range ? trimmedEnd(parsed.text, value.range[1]) : keyEnd;
    const symbol: PostingSymbol = {
      name: titleOf(schemaAtPath(root, childPath), key),
      kind: isMap(value) ? 'section' : isSeq(value) ? 'list' : 'field',
      range: parsed.lines.range(start, Math.max(end, keyEnd)),
      selectionRange: parsed.lines.range(start, keyEnd),
      children: isMap(value)
        ? mapSymbols(parsed, root, value, childPath, budget)
        : isSeq(value)
          ? itemSymbols(parsed, root, value, childPath, budget)
          : [],
    };
    if (isScalar(value) && value.value !== null) symbol.detail = shorten(String(value.value));
    symbols.push(symbol);
  }
  return symbols;
}

function itemSymbols(parsed: ParsedPosting, root: SchemaNode, seq: Node, path: Path, budget: OutlineBudget): PostingSymbol[] {
  if (!isSeq(seq) || path.length >= maxOutlineDepth) return [];
  const symbols: PostingSymbol[] = [];
  seq.items.forEach((item, index) => {
    const node = isNode(item) ? item : undefined;
    if (!node?.range) return;
    if (budget.left <= 0) {
      skip(budget, node, [node.range[0], node.range[0]], path.length + 1);
      return;
    }
    budget.left--;
    const range = parsed.lines.range(node.range[0], trimmedEnd(parsed.text, node.range[1]));
    const first = isMap(node) ? node.items.find((p) => isPair(p) && isScalar(p.value)) : undefined;
    const label = isScalar(node) ? String(node.value) : first && isScalar(first.value) ? String(first.value.value) : `Item ${index + 1}`;
    symbols.push({
      name: `${index + 1}. ${shorten(label)}`,
      kind: 'item',
      range,
      selectionRange: range,
      children: isMap(node) ? mapSymbols(parsed, root, node, [...path, index], budget) : [],
    });
  });
  return symbols;
}

/** Folds every section, list and multi-line value, and every run of two or more comment lines. */
export function postingFolding(text: string, parsed: ParsedPosting = parsePosting(text), maxEntries = maxOutlineEntries): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const visit = (symbols: PostingSymbol[]) => {
    for (const symbol of symbols) {
      if (symbol.range.end.line > symbol.range.start.line) {
        regions.push({ startLine: symbol.range.start.line, endLine: symbol.range.end.line });
      }
      visit(symbol.children);
    }
  };
  visit(postingSymbols(text, parsed, { maxEntries }));
  let commentStart: number | undefined;
  for (let line = 0; line <= parsed.lines.lineCount; line++) {
    const isComment = line < parsed.lines.lineCount && /^\s*#/.test(parsed.lines.lineText(line));
    if (isComment && commentStart === undefined) commentStart = line;
    if (!isComment && commentStart !== undefined) {
      if (line - 1 > commentStart) regions.push({ startLine: commentStart, endLine: line - 1, kind: 'comment' });
      commentStart = undefined;
    }
  }
  // Comment runs count against the same limit as the outline's entries.
  return regions.length > maxEntries ? regions.slice(0, maxEntries) : regions;
}

/** For each position, the ranges that enclose it, innermost first: value, field, section, …, the posting. */
export function postingSelectionRanges(text: string, offsets: number[], parsed: ParsedPosting = parsePosting(text)): Range[][] {
  return offsets.map((offset) => {
    const spans: [number, number][] = [[0, trimmedEnd(text, text.length)]];
    let node: Node | null | undefined = parsed.document?.contents;
    while (node && (isMap(node) || isSeq(node))) {
      let next: Node | null | undefined;
      for (const item of node.items) {
        if (isPair(item)) {
          const key = isNode(item.key) ? item.key : null;
          const value = isNode(item.value) ? item.value : null;
          if (!key?.range) continue;
          const end = value?.range ? trimmedEnd(text, value.range[1]) : key.range[1];
          if (offset < key.range[0] || offset > end) continue;
          spans.push([key.range[0], end]);
          if (offset <= key.range[1]) spans.push([key.range[0], key.range[1]]);
          else next = value;
          break;
        }
        const child = isNode(item) ? item : undefined;
        if (child?.range && offset >= child.range[0] && offset <= trimmedEnd(text, child.range[1])) {
          next = child;
          break;
        }
      }
      if (next?.range) spans.push([next.range[0], trimmedEnd(text, next.range[1])]);
      node = next;
    }
    const unique = spans.filter(([s, e], i) => i === 0 || s !== spans[i - 1][0] || e !== spans[i - 1][1]);
    return unique.reverse().map(([s, e]) => parsed.lines.range(s, Math.max(s, e)));
  });
}

function trimmedEnd(text: string, end: number): number {
  let at = Math.min(end, text.length);
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}

/**
 * The text on one line (runs of white space as one space, none at either end), cut to `max` characters with an
 * ellipsis. Reads only as far as the label needs: a 1.5 MB duty costs its first words, not a copy of it.
 */
function shorten(text: string, max = 48): string {
  let line = '';
  let space = false;
  for (let i = 0; i < text.length && line.length <= max; i++) {
    const character = text[i];
    if (whiteSpace.test(character)) {
      space = line.length > 0;
      continue;
    }
    if (space) line += ' ';
    space = false;
    line += character;
  }
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const whiteSpace = /\s/;
