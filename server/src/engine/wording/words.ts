/** A word of a free-text value, by its indices in the value. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Characters beyond Latin-1 in regex literals are written as \u escapes: one such character makes V8 hold the whole
// bundled server's source at two bytes per character (test/unit/bundles.test.ts keeps it so).
const wordPattern = /\p{L}+(?:[-'\u2019]\p{L}+)*/gu;

/**
 * Most postings are plain English: ASCII plus the typographic apostrophe. There \p{L} is exactly [A-Za-z] and \p{N}
 * is [0-9], and patterns without the `u` flag scan several times faster, so such texts take those.
 */
const asciiText = /^[^\u0080-\u2018\u201a-\uffff]*$/; // nothing beyond ASCII but ’ (U+2019)

/** Plain English: nothing beyond ASCII but the typographic apostrophe, so the fast ASCII scans apply. */
export function isPlainEnglish(value: string): boolean {
  return asciiText.test(value);
}

/**
 * The words of wordsOf(value), each visited as its text, in order, without an object per word; returns how many.
 * Readability counts 300,000 words of a runaway duty this way in a fraction of the time and memory.
 */
export function forEachWord(value: string, visit?: (text: string) => void): number {
  if (isPlainEnglish(value)) return forEachPlainWord(value, visit);
  const scan = new RegExp(wordPattern);
  let count = 0;
  for (let match = scan.exec(value); match; match = scan.exec(value)) {
    count++;
    visit?.(match[0]);
  }
  return count;
}

/**
 * forEachWord over plain English, where \p{L} is exactly [A-Za-z] (and ’ no letter), by hand: the words that
 * `[A-Za-z]+(?:[-'’][A-Za-z]+)*` finds (letters, a joiner between letters), each read once and visited as its text;
 * the same word again is passed as the same string, not cut out anew (a runaway duty repeats one word 300,000 times).
 * test/unit/wording.test.ts holds it to the pattern.
 */
export function forEachPlainWord(value: string, visit?: (text: string) => void): number {
  const length = value.length;
  let count = 0;
  let last = '';
  for (let start = 0; start < length;) {
    if (!isAsciiLetter(value.charCodeAt(start))) {
      start++;
      continue;
    }
    const end = plainWordEnd(value, start);
    count++;
    if (visit) {
      if (!isAt(value, start, end, last)) last = value.slice(start, end);
      visit(last);
    }
    start = end;
  }
  return count;
}

/** Where the plain-English word that starts at `start` (a letter) ends: letters, then a joiner and letters, again. */
function plainWordEnd(value: string, start: number): number {
  const length = value.length;
  let end = start + 1;
  while (end < length && isAsciiLetter(value.charCodeAt(end))) end++;
  while (end + 1 < length && isWordJoiner(value.charCodeAt(end)) && isAsciiLetter(value.charCodeAt(end + 1))) {
    end += 2;
    while (end < length && isAsciiLetter(value.charCodeAt(end))) end++;
  }
  return end;
}

