import { isMap, isPair, isScalar, parseDocument, type Node } from 'yaml';

/** The text with the field at `path` removed: its key line through the last line of its value. */
export function deleteField(text: string, path: readonly string[]): string {
  const document = parseDocument(text);
  let map: unknown = document.contents;
  for (const [index, key] of path.entries()) {
    if (!isMap(map)) throw new Error(`No map at ${path.slice(0, index).join('.')}`);
    const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair) throw new Error(`No field ${path.join('.')}`);
    if (index === path.length - 1) {
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      const start = text.lastIndexOf('\n', keyNode.range![0] - 1) + 1;
      const valueEnd = valueNode?.range ? valueNode.range[1] : keyNode.range![1];
      const lineEnd = text.indexOf('\n', Math.max(valueEnd - 1, keyNode.range![1]));
      return text.slice(0, start) + text.slice(lineEnd === -1 ? text.length : lineEnd + 1);
    }
    map = pair.value;
  }
  return text;
}

/** Replaces the first occurrence of `search` and fails loudly when it is absent. */
export function replaceOnce(text: string, search: string, replacement: string): string {
  const index = text.indexOf(search);
  if (index < 0) throw new Error(`Text not found: ${search}`);
  return text.slice(0, index) + replacement + text.slice(index + search.length);
}

/** The 0-based line and column of the first occurrence of `search` (after `after`, if given). */
export function locate(text: string, search: string, after = ''): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const index = text.indexOf(search, from);
  if (index < 0) throw new Error(`Text not found: ${search}`);
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  return { line, character: index - (before.lastIndexOf('\n') + 1) };
}

/** The range of the first occurrence of `search` (after `after`, if given), which may span lines. */
export function rangeOf(text: string, search: string, after = '') {
  const start = locate(text, search, after);
  const lines = search.split('\n');
  const last = lines[lines.length - 1];
  const end =
    lines.length === 1
      ? { line: start.line, character: start.character + search.length }
      : { line: start.line + lines.length - 1, character: last.length };
  return { start, end };
}
