import type { EngineSettings, Problem } from '../engine';

export interface FixResult {
  /** The text after the fixes. */
  text: string;
  /** How many problems the fixes resolved. */
  fixed: number;
  /** The problems left in the fixed text. */
  problems: Problem[];
}

/** Applies the safe fixes to one posting; placeholder until the engine's fix-all is wired in. */
export function fixPosting(text: string, problems: Problem[], _settings: EngineSettings): FixResult {
  return { text, fixed: 0, problems };
}
