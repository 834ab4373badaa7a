/**
 * Searches of long values that, after a key, try again only the starts whose attempt can read the change.
 *
 * A search is a list of entries, each a list of parts (a global pattern, and a sticky continuation matched right where
 * its match ends). Its result for a value is made from the value and, per part, its good matches: every start at which
 * the part matches (non-empty, continuation included), in order, which is what a search from any position needs (its
 * first good match there or later). A match attempt at a start s reads the character before s and at most `reach`
 * runs from the one s is in, a run being a stretch of characters of one `runCode`: the caller proves that bound from
 * its patterns' syntax (every unbounded repeat over characters of a single run; test/unit/placeholders.test.ts,
 * test/unit/typingCaches.test.ts). So, after a change in one range, an attempt at a start at least reach + 2 runs
 * before the range reads the same characters as before, and so does one at a start after the range and the character
 * after it: only the starts between are tried again, in a slice of the value that holds everything they read.
 */
import { changedRange } from './changes';
import { registerMemo } from './memo';
import { execNonEmpty } from './patterns';

export interface Part {
  regex: RegExp;
  thenRegex?: RegExp;
}

export interface PartMatch {
  start: number;
  /** Where the pattern's match ends (before its continuation). */
  headEnd: number;
  end: number;
}

/** Per entry, per part: the good matches of a value, in order. */
export type Goods = readonly (readonly (readonly PartMatch[])[])[];

/** A part's first non-empty match from `from` on whose continuation (if any) matches right after it. */
export function partMatch(part: Part, value: string, from: number): PartMatch | null {
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

/** The position `runs` run starts back from `to` (0 at the value's start): [that, to) holds that many starts. */
function runsBack(value: string, to: number, runs: number, runCode: (code: number) => number): number {
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
function runsForward(value: string, from: number, runs: number, runCode: (code: number) => number): number {
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

/** At most this many good matches in a value, and characters matched (times the value's length), or it is searched plainly. */
const mostGoods = 512;
const mostMatchedPerCharacter = 2;
/** A change of more characters than this is no key typed: the value is searched whole. */
const mostChanged = 4096;

export class WindowSearch<T> {
  /** The long values searched last, with their good matches, the most recent last. */
  private recent: { value: string; goods: Goods | undefined; result: T }[] = [];
  /** How many values were made from an earlier one (tests). */
  patchedCount = 0;

  /**
   * `make` gives the result of a value from its good matches, or without them (undefined: a value with too many good
   * matches, a runaway, is searched plainly instead).
   */
  constructor(
    private readonly entries: readonly (readonly Part[])[],
    private readonly runCode: (code: number) => number,
    private readonly reach: number,
    private readonly make: (value: string, goods: Goods | undefined) => T,
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

  get(value: string): T {
    const index = this.recent.findIndex((entry) => entry.value === value);
    if (index >= 0) {
      const known = this.recent[index];
      // The most recent last: a posting's other long values, the same on every key, stay.
      this.recent.splice(index, 1);
      this.recent.push(known);
      return known.result;
    }
    let goods: Goods | undefined;
    for (let i = this.recent.length - 1; i >= 0 && !goods; i--) {
      const entry = this.recent[i];
      if (entry.goods && Math.abs(entry.value.length - value.length) <= 64) goods = this.patched(entry.value, entry.goods, value);
    }
    if (goods) this.patchedCount++;
    else goods = this.goodsIn(value, 0, value.length, this.budget(value));
    const result = this.make(value, goods);
    this.recent.push({ value, goods, result });
    if (this.recent.length > this.keep) this.recent.shift();
    return result;
  }

  private budget(value: string): { goods: number; characters: number } {
    return { goods: mostGoods, characters: mostMatchedPerCharacter * value.length };
  }

  /** Every good match of each part, at the starts from `start` (at least 1, or 0 for a whole value) up to `limit`. */
  private goodsIn(value: string, start: number, limit: number, budget: { goods: number; characters: number }): PartMatch[][][] | undefined {
    const goods: PartMatch[][][] = [];
    for (const parts of this.entries) {
      const lists: PartMatch[][] = [];
      goods.push(lists);
      for (const part of parts) {
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

  private patched(old: string, oldGoods: Goods, value: string): Goods | undefined {
    const change = changedRange(old, value);
    if (!change) return oldGoods;
    // Another long value of the posting, of about the same length: searched whole rather than window by window.
    if (change.removed + change.inserted.length > mostChanged) return undefined;
    const delta = change.inserted.length - change.removed;
    // Starts before `left` read only the unchanged prefix; starts from `limit` on only the unchanged suffix.
    const left = runsBack(value, change.start, this.reach + 2, this.runCode);
    const limit = change.start + change.inserted.length + 1;
    const sliceStart = Math.max(0, left - 1);
    const slice = value.slice(sliceStart, runsForward(value, limit, this.reach + 2, this.runCode));
    const budget = this.budget(value);
    const window = this.goodsIn(slice, left - sliceStart, limit - sliceStart, budget);
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
