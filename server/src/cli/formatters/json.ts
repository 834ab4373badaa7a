import type { Problem } from '../../engine';
import type { FileReport, Formatter } from './report';

interface JsonProblem extends Problem {
  /** 1-based, for people and tools that count from one; `range` keeps the LSP's 0-based positions. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One JSON array for the whole run: per file, its problems with codes, severities, ranges and quick-fix data. */
export function json(): Formatter {
  const files: { file: string; fixed: number; problems: JsonProblem[] }[] = [];
  return {
    file(report: FileReport) {
      files.push({ file: report.file, fixed: report.fixed, problems: report.problems.map(withOneBased) });
      return '';
    },
    end: () => `${JSON.stringify(files, null, 2)}\n`,
  };
}

function withOneBased(problem: Problem): JsonProblem {
  const { start, end } = problem.range;
  return { ...problem, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
