import type { LineIndex, Problem, Severity } from '../../engine';

/** One checked file, as every formatter sees it. */
export interface FileReport {
  /** The path as the user named it (relative to the working folder), or `<stdin>`. */
  file: string;
  /** The checked text's lines (after any fixes), for code frames. */
  lines: LineIndex;
  problems: Problem[];
  /** How many fixes --fix applied to this file. */
  fixed: number;
  /** The fixes --fix applied: each one's title and the line of the problem it fixed. */
  fixes?: { title: string; line: number }[];
}

export interface FormatContext {
  /** ANSI colours in the output. */
  color: boolean;
  /** The working folder, which relative paths are relative to. */
  cwd: string;
  /** --locale: 'ja' gives the Japanese summary lines. */
  locale?: string;
}

/**
 * Turns reports into text. `file` is called as each file is checked, so a long run streams its output;
 * `end` is called once, after the last file.
 */
export interface Formatter {
  file(report: FileReport): string;
  end(): string;
}

export type FormatterFactory = (context: FormatContext) => Formatter;

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}
