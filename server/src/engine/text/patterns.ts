type Flags = '' | 'i';
const compiled: Record<Flags, Map<string, RegExp>> = { '': new Map(), i: new Map() };

/**
 * A regular expression from the data files, compiled once per source and flags. For `test`/`exec` without
 * the g or y flag only: those keep state (lastIndex) between calls, which a shared object must not have.
 */
export function dataPattern(source: string, flags: Flags = ''): RegExp {
  const bySource = compiled[flags];
  let pattern = bySource.get(source);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    bySource.set(source, pattern);
  }
  return pattern;
}

/** A text that a regular expression matches literally (outside a character class, with or without the u flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words of a list as one alternation that matches each literally, in the list's order (`(?:May|C\+\+)`). */
export function literalAlternation(words: readonly string[]): string {
  return `(?:${words.map(escapeRegExp).join('|')})`;
}

/**
 * A phrase as a pattern that matches it literally, any white space between its words, as a whole word: `\b` at an end
 * that is a word character (so "C++" still matches before a space, where `\b` after "+" would not).
 */
export function literalPhrase(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  return `${/^\w/.test(phrase.trim()) ? '\\b' : ''}${words.map(escapeRegExp).join('\\s+')}${/\w$/.test(phrase.trim()) ? '\\b' : ''}`;
}

/**
 * Every pattern the engine builds at load time from pieces (data lists, shared fragments) rather than writing it as one
 * literal, which eslint-plugin-regexp would read: by name, with its source and flags. test/unit/redos.test.ts has
 * recheck prove each linear as built from the real data, so a word added to a list cannot add a super-linear pattern
 * unnoticed. Patterns built per call (from a word of the text) are literal phrases (`literalPhrase`), never listed here.
 */
export const builtPatterns = new Map<string, { source: string; flags: string }>();

/** `new RegExp(source, flags)`, listed in `builtPatterns` under `name` (one name, one pattern). */
export function builtPattern(name: string, source: string, flags = ''): RegExp {
  const pattern = new RegExp(source, flags);
  builtPatterns.set(name, { source, flags });
  return pattern;
}

/**
 * The next non-empty match of a global pattern from its lastIndex on: an empty match is stepped over (a data pattern
 * may match empty, and a search must go on past it). The caller sets lastIndex to search from elsewhere.
 */
export function execNonEmpty(pattern: RegExp, text: string): RegExpExecArray | null {
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0]) return match;
    pattern.lastIndex++;
  }
  return null;
}

/**
 * A continuation built from pieces: `source` starts with ^ and is listed so in `builtPatterns` (recheck proves it
 * anchored); the pattern returned is it without the ^ and sticky, to match right where the caller sets lastIndex.
 */
export function builtSticky(name: string, source: string, flags = ''): RegExp {
  if (!source.startsWith('^')) throw new Error(`a sticky part must start with ^: ${source}`);
  builtPatterns.set(name, { source, flags });
  return new RegExp(source.slice(1), `${flags}y`);
}

/**
 * One pattern that matches wherever one of `sources` matches (`(?:a)|(?:b)`), each source listed in `builtPatterns`
 * as `name [i]`: each alternative is tried at each start as its source alone would be, so the union of patterns proved
 * linear is linear (a union as a whole is often too large for recheck to decide). Sources without back-references.
 */
export function builtUnion(name: string, sources: readonly string[], flags = ''): RegExp {
  sources.forEach((source, index) => builtPatterns.set(`${name} [${index}]`, { source, flags }));
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags);
}

const stickyParts: Record<Flags, Map<string, RegExp>> = { '': new Map(), i: new Map() };

/**
 * A part of a pattern in parts, compiled once per source and flags without its leading ^ and sticky, to match right
 * where the part before it ended (a continuation, a gap character). Callers set lastIndex before each use.
 */
function stickyPart(source: string, flags: Flags): RegExp {
  let part = stickyParts[flags].get(source);
  if (!part) {
    part = new RegExp(source.replace(/^\^/, ''), `${flags}y`);
    stickyParts[flags].set(source, part);
  }
  return part;
}

