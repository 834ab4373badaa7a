import placeholderData from '../../../../schemas/wording/placeholders.json';
import { TextMemo } from '../text/memo';
import { partMatch, WindowSearch, type Goods, type Part, type PartMatch } from '../text/windowSearch';

/** One kind of placeholder text (schemas/wording/placeholders.json). */
interface PlaceholderPattern {
  id: string;
  label: string;
  label_ja: string;
  pattern?: string;
  /** Anchored (^): must match right where the pattern's match ends, which then runs to its end (sticky). */
  thenPattern?: string;
  /**
   * Instead of `pattern` and `thenPattern`: patterns searched together as one (the leftmost match of any of them, then
   * the search goes on after it), the parts of a pattern too large for recheck to decide as a whole.
   */
  alternatives?: { pattern: string; thenPattern?: string }[];
  caseSensitive?: boolean;
  notAfter?: string;
  /** Anchored (^): what, right after the match, says it is ordinary prose ("select one or more candidates"). */
  notBefore?: string;
  wholeValue?: boolean;
  /** A blank: a placeholder inside a sentence, not a form's empty cell nor a rule (see blankKind). */
  inSentenceOnly?: boolean;
}

/** A placeholder found in a text: where it is (value indices) and what kind it is. */
export interface PlaceholderFinding {
  start: number;
  end: number;
  id: string;
  label: string;
  label_ja: string;
  /**
   * The finding is a whole value that is a form's row (a label and its blank: "Name of referee: ____") or a rule
   * ("________", "---"): a field the author left blank, but pasted material under notes (rules/placeholders.ts).
   */
  cell?: 'row' | 'rule';
}

interface Compiled extends PlaceholderPattern {
  parts: Part[];
  notAfterRegex?: RegExp;
  notBeforeRegex?: RegExp;
}

/** A continuation: its source is anchored (^, what recheck proves); matched sticky where the pattern's match ends. */
function sticky(source: string, flags: string): RegExp {
  if (!source.startsWith('^')) throw new Error(`placeholders.json: a thenPattern must start with ^: ${source}`);
  return new RegExp(source.slice(1), `${flags}y`);
}

// The JSON import types each entry by the fields it happens to have; optional fields make it a PlaceholderPattern.
const patterns: Compiled[] = (placeholderData.patterns as PlaceholderPattern[]).map((entry) => {
  const flags = entry.caseSensitive ? '' : 'i';
  const sources = entry.alternatives ?? [{ pattern: entry.pattern ?? '', thenPattern: entry.thenPattern }];
  if (!sources.length || sources.some((source) => !source.pattern) || (entry.alternatives && (entry.pattern || entry.wholeValue)))
    throw new Error(`placeholders.json: ${entry.id} needs a pattern, or alternatives (and no pattern, not wholeValue)`);
  return {
    ...entry,
    parts: sources.map((source) => ({
      regex: new RegExp(source.pattern, `g${flags}`),
      thenRegex: source.thenPattern === undefined ? undefined : sticky(source.thenPattern, flags),
    })),
    notAfterRegex: entry.notAfter ? new RegExp(entry.notAfter, 'i') : undefined,
    notBeforeRegex: entry.notBefore ? new RegExp(entry.notBefore, 'i') : undefined,
  };
});

/**
 * The leftmost match from `from` on of any of the parts (the first part's at one start), as one pattern of them all
 * would find it. `next` keeps each part's next match, still good while it starts at or after `from`: each part's
 * search goes forward only.
 */
function firstMatch(parts: readonly Part[], value: string, from: number, next: (PartMatch | null | undefined)[]): PartMatch | undefined {
  let first: PartMatch | undefined;
  parts.forEach((part, index) => {
    let found = next[index];
    if (found === undefined || (found && found.start < from)) found = next[index] = partMatch(part, value, from);
    if (found && (!first || found.start < first.start)) first = found;
  });
  return first;
}

const formCells = placeholderData.formCells;
const ruleRun = new RegExp(formCells.rulePattern);
const labelCell = new RegExp(formCells.labelPattern);
const labelStart = new RegExp(formCells.labelStartPattern);
const punctuationCell = new RegExp(formCells.punctuationPattern);
const ruleLine = new RegExp(formCells.ruleLinePattern);
const pageNumber = new RegExp(formCells.pageNumberPattern, 'i');
const leaderDate = new RegExp(formCells.leaderDatePattern, 'i');
/** Longest cell before a tab read as a form's label without its colon ("Position Number<TAB>____"). */
const tabLabelLength = 40;

