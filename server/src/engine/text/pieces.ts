/**
 * Long values read in pieces, cut after each match of a pattern (a sentence end and the spaces after it): each piece
 * is searched alone and remembered alone (TextMemo), so typing in one sentence of a 120 KB paragraph searches that
 * sentence again. Cutting such a value costs a scan, a copy of the value in slices and, in each memo, a hash of each
 * slice: for a 120 KB value about 1 ms, once per rule that reads it, on every key.
 *
 * A splitter remembers the pieces of the long values it cut last. The value after a key differs from one of them in
 * one range; the pieces before the range and after it are the same strings as before (the same objects, so a memo
 * finds them without hashing them again), and only the text between two cuts around the range is scanned again. The
 * result is the one a scan of the whole value gives (a property test compares them), because a cut depends on what
 * the scan has read only: the scan's state at a cut is "a match ended here", whatever came before, and a match reads
 * one character past its end (to end its run of spaces), never before its start. So:
 * - a cut at s whose character s (the one read past it) lies in the unchanged prefix is found again, with everything
 *   before it, and the scan may start again at s;
 * - once the new scan ends a match at a position c in the unchanged suffix where the old scan ended one too (at
 *   c − delta), everything after it is found again too, shifted by delta.
 * The pattern must be global, without lookbehind and without anchors. A match may be refused as a cut (`accept`,
 * e.g. the full stop of "e.g."), deciding from at most `lookBehind` characters before the match and the match itself:
 * the scan's state after a refused match is the same (it goes on after it), and the suffix is joined again only
 * where what the decisions after it read lies in the suffix.
 */
import { changedRange } from './changes';
import { execNonEmpty } from './patterns';
import { registerMemo, type TextMemo } from './memo';

export type Pieces = readonly (readonly [number, string])[];

/**
 * How a list of pieces was made from the list before an edit: its first `keep` pieces are those of `from`, and its
 * pieces from `newSuffix` on are the strings of `from`'s pieces from `oldSuffix` on (moved).
 */
interface Derivation {
  from: Pieces;
  keep: number;
  oldSuffix: number;
  newSuffix: number;
}

const derivations = new WeakMap<Pieces, Derivation>();

/**
 * A piece of `value` as a string of its own. V8 makes a slice of 13 characters or more a view of the string it was cut
 * from, which then lives as long as the view: each piece remembered as a memo's key kept its whole version of the
 * value, so typing in a paragraph of 200 KB kept about a version a key (docs/performance-history.md). Joined to a space and cut
 * again, a piece is a view of a string of its own length and one character (V8 flattens the join before the cut). A
 * piece is made once, when its text is new, and is then kept by position from list to list.
 */
function pieceOf(value: string, start: number, end?: number): string {
  const piece = value.slice(start, end);
  return piece.length < 13 ? piece : (' ' + piece).slice(1);
}

/**
 * A memo's results for each piece of a long value, in the order of the pieces. After a key, the results of the pieces
 * the edit left as they were are taken from the list of the value before it, by position, and only the pieces between
 * are looked up in the memo: a key in a paragraph of hundreds of pieces costs a few look-ups, not one per piece. The
 * results are the memo's (a function of each piece's text alone).
 */
export class PieceResults<T> {
  private byPieces = new WeakMap<Pieces, readonly T[]>();

  constructor(private readonly memo: TextMemo<T>) {
    registerMemo(this);
  }

  /** Nothing to count: the lists live as long as their pieces. */
  readonly size = 0;

  clear(): void {
    this.byPieces = new WeakMap();
  }

  of(pieces: Pieces): readonly T[] {
    // A short text is one piece, in a list made anew for each read: the memo is its cache.
    if (pieces.length === 1) return [this.memo.get(pieces[0][1])];
    const known = this.byPieces.get(pieces);
    if (known) return known;
    const derivation = derivations.get(pieces);
    const before = derivation && this.byPieces.get(derivation.from);
    let results: T[];
    if (derivation && before) {
      results = before.slice(0, derivation.keep);
      for (let i = derivation.keep; i < derivation.newSuffix; i++) results.push(this.memo.get(pieces[i][1]));
      for (let i = derivation.oldSuffix; i < before.length; i++) results.push(before[i]);
    } else results = pieces.map(([, piece]) => this.memo.get(piece));
    this.byPieces.set(pieces, results);
    return results;
  }
}

interface Cut {
  value: string;
  pieces: Pieces;
}

export class PieceSplitter {
  /** The long values cut last, the most recent last. */
  private recent: Cut[] = [];

