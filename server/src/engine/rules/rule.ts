import type { Document } from 'yaml';
import type { ParsedPosting } from '../document/parse';
import { makeProblem, type Problem, type ProblemData } from '../diagnostics/problems';
import type { Profile } from '../template/profiles';
import type { LineIndex, Range } from '../text/positions';
import { nodeAt, pairAt, valueOffsets, type Path } from '../document/yamlNodes';
import type { EngineSettings } from '../settings/settings';
import { freeTextsByKind, type FreeText, type FreeTextKind } from '../wording/freeText';
import { indexData, type DataIndex, type TextAt } from './dataIndex';

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
  ) {}

  get lines(): LineIndex {
    return this.parsed.lines;
  }

  /** The value at a data path, or undefined. */
  get(path: Path): unknown {
    let value: unknown = this.data;
    for (const key of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string | number, unknown>)[key];
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

  /** The range of the value at a path (its first line for block text), else its key, else line 1. */
  valueRange(path: Path): Range {
    const offsets = valueOffsets(nodeAt(this.parsed.document, path));
    if (offsets) {
      const start = this.lines.positionAt(offsets[0]);
      const end = this.lines.positionAt(offsets[1]);
      return end.line > start.line ? { start, end: this.lines.positionAt(this.lines.lineEnd(start.line)) } : { start, end };
    }
    return this.keyRange(path);
  }

  /** The range of the key of the field at a path, else the nearest ancestor's key, else line 1. */
  keyRange(path: Path): Range {
    for (let length = path.length; length > 0; length--) {
      const offsets = valueOffsets(pairAt(this.parsed.document, path.slice(0, length))?.key as never);
      if (offsets) return this.lines.range(...offsets);
    }
    return this.lines.lineRange(0);
  }

  report(code: string, range: Range, params: Record<string, string | number> = {}, data?: ProblemData): void {
    this.problems.push(makeProblem(code, range, params, data));
  }
}