/**
 * What the blank at [start, end) of `value` is by the line it stands on (placeholders.json, formCells): `skip` for a
 * separator line or a form's row in a text of several lines, a row of several labels, or a column rule between two
 * fields; `rule` or `row` for a whole value that is a rule or one label with its blank; undefined for a blank inside
 * a sentence, a placeholder wherever it is.
 */
function blankKind(value: string, start: number, end: number): 'skip' | 'row' | 'rule' | undefined {
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const newline = value.indexOf('\n', end);
  const lineEnd = newline < 0 ? value.length : newline;
  const line = value.slice(lineStart, lineEnd);
  const whole = line.trim() === value.trim();
  const texts = line.split(ruleRun).filter((cell) => !punctuationCell.test(cell));
  if (!texts.length) return whole ? 'rule' : 'skip';
  // A cell that ends in a tab (and spaces) before its blank: "Position Number<TAB>____".
  const beforeTab = (cell: string) => cell.slice(cell.trimEnd().length).includes('\t');
  const isLabel = (cell: string) => labelCell.test(cell.trim()) || (beforeTab(cell) && cell.trim().length <= tabLabelLength);
  if (texts.every(isLabel)) return whole && texts.length === 1 ? 'row' : 'skip';
  // "Background ........ 3": a contents entry's leader to its page number; "Inception note ...... 26 Feb 2027": a
  // schedule's leader to its date.
  const after = value.slice(end, lineEnd).trim();
  if ((pageNumber.test(after) || leaderDate.test(after)) && !punctuationCell.test(value.slice(lineStart, start))) return 'skip';
  const before = value.slice(lineStart, start);
  if (!punctuationCell.test(before) && labelStart.test(after)) return 'skip';
  return undefined;
}

const markup = placeholderData.markup;
const markupIds = new Set(markup.ids);
const elementContent = new RegExp(markup.elementContentPattern, 'iu');
const linkTarget = new RegExp(markup.linkTargetPattern, 'i');
const checkbox = new RegExp(markup.checkboxPattern, 'i');
const checkboxLine = new RegExp(markup.checkboxLinePattern);

/**
 * The bracketed name at [start, end) of `value` is markup (placeholders.json, markup): an element's tag with its
 * content right after it or its closing tag later on ("<title>Officer</title>"), a Markdown link's text
 * ("![deadline](https://…)") or a task list's ticked box ("- [x] English").
 */
function isMarkup(value: string, start: number, end: number): boolean {
  const open = value[start];
  const after = value.slice(end, end + 16);
  if (open === '<' && value[end - 1] === '>') {
    const name = value
      .slice(start + 1, end - 1)
      .trim()
      .toLowerCase();
    return elementContent.test(after) || value.toLowerCase().includes(`</${name}>`, end);
  }
  if (open !== '[' || value[end - 1] !== ']') return false;
  // A task list's ticked box: "- [x] English – fluent" (the box first on its line, after a bullet, then a space).
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  if (checkbox.test(value.slice(start, end)) && checkboxLine.test(value.slice(lineStart, start)) && /^[ \t]/.test(after)) return true;
  return linkTarget.test(after);
}

/** How far back `notAfter` looks, and how far on `notBefore` does. */
const lookBehind = 24;

/**
 * The placeholder and template-guidance texts in one string value, in order, without overlaps. A match's
 * leading separator (a space or bracket some patterns need before the placeholder) is not part of it. Remembered per
 * value (positions are relative to it): while an author types, only the value that changed is searched again, and in
 * a long value only around the change (see LongValues). The list is shared: callers read it and never change it.
 */
export function findPlaceholders(value: string): readonly PlaceholderFinding[] {
  return value.length < longValue ? placeholdersOf.get(value) : longValues.get(value);
}

const placeholdersOf = new TextMemo((value: string) => placeholdersIn(value));

/**
 * The findings of one value. Searched with the patterns, or read from `goods`, the same search made beforehand: each
 * part's first good match from `from` on is its first good match in the list that starts there or later.
 */
