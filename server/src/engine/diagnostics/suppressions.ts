import type { Problem } from './problems';
import type { LineIndex } from '../text/positions';

// The codes after the directive are checked in code: one pattern with the separators, the codes and the trailing
// space as three runs that may share characters backtracked quadratically on a long line.
const directive = /#\s*posting-disable(-next-line)?(?![\w-])(.*)$/;
const codeList = /^[\w\- \t,]*$/;

/** Whether a problem of a code on a line is silenced by `# posting-disable…` comments (one pass over the lines). */
export function suppressionsOf(lines: LineIndex): (code: string, line: number) => boolean {
  if (!lines.text.includes('posting-disable')) return () => false;
  const fileWide = new Set<string>();
  const perLine = new Map<number, Set<string>>();
  for (let line = 0; line < lines.lineCount; line++) {
    const match = directive.exec(lines.lineText(line));
    if (!match) continue;
    const rest = match[2].trimEnd();
    if (rest && !(/^[ \t]/.test(rest) && codeList.test(rest))) continue; // not a directive: "posting-disable!"
    const codes = rest.split(/[\s,]+/).filter(Boolean);
    const target = match[1] ? (perLine.get(line + 1) ?? new Set<string>()) : fileWide;
    if (!codes.length) target.add('*');
    for (const code of codes) target.add(code);
    if (match[1]) perLine.set(line + 1, target);
  }
  const silenced = (codes: Set<string> | undefined, code: string) => !!codes && (codes.has('*') || codes.has(code));
  return (code, line) => silenced(fileWide, code) || silenced(perLine.get(line), code);
}

/** Drops problems silenced by `# posting-disable-next-line [codes]` or `# posting-disable [codes]` comments. */
export function applySuppressions(problems: Problem[], lines: LineIndex, silenced = suppressionsOf(lines)): Problem[] {
  if (!lines.text.includes('posting-disable')) return problems;
  return problems.filter((p) => !silenced(p.code, p.range.start.line));
}
