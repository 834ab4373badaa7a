import { applyEdits, checkPosting, fixAllEdits, type EngineSettings, type Problem } from '../engine';

export interface FixResult {
  /** The text after the fixes (the same text when nothing was safe to fix). */
  text: string;
  /** How many problems the fixes resolved. */
  fixed: number;
  /** The problems left in the fixed text. */
  problems: Problem[];
}

/**
 * `--fix`: the engine's fix-all (the editor's source.fixAll.posting) — only fixes marked safe, applied as
 * minimal text edits, so every comment and all untouched formatting stay as they were.
 */
export function fixPosting(text: string, problems: Problem[], settings: EngineSettings): FixResult {
  if (!problems.some((problem) => problem.data?.autoFixable)) return { text, fixed: 0, problems };
  const edits = fixAllEdits(text, settings);
  if (!edits.length) return { text, fixed: 0, problems };
  const fixedText = applyEdits(text, edits);
  const remaining = checkPosting(fixedText, settings).problems;
  return { text: fixedText, fixed: Math.max(1, problems.length - remaining.length), problems: remaining };
}
