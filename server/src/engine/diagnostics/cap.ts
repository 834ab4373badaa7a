import { makeProblem, type Problem } from './problems';

/**
 * At most this many problems of one code, and this many in all, are shown for one document. A runaway text (a word
 * pasted 300,000 times) otherwise yields 300,000 diagnostics: a 98 MB message to the editor and a wall nobody reads.
 */
export const problemCaps = { perCode: 100, total: 500 };

/**
 * The problems with each code's beyond its cap (and all beyond the total) left out, each left-out group told by one
 * summary problem at its first hidden problem: "…and 4,812 more 'gender-coded-word' problems not shown".
 */
export function capProblems(problems: readonly Problem[], caps = problemCaps): Problem[] {
  if (problems.length <= caps.perCode) return [...problems];
  const shownPerCode = new Map<string, number>();
  const hidden = new Map<string, { count: number; first: Problem }>();
  const shown: Problem[] = [];
  for (const problem of problems) {
    const count = shownPerCode.get(problem.code) ?? 0;
    // Room is kept for the summaries, so the total with them stays within caps.total.
    if (count < caps.perCode && shown.length < caps.total - hidden.size - 1) {
      shownPerCode.set(problem.code, count + 1);
      shown.push(problem);
      continue;
    }
    const group = hidden.get(problem.code);
    if (group) group.count++;
    else hidden.set(problem.code, { count: 1, first: problem });
  }
  for (const [code, { count, first }] of hidden) {
    shown.push(
      makeProblem('too-many-problems', first.range, {
        count: count.toLocaleString('en-US'),
        what: `'${code}' ${count === 1 ? 'problem' : 'problems'}`,
        what_ja: `「${code}」の問題`,
        shown: caps.perCode,
        total: caps.total,
      }),
    );
  }
  return shown;
}
