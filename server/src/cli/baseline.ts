import { existsSync, mkdirSync } from 'fs';
import { dirname, isAbsolute, relative, resolve } from 'path';
import { isRecord, type LineIndex, type Problem } from '../engine';
import { readRegularFile } from '../node/readFile';
import { writeAtomically } from '../node/writeFile';
import { describeWriteError, InputError } from './errors';

/**
 * `--baseline <file>`: today's problems, recorded, so that a run fails only on new ones. A problem is known by its
 * file, its code and the text it points at (plus the field it is in, without list positions, and for a missing field
 * the key that is missing), never by its line or its place in a list:
 * an edit elsewhere in the file moves a problem without making it new. Equal problems are counted, so a second copy
 * of a known mistake is new.
 */
export interface BaselineEntry {
  /** The posting, relative to the baseline file's folder, with forward slashes. */
  file: string;
  code: string;
  /** The text the problem points at (whitespace collapsed; the line's text for an empty range). */
  text: string;
  /** The field the problem is in, e.g. terms_of_reference.duties (list positions left out). */
  field?: string;
  /** For a missing field: the key that is missing (the problem points at its parent). */
  missing?: string;
  count: number;
}

interface BaselineFile {
  'posting-lint-baseline': 1;
  problems: BaselineEntry[];
}

/** Longest pointed-at text kept; a longer range is known by its start. */
const maxText = 200;
/** A baseline larger than this is not one (a guard against naming the wrong file). */
const maxBaselineChars = 50_000_000;

/** What a problem points at, as the baseline records it. */
export function pointedText(problem: Problem, lines: LineIndex): string {
  const { start, end } = problem.range;
  let text = lines.text.slice(lines.offsetAt(start), lines.offsetAt(end));
  if (!text.trim()) text = lines.lineText(Math.min(start.line, lines.lineCount - 1));
  return text.replace(/\s+/g, ' ').trim().slice(0, maxText);
}

function keyOf(entry: Omit<BaselineEntry, 'count'>): string {
  return JSON.stringify([entry.file, entry.code, entry.text, entry.field ?? '', entry.missing ?? '']);
}

export class Baseline {
  /** Remaining count per key: what this run may still meet without calling it new. */
  private readonly remaining = new Map<string, number>();
  private readonly entries = new Map<string, BaselineEntry>();
  /** Files this run checked (baseline-relative): on update, their entries are replaced, the others kept. */
  private readonly checked = new Set<string>();
  /** This run's problems, for --update-baseline. */
  private readonly current = new Map<string, BaselineEntry>();
  known = 0;

  private constructor(
    readonly path: string,
    entries: BaselineEntry[],
  ) {
    for (const entry of entries) {
      const key = keyOf(entry);
      this.entries.set(key, { ...entry, count: (this.entries.get(key)?.count ?? 0) + entry.count });
      this.remaining.set(key, (this.remaining.get(key) ?? 0) + entry.count);
    }
  }

  /**
   * Reads a baseline. A missing file is an error unless it is about to be written (`--update-baseline`); a file that
   * is not a baseline is always one (never silently treated as empty: that would hide nothing and pass).
   */
  static async load(path: string, cwd: string, forUpdate: boolean): Promise<Baseline> {
    const absolute = resolve(cwd, path);
    const read = await readRegularFile(absolute, maxBaselineChars, { checkCharacters: false });
    if ('failure' in read) {
      if (read.failure.kind === 'missing' && forUpdate) return new Baseline(absolute, []);
      const hint = read.failure.kind === 'missing' ? ' (create it with --update-baseline)' : '';
      throw new InputError(`--baseline ${path}: ${read.failure.reason}${hint}`);
    }
    return new Baseline(absolute, parseBaseline(read.text, path));
  }

  /** The baseline's name for a posting: relative to the baseline's folder. */
  private fileKey(file: string, cwd: string): string {
    if (file === '<stdin>') return file;
    return relative(dirname(this.path), resolve(cwd, file)).split('\\').join('/');
  }

