import { readFileSync } from 'fs';
import { checkPosting, defaultSettings, type Problem } from './engine';

/** posting-lint: the engine on files. Exit 0 when clean, 1 when an error is found, 2 on a usage or I/O error. */
function main(argv: string[]): number {
  const files = argv.filter((arg) => !arg.startsWith('-') || arg === '-');
  if (!files.length || argv.includes('--help')) {
    process.stderr.write('usage: posting-lint <file.posting.yaml>... (use - for standard input)\n');
    return files.length ? 0 : 2;
  }
  let worst = 0;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`posting-lint: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
    const { problems } = checkPosting(text, defaultSettings);
    for (const problem of problems) process.stdout.write(formatLine(file, problem));
    if (problems.some((p) => p.severity === 'error')) worst = 1;
  }
  return worst;
}

function formatLine(file: string, problem: Problem): string {
  const { line, character } = problem.range.start;
  return `${file}:${line + 1}:${character + 1}: ${problem.severity} ${problem.message} [${problem.code}]\n`;
}

process.exitCode = main(process.argv.slice(2));
