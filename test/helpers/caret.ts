/** A text with one `|` marking the cursor (yaml-language-server's test idiom): the text without it, and the cursor. */
export function withCaret(marked: string): { text: string; position: { line: number; character: number } } {
  const at = marked.indexOf('|');
  if (at < 0) throw new Error('No caret (|) in the text');
  const before = marked.slice(0, at);
  const line = before.split('\n').length - 1;
  return { text: before + marked.slice(at + 1), position: { line, character: at - (before.lastIndexOf('\n') + 1) } };
}
