import { applyEdits, checkPosting, fixAll, type EngineSettings, type Problem } from '../engine';

export interface FixResult {
  /** The text after the fixes (the same text when nothing was safe to fix). */
  text: string;
  /** How many fixes were applied. */
  fixed: number;
  /** Each fix applied: its title and the 1-based line of the problem it fixed (as the text stood when it was applied). */
  fixes: { title: string; line: number }[];
  /** The problems left in the fixed text. */
  problems: Problem[];
}

/**
 * `--fix`: the engine's fix-all (the editor's source.fixAll.posting) — only fixes marked safe, applied as
 * minimal text edits, so every comment and all untouched formatting stay as they were.
 */
export function fixPosting(text: string, problems: Problem[], settings: EngineSettings): FixResult {
  if (!problems.some((problem) => problem.data?.autoFixable)) return { text, fixed: 0, fixes: [], problems };
  const { edits, applied } = fixAll(text, settings);
  if (!edits.length) return { text, fixed: 0, fixes: [], problems };
  const fixedText = applyEdits(text, edits);
  const remaining = checkPosting(fixedText, settings).problems;
  return {
    text: fixedText,
    fixed: applied.length,
    fixes: applied.map(({ title, line }) => ({ title, line: line + 1 })),
    problems: remaining,
  };
}
