import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { codeCacheDir } from '../node/codeCache';
import { expandPatterns } from './files';
import { LintPool } from './lintPool';
import { parseArguments } from './options';

/** From this many files on, posting-lint checks in worker threads, one per core (up to four). */
const parallelFrom = 64;

/**
 * Worker threads for a run over many files, when the machine has more than one core and posting-lint's worker sits
 * beside this bundle (dist/lintWorker.js: the check alone, without the server's hover, completion and lenses; not when
 * the CLI runs from its sources). Their start (about a tenth of a second each, less with the code cache) pays off over
 * tens of files, not over a few.
 */
export function checkPoolFor(fileCount: number): LintPool | undefined {
  const workerFile = join(__dirname, 'lintWorker.js');
  const cores = availableParallelism();
  if (fileCount < parallelFrom || cores < 2 || !existsSync(workerFile)) return undefined;
  return new LintPool(workerFile, Math.min(cores, 4), 4, codeCacheDir());
}

/** A check of files whose list and workers were made before the engine was loaded (lintStart). */
export interface LintStart {
  /** The files the command line's patterns name, as expandPatterns gave them. */
  files: string[];
  pool?: LintPool;
}

/**
 * The files and worker threads of a check run, found and started by cli.ts before it loads the rest of posting-lint:
 * the workers then load their bundle while this thread compiles and initialises the engine, instead of after it.
 * Undefined when the command line asks for something else (help, an import, a comparison, a summary) or has a mistake:
 * runCli then reads it again and says what is wrong. This module and what it imports hold no engine.
 */
export function lintStart(argv: readonly string[], cwd: string): LintStart | undefined {
  try {
    const { given, patterns } = parseArguments(argv);
    if (!patterns.length || ['help', 'version', 'import', 'compare', 'summary'].some((name) => given.has(name))) return undefined;
    const files = expandPatterns(patterns, cwd, given.has('no-error-on-unmatched-pattern'));
    return { files, pool: checkPoolFor(files.length) };
  } catch {
    return undefined;
  }
}
