import { LineIndex, type Range } from './positions';

/** A minimal change to a text, in the LSP's shape. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Applies non-overlapping edits (as an editor would) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const ordered = edits
    .map((edit, order) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), edit, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const { start, end, edit } of ordered) result = result.slice(0, start) + edit.newText + result.slice(end);
  return result;
}

/** One edit that turns `before` into `after`, limited to the whole lines that differ. */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  // Back up to a line start so the edit reads as whole lines.
  while (start > 0 && before[start - 1] !== '\n') start--;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const lines = new LineIndex(before);
  return { range: lines.range(start, endBefore), newText: after.slice(start, endAfter) };
}
