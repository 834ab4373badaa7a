import placeholderData from '../../../../schemas/wording/placeholders.json';
import { TextMemo } from '../text/memo';
import { execNonEmpty } from '../text/patterns';

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
  wholeValue?: boolean;
}

/** A placeholder found in a text: where it is (value indices) and what kind it is. */
export interface PlaceholderFinding {
  start: number;
  end: number;
  id: string;
  label: string;
  label_ja: string;
}

interface Part {
  regex: RegExp;
  thenRegex?: RegExp;
}

interface Compiled extends PlaceholderPattern {
  parts: Part[];
  notAfterRegex?: RegExp;
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
  };
});

interface PartMatch {
  start: number;
  /** Where the pattern's match ends (before its continuation). */
  headEnd: number;
  end: number;
}

/** A part's first non-empty match from `from` on whose continuation (if any) matches right after it. */
function partMatch(part: Part, value: string, from: number): PartMatch | null {
  part.regex.lastIndex = from;
  for (let match = execNonEmpty(part.regex, value); match; match = execNonEmpty(part.regex, value)) {
    const headEnd = match.index + match[0].length;
    if (!part.thenRegex) return { start: match.index, headEnd, end: headEnd };
    // The continuation, right where the match ends; without it, the search goes on from the next character.
    part.thenRegex.lastIndex = headEnd;
    if (part.thenRegex.test(value)) return { start: match.index, headEnd, end: part.thenRegex.lastIndex };
    part.regex.lastIndex = match.index + 1;
  }
  return null;
}

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

/** How far back `notAfter` looks. */
const lookBehind = 24;

/**
 * The placeholder and template-guidance texts in one string value, in order, without overlaps. A match's
 * leading separator (a space or bracket some patterns need before the placeholder) is not part of it. Remembered per
 * value (positions are relative to it): while an author types, only the value that changed is searched again. The
 * list is shared: callers read it and never change it.
 */
export function findPlaceholders(value: string): readonly PlaceholderFinding[] {
  return placeholdersOf.get(value);
}

const placeholdersOf = new TextMemo(placeholdersIn);

function placeholdersIn(value: string): PlaceholderFinding[] {
  const found: PlaceholderFinding[] = [];
  const trimmed = value.trim();
  for (const entry of patterns) {
    if (entry.wholeValue) {
      const regex = entry.parts[0].regex;
      regex.lastIndex = 0;
      if (trimmed && regex.test(trimmed)) {
        const start = value.indexOf(trimmed);
        found.push({ start, end: start + trimmed.length, id: entry.id, label: entry.label, label_ja: entry.label_ja });
      }
      continue;
    }
    const next: (PartMatch | null | undefined)[] = [];
    for (let from = 0, match = firstMatch(entry.parts, value, from, next); match; match = firstMatch(entry.parts, value, from, next)) {
      const [start, end] = trimSeparators(value, match.start, match.end);
      if (entry.notAfterRegex?.test(value.slice(Math.max(0, start - lookBehind), start))) {
        from = match.headEnd;
        continue;
      }
      found.push({ start, end, id: entry.id, label: entry.label, label_ja: entry.label_ja });
      // Separators may be shared by neighbouring placeholders ("TBD, TBD"): the next search starts inside the match.
      from = Math.max(match.start + 1, end);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceholderFinding[] = [];
  for (const finding of found) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
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
