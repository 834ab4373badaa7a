import { isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml';
import { defaultLimits, parsePosting, type ParsedPosting } from '../document/parse';
import { postingFacts } from '../template/postingFacts';
import { profileSchema, selectProfile } from '../template/profiles';
import { schemaAtPath, titleOf, type SchemaNode } from '../template/schemaStore';
import { Structure } from '../document/structure';
import type { Range } from '../text/positions';
import type { Path } from '../document/yamlNodes';

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

/** The outline by section, each named by its template heading. */
export function postingSymbols(text: string, parsed: ParsedPosting = parsePosting(text)): PostingSymbol[] {
  const contents = parsed.document?.contents;
  if (!isMap(contents)) return [];
  const root = rootSchema(parsed, text);
  return mapSymbols(parsed, root, contents, []);
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

function mapSymbols(parsed: ParsedPosting, root: SchemaNode, map: Node, path: Path): PostingSymbol[] {
  if (!isMap(map) || path.length >= maxOutlineDepth) return [];
  const symbols: PostingSymbol[] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const childPath = [...path, key];
    const value = isNode(pair.value) ? pair.value : null;
    const [start, keyEnd] = pair.key.range;
    const end = value?.range ? trimmedEnd(parsed.text, value.range[1]) : keyEnd;
    const symbol: PostingSymbol = {
      name: titleOf(schemaAtPath(root, childPath), key),
      kind: isMap(value) ? 'section' : isSeq(value) ? 'list' : 'field',
      range: parsed.lines.range(start, Math.max(end, keyEnd)),
      selectionRange: parsed.lines.range(start, keyEnd),
      children: isMap(value) ? mapSymbols(parsed, root, value, childPath) : isSeq(value) ? itemSymbols(parsed, root, value, childPath) : [],
    };
    if (isScalar(value) && value.value !== null) symbol.detail = shorten(String(value.value));
    symbols.push(symbol);
  }
  return symbols;
}

function itemSymbols(parsed: ParsedPosting, root: SchemaNode, seq: Node, path: Path): PostingSymbol[] {
  if (!isSeq(seq) || path.length >= maxOutlineDepth) return [];
  const symbols: PostingSymbol[] = [];
  seq.items.forEach((item, index) => {
    const node = isNode(item) ? item : undefined;
    if (!node?.range) return;
    const range = parsed.lines.range(node.range[0], trimmedEnd(parsed.text, node.range[1]));
    const first = isMap(node) ? node.items.find((p) => isPair(p) && isScalar(p.value)) : undefined;
    const label = isScalar(node) ? String(node.value) : first && isScalar(first.value) ? String(first.value.value) : `Item ${index + 1}`;
    symbols.push({
      name: `${index + 1}. ${shorten(label)}`,
      kind: 'item',
      range,
      selectionRange: range,
      children: isMap(node) ? mapSymbols(parsed, root, node, [...path, index]) : [],
    });
  });
  return symbols;
}

/** Folds every section, list and multi-line value, and every run of two or more comment lines. */
export function postingFolding(text: string, parsed: ParsedPosting = parsePosting(text)): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const visit = (symbols: PostingSymbol[]) => {
    for (const symbol of symbols) {
      if (symbol.range.end.line > symbol.range.start.line) {
        regions.push({ startLine: symbol.range.start.line, endLine: symbol.range.end.line });
      }
      visit(symbol.children);
    }
  };
  visit(postingSymbols(text, parsed));
  let commentStart: number | undefined;
  for (let line = 0; line <= parsed.lines.lineCount; line++) {
    const isComment = line < parsed.lines.lineCount && /^\s*#/.test(parsed.lines.lineText(line));
    if (isComment && commentStart === undefined) commentStart = line;
    if (!isComment && commentStart !== undefined) {
      if (line - 1 > commentStart) regions.push({ startLine: commentStart, endLine: line - 1, kind: 'comment' });
      commentStart = undefined;
    }
  }
  return regions;
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

function shorten(text: string, max = 48): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
