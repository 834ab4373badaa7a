import { makeProblem, type Problem } from './problems';
import type { Range } from '../text/positions';
import { withThousands } from '../text/numbers';

/**
 * At most this many problems of one code, and this many in all, are shown for one document. A runaway text (a word
 * pasted 300,000 times) otherwise yields 300,000 diagnostics: a 98 MB message to the editor and a wall nobody reads.
 */
export const problemCaps = { perCode: 100, total: 500 };

/**
 * The problems with each code's beyond its cap (and all beyond the total) left out, each left-out group told by one
 * summary problem at its first hidden problem: "…and 4,812 more 'gender-coded-word' problems not shown".
 */
export function capProblems(problems: readonly Problem[], caps = problemCaps, uncounted?: ProblemBudget): Problem[] {
  if (problems.length <= caps.perCode && !uncounted?.skipped.size) return [...problems];
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
  // Problems the budget only counted (never made) join their code's summary, placed at the first of them.
  for (const [code, { count, range }] of uncounted?.skipped ?? []) {
    const group = hidden.get(code);
    if (group) group.count += count;
    else hidden.set(code, { count, first: { code, severity: 'information', message: '', range } });
  }
  for (const [code, { count, first }] of hidden) {
    shown.push(
      makeProblem('too-many-problems', first.range, {
        count: withThousands(count),
        what: `'${code}' ${count === 1 ? 'problem' : 'problems'}`,
        what_ja: `「${code}」の問題`,
        shown: caps.perCode,
        total: caps.total,
      }),
    );
  }
  return shown;
}

/**
 * Bounds the work of a check, not only its answer: past `limit` problems of one code (twice the cap shown, so that
 * problems dropped later — superseded ones — still leave the cap full), a problem is only counted, never made (no
 * message formatted, no did-you-mean searched), and the count joins the code's summary. Problems that settings turn
 * off or ignore comments silence are not made and not counted, as they would be dropped anyway.
 */
export class ProblemBudget {
  private readonly made = new Map<string, number>();
  /** Per code: how many problems were counted only, and the range of the first. */
  readonly skipped = new Map<string, { count: number; range: Range }>();

  /**
   * `byLine`: whether `silenced` may depend on the line (ignore comments in the text). When it does not, a problem
   * beyond the limit is counted without its range being worked out (only the first one's, where the summary goes).
   */
  constructor(
    private readonly silenced: (code: string, line: number) => boolean = () => false,
    readonly limit = problemCaps.perCode * 2,
    private readonly byLine = true,
  ) {}

  /** Whether a problem of `code` is still to be made in full (a silenced one is not). */
  admits(code: string): boolean {
    return (this.made.get(code) ?? 0) < this.limit;
  }

  /**
   * Whether to make a problem of `code` at `range`: true while the code is within its limit (counted as made); false
   * when it is silenced or beyond the limit (then counted for the summary).
   */
  take(code: string, range: Range): boolean {
    return this.rangeToMake(code, () => range) !== undefined;
  }

  /**
   * As `take`, with the range worked out only when it is needed (a rule reporting 300,000 words finds the lines of
   * the first few hundred only): the range when the problem is to be made, else undefined.
   */
  rangeToMake(code: string, rangeOf: () => Range): Range | undefined {
    if (!this.byLine) {
      if (this.silenced(code, 0)) return undefined;
      if (!this.admits(code)) {
        this.skip(code, rangeOf);
        return undefined;
      }
    }
    const range = rangeOf();
    if (this.silenced(code, range.start.line)) return undefined;
    const made = this.made.get(code) ?? 0;
    if (made < this.limit) {
      this.made.set(code, made + 1);
      return range;
    }
    this.skip(code, range);
    return undefined;
  }

  /**
   * Counts `count` problems of `code` at once, the first at `rangeOf()`, when none of them would be made: the code is
   * past its limit (or switched off) and whether a problem is silenced does not depend on its line. False when they
   * must be reported one by one (rangeToMake).
   */
  skipMany(code: string, count: number, rangeOf: () => Range): boolean {
    if (this.byLine || count <= 0) return false;
    if (this.silenced(code, 0)) return true;
    if (this.admits(code)) return false;
    this.skip(code, rangeOf, count);
    return true;
  }

  /** Counts a problem of `code` at `range` that is not made (the caller saw `admits` false). */
  skip(code: string, range: Range | (() => Range), count = 1): void {
    const entry = this.skipped.get(code);
    if (entry) entry.count += count;
    else this.skipped.set(code, { count, range: typeof range === 'function' ? range() : range });
  }
}
