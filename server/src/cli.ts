import { runCli } from './cli/main';

// A reader that stops early (`posting-lint … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** posting-lint's entry point; the work is in cli/. */
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
