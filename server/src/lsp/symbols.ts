// The enums from the types package alone: this module runs in the check and side workers, where
// vscode-languageserver/node would load the whole protocol (about 100 ms of CPU per worker start) for two enums.
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Range,
  type SelectionRange,
} from 'vscode-languageserver-types';
import { LineIndex, type FoldingRegion, type Position, type PostingSymbol } from '../engine';

const kinds: Record<PostingSymbol['kind'], SymbolKind> = {
  section: SymbolKind.Namespace,
  list: SymbolKind.Array,
  field: SymbolKind.Field,
  item: SymbolKind.String,
};

export function toDocumentSymbol(symbol: PostingSymbol): DocumentSymbol {
  const result: DocumentSymbol = {
    name: symbol.name,
    kind: kinds[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
  if (symbol.detail) result.detail = symbol.detail;
  return result;
}

export function toFoldingRange(region: FoldingRegion): FoldingRange {
  const range: FoldingRange = { startLine: region.startLine, endLine: region.endLine };
  if (region.kind === 'comment') range.kind = FoldingRangeKind.Comment;
  return range;
}

/** Chains ranges (innermost first) into the LSP's linked SelectionRange. */
export function toSelectionRange(ranges: Range[]): SelectionRange {
  let parent: SelectionRange | undefined;
  for (const range of [...ranges].reverse()) parent = parent ? { range, parent } : { range };
  return parent ?? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** The offsets of LSP positions in a text. */
export function offsetsOf(text: string, positions: readonly Position[]): number[] {
  const lines = new LineIndex(text);
  return positions.map((position) => lines.offsetAt(position));
}