  constructor(
    private readonly cut: RegExp,
    private readonly accept: (value: string, matchIndex: number) => boolean = () => true,
    private readonly lookBehind = 0,
    private readonly keep = 8,
  ) {
    if (!cut.global || cut.sticky) throw new Error('PieceSplitter: the pattern must be global and not sticky');
  }

  /** The pieces of `value`, each with where it starts: the whole value alone when it is shorter than `from`. */
  pieces(value: string, from: number): Pieces {
    if (value.length < from) return [[0, value]];
    const known = this.recent.find((entry) => entry.value === value);
    if (known) return known.pieces;
    let pieces: Pieces | undefined;
    // The value typed in is the one of the same length give or take a few characters and the most in common.
    for (let i = this.recent.length - 1; i >= 0 && !pieces; i--) {
      const entry = this.recent[i];
      if (Math.abs(entry.value.length - value.length) <= 64) pieces = this.patched(entry, value);
    }
    pieces ??= this.scan(value);
    this.recent.push({ value, pieces });
    // How the value dropped was made is forgotten with it: kept, it would hold the list it was made from, and that one
    // the list before it, every earlier list of a value typed in (docs/performance-history.md).
    const dropped = this.recent.length > this.keep ? this.recent.shift() : undefined;
    if (dropped) derivations.delete(dropped.pieces);
    return pieces;
  }

  /**
   * The cuts of `value` from `from` on, in order: where each accepted match ends, before the value's end. An empty
   * match is stepped over, and a match that ends the value is no cut (the last piece runs to the end).
   */
  private *cutsFrom(value: string, from: number): Generator<number> {
    this.cut.lastIndex = from;
    for (let match = execNonEmpty(this.cut, value); match; match = execNonEmpty(this.cut, value)) {
      const next = match.index + match[0].length;
      if (next >= value.length) return;
      if (this.accept(value, match.index)) yield next;
    }
  }

  /** The pieces of the whole value, scanned from its start. */
  private scan(value: string): Pieces {
    const pieces: [number, string][] = [];
    let pieceStart = 0;
    for (const next of this.cutsFrom(value, 0)) {
      pieces.push([pieceStart, pieceOf(value, pieceStart, next)]);
      pieceStart = next;
    }
    pieces.push([pieceStart, pieceOf(value, pieceStart)]);
    return pieces;
  }

  /** The pieces of `value` made from those of an earlier value, or undefined when they have too little in common. */
  private patched(old: Cut, value: string): Pieces | undefined {
    const change = changedRange(old.value, value);
    if (!change) return old.pieces;
    const { start, removed, inserted } = change;
    const delta = inserted.length - removed;
    const oldPieces = old.pieces;
    // The last old cut whose character lies before the change: cuts are piece starts after the first.
    let keep = 0; // pieces kept as they are: oldPieces[0 .. keep)
    {
      let low = 1;
      let high = oldPieces.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (oldPieces[middle][0] < start) {
          keep = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
    }
    const restart = keep === 0 ? 0 : oldPieces[keep][0];
    const pieces: (readonly [number, string])[] = oldPieces.slice(0, keep);
    // Old cuts after the change (in the unchanged suffix), by their position in the new value: found by a binary
    // search of the old piece starts (in order), not a map of them all, which cost a key as many insertions.
    const suffixStart = start + inserted.length; // in the new value: from here on, the old text shifted by delta
    const firstOld = Math.max(1, keep + 1);
    const oldCutAt = (at: number): number | undefined => {
      if (at <= suffixStart + this.lookBehind) return undefined;
      let low = firstOld;
      let high = oldPieces.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const there = oldPieces[middle][0] + delta;
        if (there === at) return middle;
        if (there < at) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    };
    let pieceStart = restart;
    for (const next of this.cutsFrom(value, restart)) {
      pieces.push([pieceStart, pieceOf(value, pieceStart, next)]);
      pieceStart = next;
      const same = oldCutAt(next);
      if (same !== undefined) {
        const newSuffix = pieces.length;
        for (let i = same; i < oldPieces.length; i++) pieces.push([oldPieces[i][0] + delta, oldPieces[i][1]]);
        derivations.set(pieces, { from: oldPieces, keep, oldSuffix: same, newSuffix });
        return pieces;
      }
    }
    pieces.push([pieceStart, pieceOf(value, pieceStart)]);
    derivations.set(pieces, { from: oldPieces, keep, oldSuffix: oldPieces.length, newSuffix: pieces.length });
    return pieces;
  }
}

/**
 * Long values cut after each full stop and the spaces after it (abbreviations included: a cut needs no sentence end,
 * only a full stop), for rules whose phrases hold no full stop (other countries): such a phrase never runs across a
 * cut.
 */
export const fullStopPieces = new PieceSplitter(/\.\s+/g);
