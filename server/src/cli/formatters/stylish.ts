import type { Severity } from '../../engine';
import { codeFrame } from './codeFrame';
import { countBySeverity, type FileReport, type FormatContext, type Formatter } from './report';

const ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32 } as const;
const severityColour: Record<Severity, keyof typeof ansi> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

/**
 * The default, for people: `file:line:col  severity  message  code`, then the line with the problem underlined.
 * Prints nothing for a clean run.
 */
export function stylish(context: FormatContext): Formatter {
  const paint = (colour: keyof typeof ansi, text: string) => (context.color ? `\x1b[${ansi[colour]}m${text}\x1b[0m` : text);
  const all: FileReport['problems'] = [];
  let files = 0;
  let fixed = 0;
  return {
    file(report) {
      fixed += report.fixed;
      if (!report.problems.length) return '';
      files++;
      all.push(...report.problems);
      return report.problems
        .map((problem) => {
          const { line, character } = problem.range.start;
          const where = paint('bold', `${report.file}:${line + 1}:${character + 1}`);
          const colour = severityColour[problem.severity];
          const heading = `${where}  ${paint(colour, problem.severity)}  ${problem.message}  ${paint('gray', problem.code)}`;
          return `${heading}\n${codeFrame(report.lines, problem.range, (marks) => paint(colour, marks))}\n\n`;
        })
        .join('');
    },
    end() {
      const fixedLine = fixed ? `${paint('green', `${fixed} ${plural(fixed, 'problem')} fixed`)}\n` : '';
      if (!all.length) return fixedLine;
      const counts = countBySeverity(all);
      const parts = (['error', 'warning', 'information', 'hint'] as const)
        .filter((severity) => counts[severity])
        .map((severity) => `${counts[severity]} ${plural(counts[severity], severity === 'information' ? 'info' : severity)}`);
      const colour = counts.error ? 'red' : 'yellow';
      const total = `${all.length} ${plural(all.length, 'problem')} (${parts.join(', ')}) in ${files} ${plural(files, 'file')}`;
      return `${fixedLine}${paint(colour, `✖ ${total}`)}\n`;
    },
  };
}

function plural(count: number, word: string): string {
  return count === 1 || word === 'info' ? word : `${word}s`;
}
