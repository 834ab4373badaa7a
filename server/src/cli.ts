import { lintStart } from './cli/lintStart';

// A reader that stops early (`posting-lint … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * posting-lint's entry point; the work is in cli/. The files and the worker threads of a check come first, the rest
 * of posting-lint (the engine, the formatters) is imported after them: bundled, its modules are initialised only
 * then, so the workers load their bundle meanwhile on the other cores.
 */
const argv = process.argv.slice(2);
const started = lintStart(argv, process.cwd());
void import('./cli/main')
  .then(({ runCli }) => runCli(argv, undefined, started))
  .then((code) => {
    process.exitCode = code;
  });
