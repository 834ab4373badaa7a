import cliWords from '../../../../schemas/l10n/cli.json';
import { formatMessage, type Severity } from '../../engine';
import { codeFrame } from './codeFrame';
import { countBySeverity, type FileReport, type FormatContext, type Formatter } from './report';

const ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32 } as const;
const severityColour: Record<Severity, keyof typeof ansi> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

/**
 * The default, for people: `file:line:col  severity  message  code`, then the line with the problem underlined; each
 * fix --fix applied, with what is left; a clean run ends with one line, as ESLint's and markdownlint-cli2's do.
 */
export function stylish(context: FormatContext): Formatter {
  const paint = (colour: keyof typeof ansi, text: string) => (context.color ? `\x1b[${ansi[colour]}m${text}\x1b[0m` : text);
  const words = context.locale?.toLowerCase().startsWith('ja') ? cliWords.ja : cliWords.en;
  const say = (one: keyof typeof words, many: keyof typeof words, count: number) =>
    formatMessage(count === 1 ? words[one] : words[many], { count });
  const all: FileReport['problems'] = [];
  let files = 0;
  let checked = 0;
  let fixed = 0;
  return {
    file(report) {
      checked++;
      fixed += report.fixed;
      const fixLines = (report.fixes ?? [])
        .map((fix) => `${paint('green', formatMessage(words.fixedLine, { file: report.file, line: fix.line, title: fix.title }))}\n`)
        .join('');
      if (!report.problems.length) return fixLines;
      files++;
      all.push(...report.problems);
      return (
        fixLines +
        report.problems
          .map((problem) => {
            const { line, character } = problem.range.start;
            const where = paint('bold', `${report.file}:${line + 1}:${character + 1}`);
            const colour = severityColour[problem.severity];
            const heading = `${where}  ${paint(colour, problem.severity)}  ${problem.message}  ${paint('gray', problem.code)}`;
            return `${heading}\n${codeFrame(report.lines, problem.range, (marks) => paint(colour, marks))}\n\n`;
          })
          .join('')
      );
    },
    end() {
      const left = fixed ? `, ${all.length ? say('leftOne', 'left', all.length) : words.leftNone}` : '';
      const fixedLine = fixed ? `${paint('green', `${say('fixedOne', 'fixed', fixed)}${left}`)}\n` : '';
      if (!all.length) return `${fixedLine}${paint('green', say('cleanOne', 'clean', checked))}\n`;
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