  /** Splits one file's problems into the new ones (returned) and the known ones (counted in `known`). */
  filter(file: string, cwd: string, problems: readonly Problem[], lines: LineIndex): Problem[] {
    const fileKey = this.fileKey(file, cwd);
    this.checked.add(fileKey);
    const fresh: Problem[] = [];
    for (const problem of problems) {
      const entry = { file: fileKey, code: problem.code, text: pointedText(problem, lines), ...context(problem) };
      const key = keyOf(entry);
      const current = this.current.get(key);
      this.current.set(key, { ...entry, count: (current?.count ?? 0) + 1 });
      const left = this.remaining.get(key) ?? 0;
      if (left > 0) {
        this.remaining.set(key, left - 1);
        this.known++;
      } else fresh.push(problem);
    }
    return fresh;
  }

  /** Known problems this run did not meet (fixed): `--update-baseline` drops them. */
  get gone(): number {
    let gone = 0;
    for (const [key, left] of this.remaining) {
      const entry = this.entries.get(key);
      if (entry && this.checked.has(entry.file)) gone += left;
    }
    return gone;
  }

  /**
   * Rewrites the baseline: this run's problems for the files it checked; for other files the old entries stay,
   * unless the file no longer exists. Written atomically (a temporary file, then a rename).
   */
  async write(): Promise<{ entries: number; problems: number }> {
    const kept = [...this.entries.values()].filter(
      (entry) => !this.checked.has(entry.file) && (entry.file === '<stdin>' || existsSync(resolve(dirname(this.path), entry.file))),
    );
    const problems = [...kept, ...this.current.values()].sort(
      (a, b) => compare(a.file, b.file) || compare(a.code, b.code) || compare(a.text, b.text) || compare(keyOf(a), keyOf(b)),
    );
    const content: BaselineFile = { 'posting-lint-baseline': 1, problems };
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      await writeAtomically(this.path, `${JSON.stringify(content, null, 2)}\n`);
    } catch (error) {
      throw new InputError(`--baseline ${describeWriteError(this.path, error)} (the baseline was not written)`);
    }
    return { entries: problems.length, problems: problems.reduce((sum, entry) => sum + entry.count, 0) };
  }
}

function context(problem: Problem): { field?: string; missing?: string } {
  const path = problem.data?.path?.filter((step): step is string => typeof step === 'string');
  const missing = problem.data?.missingKey;
  return { ...(path?.length ? { field: path.join('.') } : {}), ...(typeof missing === 'string' ? { missing } : {}) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks the file's shape; a wrong one is one clear line (exit 2). */
function parseBaseline(text: string, path: string): BaselineEntry[] {
  const bad = (why: string) =>
    new InputError(`--baseline ${path}: not a posting-lint baseline (${why}); rewrite it with --update-baseline`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw bad(error instanceof Error ? error.message : 'not JSON');
  }
  if (!isRecord(data) || data['posting-lint-baseline'] !== 1) throw bad("no 'posting-lint-baseline': 1");
  const problems = data.problems;
  if (!Array.isArray(problems)) throw bad("no 'problems' list");
  return problems.map((entry: unknown, index) => {
    if (!isBaselineEntry(entry)) throw bad(`problems[${index}] needs a relative file, code, text and a positive count`);
    return entry;
  });
}

function isBaselineEntry(entry: unknown): entry is BaselineEntry {
  return (
    isRecord(entry) &&
    typeof entry.file === 'string' &&
    !isAbsolute(entry.file) &&
    typeof entry.code === 'string' &&
    typeof entry.text === 'string' &&
    (entry.field === undefined || typeof entry.field === 'string') &&
    (entry.missing === undefined || typeof entry.missing === 'string') &&
    typeof entry.count === 'number' &&
    Number.isInteger(entry.count) &&
    entry.count > 0
  );
}
