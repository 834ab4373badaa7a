import type { Problem } from '../../engine';
import { countBySeverity, type FileReport, type Formatter } from './report';

/** Rows shown at most: a job summary is for reading (GitHub caps it at 1 MiB); the SARIF upload has every problem. */
const maxRows = 300;

/**
 * A Markdown summary for a CI job page (GitHub's $GITHUB_STEP_SUMMARY): a heading with the counts, then one table
 * row per problem. Always prints something, so a clean run says so.
 */
export function markdown(): Formatter {
  const rows: string[] = [];
  const all: Problem[] = [];
  let files = 0;
  let withProblems = 0;
  return {
    file(report: FileReport) {
      files++;
      if (report.problems.length) withProblems++;
      for (const problem of report.problems) {
        all.push(problem);
        if (rows.length < maxRows) {
          const line = problem.range.start.line + 1;
          rows.push(`| ${cell(report.file)}:${line} | ${problem.severity} | ${cell(problem.message)} | \`${problem.code}\` |`);
        }
      }
      return '';
    },
    end() {
      const checked = `${files} ${plural(files, 'posting')} checked`;
      if (!all.length) return `### posting-lint\n\n✔ No problems (${checked}).\n`;
      const counts = countBySeverity(all);
      const parts = (['error', 'warning', 'information', 'hint'] as const)
        .filter((severity) => counts[severity])
        .map((severity) => `${counts[severity]} ${severity === 'information' ? 'info' : plural(counts[severity], severity)}`);
      const more = all.length > rows.length ? `\n${all.length - rows.length} more not shown.\n` : '';
      return [
        '### posting-lint',
        '',
        `✖ ${all.length} ${plural(all.length, 'problem')} (${parts.join(', ')}) in ${withProblems} of ${checked}.`,
        '',
        '| Where | Severity | Problem | Code |',
        '| --- | --- | --- | --- |',
        ...rows,
        more,
      ].join('\n');
    },
  };
}

/** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
