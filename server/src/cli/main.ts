import { dirname, relative, resolve } from 'path';
import { summaryOf, type CheckSummary } from '../lsp/checkPool';
import {
  assessReadiness,
  checkPosting,
  comparePostings,
  comparisonText,
  exportWarnings,
  isRenderFormat,
  relatedFileProblems,
  relatedFiles,
  LineIndex,
  readinessText,
  type EngineSettings,
  type RelatedNames,
  type Problem,
  type Readiness,
  type RenderFormat,
} from '../engine';
import { errorPath } from '../node/errorCode';
import { readRegularBytesSync, readRegularFile, readRegularFileSync } from '../node/readFile';
import { readRelatedFiles, TranslationIndex } from '../node/relatedFiles';
import { rewriteIfUnchanged, writeAtomically } from '../node/writeFile';
import { Baseline } from './baseline';
import { describeOutDirError, describeWriteError, InputError } from './errors';
import { OutDirError, writeExports } from './export';
import { expandPatterns, stdinName } from './files';
import { fixPosting } from './fix';
import { formatters, type FileReport } from './formatters';
import { checkPoolFor, type LintStart } from './lintStart';
import { helpText, parseArguments, severityOrder, UsageError, type ParsedArguments } from './options';
import { ProgressLine } from './progress';
import { isBlocking, settingsResolver, type SettingsResolver } from './settings';

const version = '0.1.0';

/** What the options mean, once parsed. */
export interface CliOptions {
  format: string;
  maxSeverity: (typeof severityOrder)[number];
  fix: boolean;
  config?: string;
  output?: string;
  color: boolean;
  quiet: boolean;
  /** --locale: the messages' language (the engine's Japanese texts for ja, ja-JP, …; else English). */
  locale?: string;
  /** --export: formats written beside each posting (or into outDir). */
  exports: RenderFormat[];
  outDir?: string;
  /** --force: export the JSON-LD of a posting whose deadline has passed. */
  force: boolean;
  /** --compare <older>: what changed from that posting to the one given. */
  compare?: string;
  /** --summary: the ready-to-publish checklist of each posting instead of its problems. */
  summary: boolean;
  /** --baseline: report only problems not recorded in it; with updateBaseline, rewrite it instead. */
  baseline?: string;
  updateBaseline: boolean;
}

