import placeholderData from '../../../../schemas/wording/placeholders.json';
import { changedRange } from '../text/changes';
import { registerMemo, TextMemo } from '../text/memo';
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
 * value (positions are relative to it): while an author types, only the value that changed is searched again, and in
 * a long value only around the change (see LongValues). The list is shared: callers read it and never change it.
 */
export function findPlaceholders(value: string): readonly PlaceholderFinding[] {
  return value.length < longValue ? placeholdersOf.get(value) : longValues.findings(value);
}

const placeholdersOf = new TextMemo((value: string) => placeholdersIn(value));

/** Each part's good matches in a value: every start at which `partMatch` would stop, in order (per entry, per part). */
type Goods = readonly (readonly (readonly PartMatch[])[])[];

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
        found.push({ start, end: start + trimmed.length, id: entry.id, label: entry.label, label_ja: entry.label_ja });
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
      if (entry.notAfterRegex?.test(value.slice(Math.max(0, start - lookBehind), start))) {
        from = match.headEnd;
        continue;
      }
      found.push({ start, end, id: entry.id, label: entry.label, label_ja: entry.label_ja });
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

/** From this length on, a value is searched around its change only (LongValues). */
export const longValue = 2000;

/**
 * How far any part's match attempt reads, in runs: a run is a character, or a stretch of white space, or of one
 * letter in either case, or of the circles 〇○◯●, so a pattern's unbounded repeats (`\s*`, `X{3,}`, `_{4,}`) each read
 * one run. An attempt at s reads the character before s and at most this many runs from the one s is in (its match,
 * its continuation and one character past them). test/unit/placeholders.test.ts proves the bound from each pattern's
 * syntax (the longest path through it, a bounded repeat counted in full, an unbounded one over a single run's
 * characters as one run).
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

/** The position `runs` run starts back from `to` (0 at the value's start): [that, to) holds that many starts. */
function runsBack(value: string, to: number, runs: number): number {
  let at = to;
  let counted = 0;
  let after = at < value.length ? runCode(value.charCodeAt(at)) : -1;
  while (at > 0) {
    const here = runCode(value.charCodeAt(at - 1));
    if (here !== after && at < to) {
      if (++counted >= runs) return at;
    }
    after = here;
    at--;
  }
  return 0;
}

/** The position after `runs` run starts from `from` on (the value's end at most). */
function runsForward(value: string, from: number, runs: number): number {
  if (from >= value.length) return value.length;
  let counted = 0;
  let before = from > 0 ? runCode(value.charCodeAt(from - 1)) : -1;
  for (let at = from; at < value.length; at++) {
    const here = runCode(value.charCodeAt(at));
    if (here !== before && ++counted > runs) return at;
    before = here;
  }
  return value.length;
}

/** At most this many good matches in a long value, and characters matched (times the value's length), or it is searched as a short one. */
const mostGoods = 512;
const mostMatchedPerCharacter = 2;
/** A change of more characters than this is no key typed: the value is searched whole. */
const mostChanged = 4096;

/** Every good match of each part of each entry, searched from `start` (at least 1, or 0 for a whole value) up to `limit`. */
function goodsIn(value: string, start: number, limit: number, budget: { goods: number; characters: number }): PartMatch[][][] | undefined {
  const goods: PartMatch[][][] = [];
  for (const entry of patterns) {
    const lists: PartMatch[][] = [];
    goods.push(lists);
    if (entry.wholeValue) continue;
    for (const part of entry.parts) {
      const list: PartMatch[] = [];
      lists.push(list);
      for (let match = partMatch(part, value, start); match && match.start < limit; match = partMatch(part, value, match.start + 1)) {
        list.push(match);
        budget.characters -= match.end - match.start;
        if (--budget.goods < 0 || budget.characters < 0) return undefined;
      }
    }
  }
  return goods;
}

/**
 * The long values searched last, with their good matches. The value after a key differs from one of them in one
 * range: an attempt at a start whose reach (reachRuns) ends before the range reads the same characters as before, and
 * so does one that starts after the range and the character after it (it reads one character back); so only the
 * starts between are tried again, in a slice that holds everything those attempts read. The findings are then made
 * from the good matches as a search of the whole value makes them (placeholdersIn): the same (property test).
 */
export class LongValues {
  private recent: { value: string; goods: Goods | undefined; findings: readonly PlaceholderFinding[] }[] = [];
  /** How many values were made from an earlier one (tests). */
  patchedCount = 0;

  /** `reach` in runs (reachRuns; tests make it smaller to see a search that reads too little fail). */
  constructor(
    private readonly reach = reachRuns,
    private readonly keep = 8,
  ) {
    registerMemo(this);
  }

  get size(): number {
    return this.recent.length;
  }

  clear(): void {
    this.recent = [];
  }

  findings(value: string): readonly PlaceholderFinding[] {
    const index = this.recent.findIndex((entry) => entry.value === value);
    if (index >= 0) {
      const known = this.recent[index];
      // The most recent last: a posting's other long values, the same on every key, stay.
      this.recent.splice(index, 1);
      this.recent.push(known);
      return known.findings;
    }
    let goods: Goods | undefined;
    for (let i = this.recent.length - 1; i >= 0 && !goods; i--) {
      const entry = this.recent[i];
      if (entry.goods && Math.abs(entry.value.length - value.length) <= 64) goods = this.patched(entry.value, entry.goods, value);
    }
    if (goods) this.patchedCount++;
    else goods = goodsIn(value, 0, value.length, this.budget(value));
    const findings = placeholdersIn(value, goods);
    this.recent.push({ value, goods, findings });
    if (this.recent.length > this.keep) this.recent.shift();
    return findings;
  }

  private budget(value: string): { goods: number; characters: number } {
    return { goods: mostGoods, characters: mostMatchedPerCharacter * value.length };
  }

  private patched(old: string, oldGoods: Goods, value: string): Goods | undefined {
    const change = changedRange(old, value);
    if (!change) return oldGoods;
    // Another long value of the posting, of about the same length: searched whole rather than window by window.
    if (change.removed + change.inserted.length > mostChanged) return undefined;
    const delta = change.inserted.length - change.removed;
    // Starts before `left` read only the unchanged prefix; starts from `limit` on only the unchanged suffix.
    const left = runsBack(value, change.start, this.reach + 2);
    const limit = change.start + change.inserted.length + 1;
    const sliceStart = Math.max(0, left - 1);
    const slice = value.slice(sliceStart, runsForward(value, limit, this.reach + 2));
    const budget = this.budget(value);
    const window = goodsIn(slice, left - sliceStart, limit - sliceStart, budget);
    if (!window) return undefined;
    const goods: PartMatch[][][] = [];
    for (let entry = 0; entry < oldGoods.length; entry++) {
      const lists: PartMatch[][] = [];
      goods.push(lists);
      for (let part = 0; part < oldGoods[entry].length; part++) {
        const list: PartMatch[] = [];
        for (const match of oldGoods[entry][part]) if (match.start < left) list.push(match);
        for (const match of window[entry][part]) {
          list.push({ start: match.start + sliceStart, headEnd: match.headEnd + sliceStart, end: match.end + sliceStart });
        }
        for (const match of oldGoods[entry][part]) {
          if (match.start + delta < limit) continue;
          list.push(delta ? { start: match.start + delta, headEnd: match.headEnd + delta, end: match.end + delta } : match);
        }
        budget.goods -= list.length - window[entry][part].length;
        if (budget.goods < 0) return undefined;
        lists.push(list);
      }
    }
    return goods;
  }
}

const longValues = new LongValues();

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
