import type { Position, Range } from '../text/positions';
import { catalogue, type DiagnosticInfo, type Severity } from './catalogue';

export type { DiagnosticInfo, Severity };
export type SeveritySetting = Severity | 'off';

const severitySettings: ReadonlySet<unknown> = new Set<SeveritySetting>(['error', 'warning', 'information', 'hint', 'off']);

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return severitySettings.has(value);
}

/** What a check found: stable code, author-facing message, exact range, and what a quick fix needs. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  data?: ProblemData;
  /**
   * Other places that the problem is about (LSP relatedInformation): the statement it contradicts, in the same posting
   * or, with `file` (a path relative to this posting's file), in another posting (based_on:, translation_of:).
   */
  related?: { range: Range; message: string; file?: string }[];
}

/**
 * Facts a quick fix reads instead of re-validating (yaml-language-server's pattern).
 * The code-action service is generic over these fields, so a new rule gets its fix by filling them in.
 */
export interface ProblemData {
  /** Path of the YAML node the problem is about, e.g. ['terms_of_reference', 'background'] or [..., 'core', 2]. */
  path?: readonly (string | number)[];
  /** Values the author probably meant: one "replace with …" fix each (did-you-mean, allowed values). */
  suggestions?: string[];
  /** What the suggestions replace at `path`: the value (default) or the key (an unknown field). */
  replaces?: 'value' | 'key';
  /** A missing field's key under `path`'s parent: the fix inserts its skeleton where the template places it. */
  missingKey?: string;
  /** Several missing fields, each by its parent's path and its key: one fix inserts all their skeletons. */
  missingFields?: { parent: readonly (string | number)[]; key: string }[];
  /** The list item at `path` belongs in the list at `moveTo` (e.g. a competency in the wrong group). */
  moveTo?: readonly (string | number)[];
  /** The field at `path` is a section the template has elsewhere: the fix moves it to this path (parent, then key). */
  moveField?: readonly (string | number)[];
  /** A list item cut off mid-phrase, joined with the item after it: the fix writes this at `path` and removes the next item. */
  joinNext?: string;
  /** The list item or field at `path` can simply be removed (a duplicate). */
  removable?: boolean;
  /** Values to append to the list at `path` (e.g. missing core competencies). */
  append?: string[];
  /** Values to set elsewhere, one fix each, titled by a key of schemas/l10n/actions.json (e.g. move the deadline). */
  setValues?: { path: readonly (string | number)[]; value: string; title: 'moveDeadline' | 'moveStart' }[];
  /** Text that replaces the problem's own range (a word split in two, a country name): one "replace with …" fix. */
  replacement?: string;
  /** The fix is safe to apply without review (fix-all, `posting-lint --fix`). */
  autoFixable?: boolean;
  [key: string]: unknown;
}

type Params = Record<string, string | number>;

export function diagnosticInfo(code: string): DiagnosticInfo | undefined {
  return catalogue.get(code);
}

export function allDiagnosticCodes(): string[] {
  return [...catalogue.keys()];
}

export function formatMessage(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name in params) return String(params[name]);
    // A Japanese template asks for a parameter's Japanese form ({detail_ja}); the plain one stands in where none is given.
    const plain = name.endsWith('_ja') ? name.slice(0, -3) : '';
    return plain in params ? String(params[plain]) : whole;
  });
}

// The parameters a message was made with, so it can be made again in the reader's language.
const paramsOfProblem = new WeakMap<Problem, Params>();

export function makeProblem(code: string, range: Range, params: Params = {}, data?: ProblemData): Problem {
  const info = catalogue.get(code);
  if (!info) throw new Error(`Unknown diagnostic code: ${code}`);
  const problem: Problem = { code, severity: info.severity, message: formatMessage(info.message, params), range };
  if (data) problem.data = data;
  paramsOfProblem.set(problem, params);
  return problem;
}

/** The problem made again with more parameters and new data: a later step of the check knows more about it. */
export function refineProblem(problem: Problem, params: Params, data: ProblemData): Problem {
  return makeProblem(problem.code, problem.range, { ...paramsOfProblem.get(problem), ...params }, data);
}

/** True for a Japanese locale (ja, ja-JP); every other locale reads English. */
export function isJapanese(locale: string | undefined): boolean {
  return !!locale && locale.toLowerCase().startsWith('ja');
}

/** A code's message template and help in the locale's language, falling back to English text by text. */
export function localizedInfo(code: string, locale: string | undefined): DiagnosticInfo | undefined {
  const info = catalogue.get(code);
  return info && translateInfo(info, locale);
}

export function translateInfo(info: DiagnosticInfo, locale: string | undefined): DiagnosticInfo {
  if (!isJapanese(locale)) return info;
  return { ...info, message: info.message_ja ?? info.message, help: info.help_ja ?? info.help };
}

/** The problems with their messages in the locale's language (English where no translation exists). */
export function localizeProblems(problems: Problem[], locale: string | undefined): Problem[] {
  if (!isJapanese(locale)) return problems;
  return problems.map((problem) => {
    const template = catalogue.get(problem.code)?.message_ja;
    const params = paramsOfProblem.get(problem);
    return template && params ? { ...problem, message: formatMessage(template, params) } : problem;
  });
}

/** Drops each problem that a more precise one of its `supersededBy` codes already marks at an overlapping range. */
export function withoutSuperseded(problems: Problem[]): Problem[] {
  const overlaps = (a: Range, b: Range) => comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
  // Problems by code, so each problem is compared only with those of its superseding codes (not with all of them).
  const byCode = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byCode.get(problem.code);
    if (list) list.push(problem);
    else byCode.set(problem.code, [problem]);
  }
  return problems.filter((problem) => {
    const codes = catalogue.get(problem.code)?.supersededBy;
    return !codes?.some((code) => byCode.get(code)?.some((other) => overlaps(problem.range, other.range)));
  });
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