function placeholdersIn(value: string, goods?: Goods): PlaceholderFinding[] {
  const found: PlaceholderFinding[] = [];
  const trimmed = value.trim();
  patterns.forEach((entry, entryIndex) => {
    if (entry.wholeValue) {
      const regex = entry.parts[0].regex;
      regex.lastIndex = 0;
      if (trimmed && regex.test(trimmed)) {
        const start = value.indexOf(trimmed);
        const cell = ruleLine.test(trimmed) ? { cell: 'rule' as const } : {};
        found.push({ start, end: start + trimmed.length, id: entry.id, label: entry.label, label_ja: entry.label_ja, ...cell });
      }
      return;
    }
    const next: (PartMatch | null | undefined)[] = [];
    const lists = goods?.[entryIndex];
    const pointers = entry.parts.map(() => 0);
    const first = lists
      ? (from: number): PartMatch | undefined => {
          let leftmost: PartMatch | undefined;
          lists.forEach((list, index) => {
            while (pointers[index] < list.length && list[pointers[index]].start < from) pointers[index]++;
            const found = list[pointers[index]];
            if (found && (!leftmost || found.start < leftmost.start)) leftmost = found;
          });
          return leftmost;
        }
      : (from: number) => firstMatch(entry.parts, value, from, next);
    for (let from = 0, match = first(from); match; match = first(from)) {
      const [start, end] = trimSeparators(value, match.start, match.end);
      if (
        entry.notAfterRegex?.test(value.slice(Math.max(0, start - lookBehind), start)) ||
        entry.notBeforeRegex?.test(value.slice(end, end + lookBehind))
      ) {
        from = match.headEnd;
        continue;
      }
      const kind = entry.inSentenceOnly ? blankKind(value, start, end) : undefined;
      if (kind === 'skip' || (markupIds.has(entry.id) && isMarkup(value, start, end))) {
        from = Math.max(match.start + 1, end);
        continue;
      }
      found.push({ start, end, id: entry.id, label: entry.label, label_ja: entry.label_ja, ...(kind ? { cell: kind } : {}) });
      // Separators may be shared by neighbouring placeholders ("TBD, TBD"): the next search starts inside the match.
      from = Math.max(match.start + 1, end);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceholderFinding[] = [];
  for (const finding of found) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}

/** From this length on, a value is searched around its change only (WindowSearch). */
export const longValue = 2000;

/**
 * How far any part's match attempt reads, in runs of `runOf`: a run is a character, or a stretch of white space, or
 * of one letter in either case, or of the circles 〇○◯●, so a pattern's unbounded repeats (`\s*`, `X{3,}`, `_{4,}`) each
 * read one run. test/unit/placeholders.test.ts proves the bound from each pattern's syntax (windowSearch.ts).
 */
export const reachRuns = 256;

/** The run a character (a UTF-16 code unit) belongs to (see reachRuns): two neighbours of one run are one stretch. */
function runCode(code: number): number {
  if (code === 32 || (code >= 9 && code <= 13)) return 32;
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const character = String.fromCharCode(code);
  if (/\s/.test(character)) return 32;
  if (code === 0x3007 || code === 0x25cb || code === 0x25ef || code === 0x25cf) return 0x3007;
  const lower = character.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** The run of a character, as a character (tests prove the reach with it). */
export function runOf(character: string): string {
  return String.fromCharCode(runCode(character.charCodeAt(0)));
}

/** A search of long values around their change, for these patterns (`reach` smaller in tests only). */
export function placeholderSearch(reach = reachRuns): WindowSearch<PlaceholderFinding[]> {
  return new WindowSearch(
    patterns.map((entry) => (entry.wholeValue ? [] : entry.parts)),
    runCode,
    reach,
    placeholdersIn,
  );
}

const longValues = placeholderSearch();

/** The findings of a search of the whole value with the patterns, remembering nothing (tests: the oracle). */
export function placeholdersAfresh(value: string): PlaceholderFinding[] {
  return placeholdersIn(value);
}

/** True when the text still holds a placeholder. */
export function hasPlaceholder(value: string): boolean {
  return findPlaceholders(value).length > 0;
}

const separator = /[\s,;:.!?([{<)\]}>/-]/;

/** The match without the separators around it that only delimit it (but keeping closing brackets that pair). */
function trimSeparators(value: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:!?]/.test(value[from])) from++;
  while (to > from && /[\s,;:!?]/.test(value[to - 1])) to--;
  // A lone opening bracket before the placeholder ("(TBD" → "TBD") unless the match closes it.
  if (from < to && /[([{<]/.test(value[from]) && !/[)\]}>]/.test(value[to - 1])) from++;
  // A closing bracket or full stop after the placeholder that the match took as its right boundary.
  if (to > from && /[)\]}>.]/.test(value[to - 1]) && !/[([{<]/.test(value[from]) && separator.test(value[to - 1])) {
    if (!/\.\.$/.test(value.slice(from, to))) to--;
  }
  return [from, to];
}
