import type { Document } from 'yaml';
import type { ParsedPosting } from '../document/parse';
import { makeProblem, type Problem, type ProblemData } from '../diagnostics/problems';
import { ProblemBudget } from '../diagnostics/cap';
import type { Profile } from '../template/profiles';
import type { LineIndex, Range } from '../text/positions';
import { fieldRange, valueRange } from '../document/ranges';
import type { Path } from '../document/yamlNodes';
import type { EngineSettings } from '../settings/settings';
import { freeTextsByKind, type FreeText, type FreeTextKind } from '../wording/freeText';
import { indexData, type DataIndex, type TextAt } from './dataIndex';
import { isRecord } from '../text/records';

/** A family of reviewer checks. Its codes, severities and messages live in schemas/ as data. */
export interface Rule {
  /** The diagnostic codes this rule may report. */
  codes: readonly string[];
  check(context: RuleContext): void;
}

export type PostingData = Record<string, unknown>;

/** What a rule sees: the posting as data and as YAML nodes, and a way to report at a path. */
export class RuleContext {
  readonly problems: Problem[] = [];
  private dataIndex?: DataIndex;
  private freeTextIndex?: Record<FreeTextKind, FreeText[]>;

  constructor(
    readonly parsed: ParsedPosting & { document: Document },
    readonly data: PostingData,
    readonly profile: Profile,
    readonly settings: EngineSettings,
    private readonly budget = new ProblemBudget(),
  ) {}

  /** Whether a problem of `code` is still made in full: a rule may skip costly work (a range, a search) when not. */
  wants(code: string): boolean {
    return this.budget.admits(code);
  }

  get lines(): LineIndex {
    return this.parsed.lines;
  }

  /** The value at a data path, or undefined. */
  get(path: Path): unknown {
    let value: unknown = this.data;
    for (const key of path) {
      if (Array.isArray(value)) value = typeof key === 'number' ? value[key] : undefined;
      else if (isRecord(value)) value = value[key];
      else return undefined;
    }
    return value;
  }

  /** Paths of every field called `key`, wherever it sits (one walk of the data serves every rule). */
  pathsOfKey(key: string): Path[] {
    return (this.dataIndex ??= indexData(this.data)).pathsByKey.get(key) ?? [];
  }

  /** Every string in the posting with its path, in document order. */
  allTexts(): TextAt[] {
    return (this.dataIndex ??= indexData(this.data)).texts;
  }

  /** The free-text values of a kind (schemas/wording/free-text.json), in source order, found once per check. */
  freeTexts(kind: FreeTextKind): FreeText[] {
    return (this.freeTextIndex ??= freeTextsByKind(this.parsed.document, this.parsed.text))[kind];
  }

  text(path: Path): string | undefined {
    const value = this.get(path);
    return typeof value === 'string' ? value : undefined;
  }

  list(path: Path): unknown[] {
    const value = this.get(path);
    return Array.isArray(value) ? value : [];
  }

  /** The range to report for the value at a path (document/ranges.ts: its first line for block text, else its key). */
  valueRange(path: Path): Range {
    return valueRange(this.parsed.document, this.lines, path);
  }

  /** The range of the key of the field at a path, else the nearest ancestor's key, else line 1. */
  keyRange(path: Path): Range {
    return fieldRange(this.parsed.document, this.lines, path);
  }

  /**
   * Reports `count` more problems of `code`, the first at `range`, in one step when the budget would only count them
   * (past the cap: 300,000 hints of one runaway duty cost a count, not 300,000 calls); false when they must each be
   * reported with `report`.
   */
  reportMany(code: string, count: number, range: () => Range): boolean {
    return this.budget.skipMany(code, count, range);
  }

  /**
   * Reports a problem. `range` and `params` may be functions: past the budget of its code a problem is only counted
   * (capProblems summarises it), and its range and message facts are then not worked out, so the work stays bounded.
   */
  report(
    code: string,
    range: Range | (() => Range),
    params: Record<string, string | number> | (() => Record<string, string | number>) = {},
    data?: ProblemData,
  ): void {
    const at = this.budget.rangeToMake(code, typeof range === 'function' ? range : () => range);
    if (at) this.problems.push(makeProblem(code, at, typeof params === 'function' ? params() : params, data));
  }
}