export interface CliIo {
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

const defaultIo = (): CliIo => ({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

function readOptions(args: ParsedArguments, io: CliIo): CliOptions {
  const value = (name: string) => args.given.get(name)?.at(-1);
  const flag = (name: string) => args.given.has(name);
  if (flag('color') && flag('no-color')) throw new UsageError('--color and --no-color contradict each other');
  const output = value('output');
  const colorByDefault = io.stdout.isTTY === true && !output && !process.env.NO_COLOR;
  return {
    format: value('format') ?? 'stylish',
    maxSeverity: severityOrder.find((level) => level === value('max-severity')) ?? 'error',
    fix: flag('fix'),
    config: value('config'),
    output,
    color: flag('color') || (!flag('no-color') && colorByDefault),
    quiet: flag('quiet'),
    locale: value('locale'),
    exports: (args.given.get('export') ?? []).filter(isRenderFormat),
    outDir: value('out-dir'),
    force: flag('force'),
    summary: flag('summary'),
    compare: value('compare'),
    baseline: value('baseline'),
    updateBaseline: flag('update-baseline'),
  };
}

/**
 * posting-lint: files → engine → formatter. Resolves with the exit code; never throws for bad input. `started`: the
 * files and workers cli.ts found and started for this command line before the engine was loaded (lintStart).
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo(), started?: LintStart): Promise<number> {
  try {
    const args = parseArguments(argv);
    if (args.given.has('help')) return print(io.stdout, helpText(), 0);
    if (args.given.has('version')) return print(io.stdout, `posting-lint ${version}\n`, 0);
    const options = readOptions(args, io);
    const importFile = args.given.get('import')?.at(-1);
    if (importFile) {
      // Loaded here, not at the top: a check run never imports, and the importer's modules would be initialised (about
      // 70 ms of the main thread) with the rest of posting-lint otherwise (docs/performance-history.md, stop 25).
      const { runImport } = await import('./import');
      return await runImport(importFile, args.given.get('set') ?? [], options.output, io);
    }
    if (options.compare) return await compareFiles(options.compare, args.patterns, options, io);
    if (!args.patterns.length) throw new UsageError('no files given; e.g. posting-lint "postings/**/*.yaml"');
    if (options.fix && args.patterns.includes(stdinName)) throw new UsageError('--fix cannot rewrite standard input; name the file');
    if (options.exports.length && args.patterns.includes(stdinName))
      throw new UsageError('--export names its files after the posting; name the file');
    if (options.summary && (options.fix || options.baseline || options.output || options.exports.length))
      throw new UsageError('--summary only reads and prints; leave out --fix, --baseline, --output and --export');
    if (options.summary && !['stylish', 'json'].includes(options.format)) throw new UsageError('--summary prints as stylish or json');
    if (options.force && !options.exports.includes('jsonld')) throw new UsageError('--force only applies to --export jsonld');
    if (options.updateBaseline && !options.baseline) throw new UsageError('--update-baseline needs --baseline <file>');
    if (options.summary)
      return await summarize(expandPatterns(args.patterns, io.cwd, args.given.has('no-error-on-unmatched-pattern')), options, io);
    if (started) return await lint(started.files, options, io, started.pool);
    return await lint(expandPatterns(args.patterns, io.cwd, args.given.has('no-error-on-unmatched-pattern')), options, io);
  } catch (error) {
    if (error instanceof UsageError) return print(io.stderr, `posting-lint: ${error.message}\nRun posting-lint --help for usage.\n`, 2);
    if (error instanceof InputError) return print(io.stderr, `posting-lint: ${error.message}\n`, 2);
    // Anything else is our bug; still one line and exit 2 rather than a stack trace in a CI log.
    return print(io.stderr, `posting-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`, 2);
  } finally {
    // Workers started for a run that turned out not to check (a usage error): lint() has closed them otherwise.
    await started?.pool?.close();
  }
}

/** posting-lint --compare older newer: what changed, section by section; exit 0 when nothing did, 1 when something did. */
async function compareFiles(older: string, patterns: string[], options: CliOptions, io: CliIo): Promise<number> {
  if (patterns.length !== 1 || patterns[0] === stdinName)
    throw new UsageError('--compare needs two files: posting-lint --compare older.yaml newer.yaml');
  const settings = settingsResolver(options.config, io.cwd, options.locale);
  const texts: string[] = [];
  for (const file of [older, patterns[0]]) {
    const engineSettings = await settings.settingsFor(file);
    const read = await readRegularFile(resolve(io.cwd, file), engineSettings.limits.maxFileSize, { checkCharacters: false });
    if ('failure' in read) throw new InputError(`${file}: ${read.failure.reason}`);
    texts.push(read.text);
  }
  const changes = comparePostings(texts[0], texts[1]);
  const locale = options.locale ?? (await settings.settingsFor(patterns[0])).locale;
  const report = comparisonText(changes, { before: older, after: patterns[0] }, locale, options.format === 'markdown');
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
  else io.stdout.write(report);
  return changes.length ? 1 : 0;
}

/**
 * A posting's text from standard input or a file; a file that cannot be read is said on stderr (after `beforeMessage`,
 * e.g. clearing the progress line) and gives undefined. Only a regular file is read, its size checked first: a FIFO or
 * a link to /dev/zero never stalls the run.
 */
async function readPosting(file: string, maxFileSize: number, io: CliIo, beforeMessage?: () => void): Promise<string | undefined> {
  if (file === stdinName) return readAll(io.stdin);
  const read = await readRegularFile(file, maxFileSize, { checkCharacters: false });
  if ('failure' in read) {
    beforeMessage?.();
    io.stderr.write(`posting-lint: ${file}: ${read.failure.reason}\n`);
    return undefined;
  }
  return read.text;
}

/**
 * The problems from the files a posting is related to: based_on: and translation_of: name files beside it, and a
 * posting named in another given file's translation_of: gets the differences too (standard input has no folder: none).
 */
function relatedProblemsOf(
  files: string[],
  settings: SettingsResolver,
  io: CliIo,
): (file: string, text: string, engineSettings: EngineSettings, names?: RelatedNames) => Promise<Problem[]> {
  const translations = new TranslationIndex(
    async () => files.filter((file) => file !== stdinName).map((file) => resolve(io.cwd, file)),
    async (path) => {
      // The index reads every given file once to learn which name a translation_of:. A file without those words names
      // none: it is not decoded, and stands as an empty text (translationTarget finds no target in either).
      const read = readRegularBytesSync(path, (await settings.settingsFor(path)).limits.maxFileSize);
      if ('failure' in read) return undefined;
      return read.bytes.includes(translationKey) ? read.bytes.toString('utf8') : '';
    },
  );
  return async (file, text, engineSettings, names) => {
    if (file === stdinName) return [];
    const path = resolve(io.cwd, file);
    const known = names ?? relatedFiles(text);
    translations.setTarget(path, known.translationOf ? resolve(dirname(path), known.translationOf) : undefined);
    const related = await readRelatedFiles(path, known, engineSettings.limits.maxFileSize, {
      translatedBy: await translations.translationsOf(path),
    });
    return relatedFileProblems(text, related, engineSettings);
  };
}

/** The key whose absence in a file's bytes proves it names no translation (an ASCII word: UTF-8 keeps its bytes). */
const translationKey = 'translation_of';

/** posting-lint --summary: each posting's "Ready to publish?" checklist, as text or JSON; exit 1 when one is not ready. */
async function summarize(files: string[], options: CliOptions, io: CliIo): Promise<number> {
  const settings = settingsResolver(options.config, io.cwd, options.locale);
  const today = new Date().toISOString().slice(0, 10);
  const results: { file: string; readiness: Readiness }[] = [];
  const related = relatedProblemsOf(files, settings, io);
  let unreadable = false;
  for (const file of files) {
    const engineSettings = await settings.settingsFor(file);
    const text = await readPosting(file, engineSettings.limits.maxFileSize, io);
    if (text === undefined) {
      unreadable = true;
      continue;
    }
    const readiness = await assessReadiness(text, { today, settings: engineSettings, related: await related(file, text, engineSettings) });
    const name = file === stdinName ? '<stdin>' : file;
    results.push({ file: name, readiness });
    if (options.format !== 'json') io.stdout.write(`${name}\n${readinessText(readiness)}\n\n`);
  }
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return unreadable ? 2 : results.every((result) => result.readiness.ready) ? 0 : 1;
}

/** A file prepared for the lint loop: its settings, then its text (or why it could not be read) and its check under way. */
interface Prepared {
  engineSettings: EngineSettings;
  text?: string;
  failure?: string;
  checked?: Promise<CheckSummary | undefined>;
}

async function lint(files: string[], options: CliOptions, io: CliIo, checks = checkPoolFor(files.length)): Promise<number> {
  const formatter = formatters[options.format]({ color: options.color, cwd: io.cwd, locale: options.locale });
  const settings = settingsResolver(options.config, io.cwd, options.locale);
  const baseline = options.baseline ? await Baseline.load(options.baseline, io.cwd, options.updateBaseline) : undefined;
  const progress = new ProgressLine(files.length, io.stderr);
  const buffered: string[] = [];
  const emit = (chunk: string) => {
    if (!chunk) return;
    if (options.output) buffered.push(chunk);
    else {
      progress.clear();
      io.stdout.write(chunk);
    }
  };
  const threshold = severityOrder.indexOf(options.maxSeverity);
  let unreadable = false;
  let failing = false;
  const related = relatedProblemsOf(files, settings, io);
  // Files are prepared in order (settings, then the file), at most `ahead` beyond the one being reported, and checked
  // in the pool meanwhile; everything else (related files, fixes, exports, output) happens in order, below.
  const ahead = checks ? 32 : 0;
  const prepared: Promise<Prepared>[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  const prepare = (file: string): Promise<Prepared> => {
    const next = chain.then(async (): Promise<Prepared> => {
      const engineSettings = await settings.settingsFor(file);
      const read =
        file === stdinName
          ? { text: await readAll(io.stdin) }
          : readRegularFileSync(file, engineSettings.limits.maxFileSize, { checkCharacters: false });
      if ('failure' in read) return { engineSettings, failure: read.failure.reason };
      const checked = checks?.check(read.text, engineSettings);
      return { engineSettings, text: read.text, checked };
    });
    chain = next.catch(() => undefined);
    next.catch(() => undefined); // a failure is thrown where the file is reported, in order
    return next;
  };
  try {
    for (const [index, file] of files.entries()) {
      progress.update(index);
      while (prepared.length <= Math.min(index + ahead, files.length - 1)) prepared.push(prepare(files[prepared.length]));
      const { engineSettings, text: read, failure, checked } = await prepared[index];
      delete prepared[index];
      if (read === undefined) {
        progress.clear();
        io.stderr.write(`posting-lint: ${file}: ${failure}\n`);
        unreadable = true;
        continue;
      }
      let text = read;
      const summary = (checked && (await checked)) ?? summaryOf(checkPosting(text, engineSettings));
      let { problems } = summary;
      // based_on: / translation_of: name files beside this one, and other given files may name it: their differences
      // are problems of this file. The names come from the check's own parse.
      problems = [...problems, ...(await related(file, text, engineSettings, summary.related))];
      let fixed = 0;
      let fixes: FileReport['fixes'] = [];
      if (options.fix) {
        const result = fixPosting(text, problems, engineSettings);
        if (result.fixed) {
          const written = await rewriteIfUnchanged(file, text, result.text);
          if ('changed' in written) {
            progress.clear();
            io.stderr.write(`posting-lint: ${file} changed while it was checked; fixes not written (run --fix again)\n`);
            unreadable = true;
          } else if ('error' in written) {
            progress.clear();
            io.stderr.write(`posting-lint: ${describeWriteError(file, written.error)} (fixes not written)\n`);
            unreadable = true;
          } else ({ text, problems, fixed, fixes } = result);
        }
      }
      if (options.exports.length) {
        try {
          const gate = { today: new Date().toISOString().slice(0, 10), force: options.force, locale: options.locale };
          const view = { dateFormat: engineSettings.dateFormat };
          const { refused, notes } = await writeExports(file, text, options.exports, io.cwd, options.outDir, gate, view);
          if (refused.length || notes.length) progress.clear();
          if (refused.length) {
            const because = refused.map((finding) => `  ✗ ${finding.message} [${finding.code}]\n`).join('');
            io.stderr.write(`posting-lint: ${file}: JSON-LD not exported:\n${because}`);
            failing = true;
          }
          for (const note of notes) io.stderr.write(`posting-lint: ${file}: note: ${note.message} [${note.code}]\n`);
          // An export is for sending: placeholder text still in it is named, with its field and line, every time.
          const { headline, warnings } = exportWarnings(problems, engineSettings.locale);
          for (const { line, character, message } of warnings) {
            progress.clear();
            const name = file === stdinName ? '<stdin>' : file;
            io.stderr.write(`posting-lint: ${name}:${line + 1}:${character + 1}: warning: ${headline}: ${message}\n`);
          }
        } catch (error) {
          progress.clear();
          if (error instanceof OutDirError) io.stderr.write(`posting-lint: ${describeOutDirError(error.folder, error.cause)}\n`);
          else io.stderr.write(`posting-lint: ${describeWriteError(errorPath(error) ?? file, error)} (not exported)\n`);
          unreadable = true;
        }
      }
      problems = [...problems].sort(byPosition);
      if (options.quiet) problems = problems.filter((problem) => problem.severity === 'error');
      const name = file === stdinName ? '<stdin>' : file;
      const lines = new LineIndex(text);
      if (baseline) problems = baseline.filter(name, io.cwd, problems, lines);
      if (problems.some((problem) => isAtOrAbove(problem, threshold))) failing = true;
      const report: FileReport = { file: name, lines, problems, fixed, fixes };
      emit(formatter.file(report));
    }
  } finally {
    await checks?.close();
  }
  progress.clear();
  emit(formatter.end());
  const badConfig = reportConfigProblems(settings, io.stderr, io.cwd);
  if (baseline && options.updateBaseline) {
    if (unreadable) return print(io.stderr, `posting-lint: some files could not be read; ${options.baseline} was left as it was\n`, 2);
    const { problems } = await baseline.write();
    io.stderr.write(`posting-lint: ${options.baseline} records ${problems} problem${problems === 1 ? '' : 's'}\n`);
  } else if (baseline && (baseline.known || baseline.gone)) {
    const gone = baseline.gone ? `; ${baseline.gone} fixed since (drop them with --update-baseline)` : '';
    io.stderr.write(
      `posting-lint: ${baseline.known} known problem${baseline.known === 1 ? '' : 's'} in ${options.baseline} not shown${gone}\n`,
    );
  }
  if (options.output) {
    try {
      await writeAtomically(options.output, buffered.join(''));
    } catch (error) {
      return print(io.stderr, `posting-lint: ${describeWriteError(options.output, error)} (the report was not written)\n`, 2);
    }
  }
  // Updating the baseline accepts today's problems: only a failure to read or configure fails that run.
  return unreadable || badConfig ? 2 : failing && !options.updateBaseline ? 1 : 0;
}

/** A broken .postingrc.yaml is reported on stderr with its positions; an error in it fails the run (exit 2). */
function reportConfigProblems(settings: SettingsResolver, stderr: NodeJS.WriteStream, cwd: string): boolean {
  let blocking = false;
  for (const { file, reason } of settings.unreadableConfigs()) {
    stderr.write(`posting-lint: ${relative(cwd, file) || file}: ${reason}; its settings were not applied\n`);
    blocking = true;
  }
  for (const config of settings.configsWithProblems()) {
    for (const problem of config.problems) {
      const { line, character } = problem.range.start;
      stderr.write(
        `posting-lint: ${relative(cwd, config.file) || config.file}:${line + 1}:${character + 1}: ${problem.severity} ${problem.message} [${problem.code}]\n`,
      );
      blocking ||= isBlocking(problem);
    }
  }
  return blocking;
}

function byPosition(a: Problem, b: Problem): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function isAtOrAbove(problem: Problem, threshold: number): boolean {
  return severityOrder.indexOf(problem.severity) >= threshold;
}

function print(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