/** The match of a pattern in parts: the text from the head's start to the continuation's end, with the parts' groups. */
function joinedMatch(
  text: string,
  start: number,
  end: number,
  captured: (string | undefined)[],
  groups: RegExpExecArray['groups'],
): RegExpExecArray {
  return Object.assign([text.slice(start, end), ...captured], { index: start, input: text, groups }) as RegExpExecArray;
}

/**
 * A pattern the data writes in two parts (`{ pattern, thenPattern }`, e.g. schemas/import/common.json `prose`): a head,
 * and a continuation (starting with ^) that must match right where the head's match ends. recheck proves each part
 * linear where the whole is too large for it to decide. The same as one pattern whose head matches in at most one way
 * at each start: the first head whose continuation matches, with the continuation's groups.
 */
export interface SplitPattern {
  pattern: string;
  thenPattern: string;
}

/** Like `dataPattern(source).exec(text)` for a pattern or a pattern in two parts; `index` is where the head starts. */
export function execData(source: string | SplitPattern, text: string, flags: Flags = ''): RegExpExecArray | null {
  if (typeof source === 'string') return dataPattern(source, flags).exec(text);
  return headFinder(source, flags)(text, 0);
}

/**
 * A search for a pattern or a pattern in two parts from a position on: the first match that starts there or later, in
 * the first way its head matches at that start (the one way, for the heads the data writes so).
 */
function headFinder(source: string | SplitPattern, flags: Flags): (text: string, from: number) => RegExpExecArray | null {
  const head = new RegExp(typeof source === 'string' ? source : source.pattern, `${flags}g`);
  if (typeof source === 'string')
    return (text, from) => {
      head.lastIndex = from;
      return head.exec(text);
    };
  if (!source.thenPattern.startsWith('^')) throw new Error(`a thenPattern must start with ^: ${source.thenPattern}`);
  const then = stickyPart(source.thenPattern, flags);
  return (text, from) => {
    head.lastIndex = from;
    for (let match = head.exec(text); match; match = head.exec(text)) {
      then.lastIndex = match.index + match[0].length;
      const rest = then.exec(text);
      if (rest) return joinedMatch(text, match.index, then.lastIndex, rest.slice(1), rest.groups);
      head.lastIndex = match.index + 1;
    }
    return null;
  };
}

/**
 * A pattern the data writes as a head, a gap and a continuation (`{ pattern, gap, gapChar, then }`, e.g.
 * schemas/import/common.json inference.deadline): the one pattern `pattern` + `(?:gapChar){minGap,gap}?` + `then`
 * without its `^` (lazy; `greedy: true` for `{minGap,gap}` without the ?), where `gapChar` reads one character (it may
 * look at the next: `\.\S` is a dot before a non-space); the head may itself be a pattern in two parts. Searched in code:
 * at each start where the head matches (in at most one way), the fewest (greedy: the most) gap characters, `minGap` (default 0) to `gap`, after which `then`
 * (sticky) matches. recheck proves the three parts linear where it could not decide the one pattern; the search tries
 * `gap` + 1 continuations at most per head.
 */
export interface GappedPattern {
  pattern: string | SplitPattern;
  gap: number;
  minGap?: number;
  greedy?: boolean;
  gapChar: string;
  then: string;
}

