import type { LineIndex, Range } from '../../engine';

/** Longest slice of a line shown in a frame; longer lines are cropped around the problem. */
const maxWidth = 120;

/**
 * The offending line with its number and an underline under the problem's range, e.g.
 *   12 |   duties:
 *      |   ^^^^^^
 * A range running over several lines is underlined to the end of its first line.
 */
export function codeFrame(lines: LineIndex, range: Range, paint: (text: string) => string = (text) => text): string {
  const line = Math.min(range.start.line, lines.lineCount - 1);
  const text = lines.lineText(line);
  const start = Math.min(range.start.character, text.length);
  const end = range.end.line === range.start.line ? Math.min(range.end.character, text.length) : text.length;
  const [shown, offset] = crop(text, start);
  const gutter = String(line + 1);
  // Keep tabs under tabs so the caret lines up whatever the terminal's tab width.
  const lead = shown.slice(0, start - offset).replace(/[^\t]/g, ' ');
  const marks = '^'.repeat(Math.max(1, Math.min(end, offset + shown.length) - start));
  return [`  ${gutter} | ${shown}`, `  ${' '.repeat(gutter.length)} | ${lead}${paint(marks)}`].join('\n');
}

function crop(text: string, column: number): [string, number] {
  if (text.length <= maxWidth) return [text, 0];
  const offset = Math.max(0, Math.min(column - 20, text.length - maxWidth));
  return [text.slice(offset, offset + maxWidth), offset];
}
