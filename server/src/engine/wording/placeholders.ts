import placeholderData from '../../../../schemas/wording/placeholders.json';
import { TextMemo } from '../text/memo';

/** One kind of placeholder text (schemas/wording/placeholders.json). */
interface PlaceholderPattern {
  id: string;
  label: string;
  label_ja: string;
  pattern: string;
  /** Anchored (^): must match right where the pattern's match ends, which then runs to its end (sticky). */
  thenPattern?: string;
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

interface Compiled extends PlaceholderPattern {
  regex: RegExp;
  thenRegex?: RegExp;
  notAfterRegex?: RegExp;
}

/** A continuation: its source is anchored (^, what recheck proves); matched sticky where the pattern's match ends. */
function sticky(source: string, flags: string): RegExp {
  if (!source.startsWith('^')) throw new Error(`placeholders.json: a thenPattern must start with ^: ${source}`);
  return new RegExp(source.slice(1), `${flags}y`);
}

// The JSON import types each entry by the fields it happens to have; optional fields make it a PlaceholderPattern.
const patterns: Compiled[] = (placeholderData.patterns as PlaceholderPattern[]).map((entry) => ({
  ...entry,
  regex: new RegExp(entry.pattern, entry.caseSensitive ? 'g' : 'gi'),
  thenRegex: entry.thenPattern === undefined ? undefined : sticky(entry.thenPattern, entry.caseSensitive ? '' : 'i'),
  notAfterRegex: entry.notAfter ? new RegExp(entry.notAfter, 'i') : undefined,
}));

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
      entry.regex.lastIndex = 0;
      if (trimmed && entry.regex.test(trimmed)) {
        const start = value.indexOf(trimmed);
        found.push({ start, end: start + trimmed.length, id: entry.id, label: entry.label, label_ja: entry.label_ja });
      }
      continue;
    }
    entry.regex.lastIndex = 0;
    for (let match = entry.regex.exec(value); match; match = entry.regex.exec(value)) {
      if (!match[0]) {
        entry.regex.lastIndex++;
        continue;
      }
      let matchEnd = match.index + match[0].length;
      if (entry.thenRegex) {
        // The continuation, right where the match ends; without it, the search goes on from the next character.
        entry.thenRegex.lastIndex = matchEnd;
        if (!entry.thenRegex.test(value)) {
          entry.regex.lastIndex = match.index + 1;
          continue;
        }
        matchEnd = entry.thenRegex.lastIndex;
      }
      const [start, end] = trimSeparators(value, match.index, matchEnd);
      if (entry.notAfterRegex?.test(value.slice(Math.max(0, start - lookBehind), start))) continue;
      found.push({ start, end, id: entry.id, label: entry.label, label_ja: entry.label_ja });
      // Separators may be shared by neighbouring placeholders ("TBD, TBD"): the next search starts inside the match.
      entry.regex.lastIndex = Math.max(match.index + 1, end);
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