export function wordsOf(value: string): Word[] {
  return [...value.matchAll(wordPattern)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * A scan for the words that start with one of `prefixes` (lower-case ASCII letters, two or more, hyphens between
 * letters; matched in any case): in plain-English text a tokenizer reads each word once and looks up only the few
 * prefixes that share its first two letters, so every other word is skipped without a match object. Other text gets
 * every word, and the visitor decides. No pattern: a word's start is where the tokenizer finds it, not a look-behind.
 */
export function wordScanner(prefixes: readonly string[]): (value: string, visit: (text: string, start: number) => void) => void {
  const byFirstLetters = prefixTable(prefixes);
  return (value, visit) => {
    if (isPlainEnglish(value)) return scanPlainWords(value, byFirstLetters, visit);
    // A fresh scan state per value, so a visitor may scan another text.
    const scan = new RegExp(wordPattern);
    for (let match = scan.exec(value); match; match = scan.exec(value)) visit(match[0], match.index);
  };
}

const isAsciiLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;
const isWordJoiner = (code: number) => code === 45 || code === 39 || code === 0x2019; // - ' ’

/** The prefixes by their first two letters (a–z, 26 × 26 lists); each is two letters, then letters and hyphens between letters. */
function prefixTable(prefixes: readonly string[]): string[][] {
  const unfit = prefixes.find((prefix) => !/^[a-z]{2}[a-z]*(?:-[a-z]+)*$/.test(prefix));
  if (unfit !== undefined) throw new Error(`a word prefix is two lower-case letters or more, hyphens between letters: "${unfit}"`);
  const table: string[][] = Array.from({ length: 26 * 26 }, () => []);
  for (const prefix of prefixes) table[(prefix.charCodeAt(0) - 97) * 26 + prefix.charCodeAt(1) - 97].push(prefix);
  return table;
}

/**
 * wordScanner over plain English (ASCII and ’): the words, each letters with a joiner (- ' ’) between letters, whose
 * start is one of the prefixes in any case; each word is read once, and only those are cut out and visited. These are
 * the words `(?<![A-Za-z])(?<![A-Za-z][-'’])(?:prefixes)[A-Za-z]*(?:[-'’][A-Za-z]+)*` (gi) finds: a word starts at a
 * letter after no letter and no letter-and-joiner, and a prefix (letters, hyphens between them) that matches lies
 * within the word (test/unit/wording.test.ts holds the scan to that pattern). A text of 300,000 short words costs no
 * match object per word.
 */
function scanPlainWords(value: string, byFirstLetters: string[][], visit: (text: string, start: number) => void): void {
  const length = value.length;
  // The word visited last: the same word again is passed as the same string, not cut out anew (a runaway repeats one).
  let last = '';
  for (let start = 0; start < length;) {
    if (!isAsciiLetter(value.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < length && isAsciiLetter(value.charCodeAt(end))) end++;
    while (end + 1 < length && isWordJoiner(value.charCodeAt(end)) && isAsciiLetter(value.charCodeAt(end + 1))) {
      end += 2;
      while (end < length && isAsciiLetter(value.charCodeAt(end))) end++;
    }
    if (end - start === last.length && isAt(value, start, end, last)) {
      // The word visited last again (its prefix matched then): visited without looking its prefixes up.
      visit(last, start);
      start = end;
      continue;
    }
    const second = value.charCodeAt(start + 1);
    if (end - start >= 2 && isAsciiLetter(second)) {
      const candidates = byFirstLetters[((value.charCodeAt(start) | 32) - 97) * 26 + (second | 32) - 97];
      for (const prefix of candidates) {
        if (!startsWithPrefix(value, start, end, prefix)) continue;
        if (!isAt(value, start, end, last)) last = value.slice(start, end);
        visit(last, start);
        break;
      }
    }
    start = end;
  }
}

/** Whether `word` stands at [start, end) of the value (compared by hand: startsWith costs a call per word). */
function isAt(value: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== value.charCodeAt(start + i)) return false;
  return true;
}

/** Whether the word at [start, end) starts with `prefix` (lower-case letters and hyphens), letters in any case. */
function startsWithPrefix(value: string, start: number, end: number, prefix: string): boolean {
  if (prefix.length > end - start) return false;
  for (let i = 2; i < prefix.length; i++) {
    const expected = prefix.charCodeAt(i);
    const code = value.charCodeAt(start + i);
    if (expected === 45 ? code !== 45 : (code | 32) !== expected || !isAsciiLetter(code)) return false;
  }
  return true;
}

/** Sentences of a value, by indices: ended by . ! ? (followed by a space or the end) or by 。！？. */
export function sentencesOf(value: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  const boundary = /[.!?](?=\s|$)|[\u3002\uff01\uff1f]/g; // 。！？
  let start = 0;
  for (const match of value.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (!isAbbreviation(value, match.index)) {
      pushTrimmed(value, start, end, sentences);
      start = end;
    }
  }
  pushTrimmed(value, start, value.length, sentences);
  return sentences;
}

/** "i.e." or "e.g." end with a full stop that does not end the sentence. */
export function isAbbreviation(value: string, dot: number): boolean {
  return /(?:^|[\s(])(?:i\.e|e\.g|etc|cf|approx|incl|no|vs)$/i.test(value.slice(Math.max(0, dot - 8), dot));
}

function pushTrimmed(value: string, start: number, end: number, into: { start: number; end: number }[]): void {
  while (start < end && /\s/.test(value[start])) start++;
  while (end > start && /\s/.test(value[end - 1])) end--;
  if (end > start) into.push({ start, end });
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words of a sentence; Japanese and Chinese have no spaces, so their characters count per `cjkPerWord`. */
export function countWords(text: string, cjkPerWord: number): number {
  if (isPlainEnglish(text)) return countAsciiWords(text);
  const cjkCount = (text.match(cjk) ?? []).length;
  const latin = text.replace(cjk, ' ').match(/[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*/gu) ?? [];
  return latin.length + Math.ceil(cjkCount / cjkPerWord);
}

const isAsciiWordCharacter = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
const isJoiner = (code: number) => code === 45 || code === 39 || code === 0x2019; // - ' ’

/**
 * The words of plain-English text (or of its part from `from` to `to`), as /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)* /g
 * would find them, counted without building the list: a word starts at a letter or digit that neither follows one
 * nor follows one and a joiner.
 */
export function countAsciiWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (!isAsciiWordCharacter(text.charCodeAt(i))) continue;
    const previous = i > from ? text.charCodeAt(i - 1) : -1;
    const continues =
      isAsciiWordCharacter(previous) || (isJoiner(previous) && i > from + 1 && isAsciiWordCharacter(text.charCodeAt(i - 2)));
    if (!continues) count++;
  }
  return count;
}
