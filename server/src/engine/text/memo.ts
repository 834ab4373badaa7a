/**
 * Results of a pure function of one string, remembered by the string's content. While an author types, one edit
 * changes one value of a posting and every other value is the same text as in the check before, so its findings can
 * be reused as they are: a result depends on the content only, never on where the text sits (callers keep positions
 * relative to the string and place them afterwards).
 *
 * Memory stays bounded by generations: entries live in `current`; once it holds `limit` characters of keys, it becomes
 * `previous` and a new `current` starts. A hit in `previous` moves the entry back into `current`, so what the last
 * check used survives a turn and what no check asked for lately is dropped.
 */
/** Every memo made, so a test can compare a remembered result with one computed afresh. */
const allMemos = new Set<{ clear(): void; readonly size: number }>();

/** Registers a cache of another shape, so that forgetTextMemos forgets it too. */
export function registerMemo(memo: { clear(): void; readonly size: number }): void {
  allMemos.add(memo);
}

/**
 * Forgets every remembered result (tests: a cached check must equal a fresh one; an idle check worker, which then
 * checks its last document again so that only that one's results stay: lsp/idleCollection.ts).
 */
export function forgetTextMemos(): void {
  for (const memo of allMemos) memo.clear();
}

/** How many texts all memos remember (tests). */
export function textMemoEntries(): number {
  let entries = 0;
  for (const memo of allMemos) entries += memo.size;
  return entries;
}

/** What a memo keeps for a result that is `undefined`, so that a look-up's `undefined` always means "not there". */
const absent: unique symbol = Symbol('absent');

export class TextMemo<T> {
  private current = new Map<string, T | typeof absent>();
  private previous = new Map<string, T | typeof absent>();
  private characters = 0;

  constructor(
    private readonly compute: (text: string) => T = () => {
      throw new Error('TextMemo: no compute function; use find() and set()');
    },
    private readonly limit = 1_000_000,
  ) {
    allMemos.add(this);
  }

  // One look-up per generation (a miss costs two and the insertion): most look-ups of a check of distinct postings
  // miss, and each look-up of a text hashes or compares it (docs/performance-history.md, stop 17).
  get(text: string): T {
    const found = this.current.get(text);
    if (found !== undefined) return found === absent ? (undefined as T) : found;
    const old = this.previous.get(text);
    const value = old === undefined ? this.compute(text) : old === absent ? (undefined as T) : old;
    this.remember(text, value);
    return value;
  }

  /** The remembered result for a text, without computing one. */
  find(text: string): T | undefined {
    const found = this.current.get(text);
    if (found !== undefined) return found === absent ? undefined : found;
    const old = this.previous.get(text);
    if (old === undefined) return undefined;
    const value = old === absent ? (undefined as T) : old;
    this.remember(text, value);
    return value;
  }

  /** Remembers a result computed elsewhere (when computing it needs more than the text). */
  set(text: string, value: T): void {
    this.remember(text, value);
  }

  /** How many texts are remembered (for tests). */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
    this.characters = 0;
  }

  private remember(text: string, value: T): void {
    // Each key costs its characters and an entry's overhead, so many short texts also turn a generation.
    this.characters += text.length + 64;
    if (this.characters > this.limit) {
      this.previous = this.current;
      this.current = new Map();
      this.characters = text.length + 64;
    }
    this.current.set(text, value === undefined ? absent : value);
  }
}

/** A TextMemo per extra parameter (a profile id, a limit): for the few values such a parameter takes. */
export class KeyedTextMemo<K, T> {
  private readonly memos = new Map<K, TextMemo<T>>();

  constructor(
    private readonly compute: (key: K, text: string) => T,
    private readonly limit?: number,
  ) {}

  get(key: K, text: string): T {
    let memo = this.memos.get(key);
    if (!memo) {
      memo = new TextMemo((value) => this.compute(key, value), this.limit);
      this.memos.set(key, memo);
    }
    return memo.get(text);
  }
}