/** Like `dataPattern(source, flags).exec(text)` for a pattern with a gap: the whole match and then's groups. */
export function execGapped(source: GappedPattern, text: string, flags: Flags = ''): RegExpExecArray | null {
  if (!source.then.startsWith('^')) throw new Error(`a then must start with ^: ${source.then}`);
  const gapChar = stickyPart(source.gapChar, flags);
  const then = stickyPart(source.then, flags);
  const findHead = headFinder(source.pattern, flags);
  const minGap = source.minGap ?? 0;
  // What is known of each position, so that heads close together ("apply apply apply …") read each gap once: the
  // continuation failed there (1), the gap may (2) or may not (4) go on over its character.
  let known: Uint8Array | undefined;
  const thenAt = (at: number) => {
    if (known && known[at] & 1) return null;
    then.lastIndex = at;
    const rest = then.exec(text);
    if (!rest) (known ??= new Uint8Array(text.length + 1))[at] |= 1;
    return rest;
  };
  /** Whether the gap goes on over the character at `at`. */
  const goesOn = (at: number) => {
    const state = known?.[at] ?? 0;
    if (state & 6) return !!(state & 2);
    gapChar.lastIndex = at;
    const on = gapChar.test(text);
    (known ??= new Uint8Array(text.length + 1))[at] |= on ? 2 : 4;
    return on;
  };
  for (let match = findHead(text, 0); match; match = findHead(text, match.index + 1)) {
    const from = match.index + match[0].length;
    if (source.greedy) {
      // The most gap characters first: how far the gap reaches, then back to minGap.
      let reach = 0;
      while (reach < source.gap && goesOn(from + reach)) reach++;
      for (let gap = reach; gap >= minGap; gap--) {
        const rest = thenAt(from + gap);
        if (rest) return joinedMatch(text, match.index, then.lastIndex, rest.slice(1), rest.groups);
      }
    } else {
      for (let gap = 0; gap <= source.gap; gap++) {
        if (gap >= minGap) {
          const rest = thenAt(from + gap);
          if (rest) return joinedMatch(text, match.index, then.lastIndex, rest.slice(1), rest.groups);
        }
        if (gap === source.gap || !goesOn(from + gap)) break;
      }
    }
  }
  return null;
}

/**
 * Readers tried as the branches of one alternation (`{ anyOf: [...] }`): the match that starts first, and at one start
 * the first branch's. The same as the one pattern `(?:a)|(?:b)|…` of the branches, each of which reads its first match
 * as its pattern alone would.
 */
export interface AnyOfPatterns {
  anyOf: DataReader[];
}

/** A pattern of the data: a string, a pattern in two parts, a pattern with a gap, or branches of them. */
export type DataReader = string | SplitPattern | GappedPattern | AnyOfPatterns;

/** Like `dataPattern(source, flags).exec(text)` for any `DataReader`: the first match, with its groups. */
export function execReader(source: DataReader, text: string, flags: Flags = ''): RegExpExecArray | null {
  if (typeof source === 'string') return dataPattern(source, flags).exec(text);
  if ('thenPattern' in source) return execData(source, text, flags);
  if ('then' in source) return execGapped(source, text, flags);
  let first: RegExpExecArray | null = null;
  for (const branch of source.anyOf) {
    const match = execReader(branch, text, flags);
    if (match && (!first || match.index < first.index)) first = match;
  }
  return first;
}

/**
 * One regular expression that matches a text wherever any of `sources` (compiled with `flags`) matches one: a quick
 * test a rule runs before its list of patterns, so a text none of them matches (most texts) is read once, not once per
 * pattern. Each alternative matches what its source matches alone, so the test is false only when every pattern
 * finds nothing. Undefined when the sources cannot be joined: a numbered back-reference would point into another
 * alternative, and a group name may appear only once. Built from patterns recheck proved linear, the union is
 * linear too (each alternative is tried at each start, as the separate searches try it). `flags` without g or y.
 */
export function unionPattern(sources: readonly string[], flags: string): RegExp | undefined {
  if (!sources.length || /[gy]/.test(flags)) return undefined;
  if (sources.some((source) => /\\[1-9]|\\k<|\(\?<(?![=!])/.test(source))) return undefined;
  // The sources that start with \b (and have no | outside a group after it) share one \b: V8 then tests the word
  // boundary once per start instead of once per alternative, about twice as fast on long texts. Only whether the
  // union matches is read, so the order of the alternatives does not matter.
  const bounded = sources.filter((source) => source.startsWith('\\b') && !hasTopLevelBar(source.slice(2)));
  const others = sources.filter((source) => !bounded.includes(source));
  const alternatives = others.map((source) => `(?:${source})`);
  if (bounded.length) alternatives.unshift(`\\b(?:${bounded.map((source) => source.slice(2)).join('|')})`);
  return new RegExp(alternatives.join('|'), flags);
}

/** Whether a pattern's source has a | outside every group and character class (its top level is an alternation). */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const character = source[i];
    if (character === '\\') i++;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
}
