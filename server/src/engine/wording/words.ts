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

export function wordsOf(value: string): Word[] {
  return [...value.matchAll(wordPattern)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * A scan for the words that start with one of `prefixes` (lower-case ASCII, matched in any case): in plain-English
 * text the pattern skips every other word itself, which is much faster than visiting each word. Other text gets
 * every word, and the visitor decides.
 */
export function wordScanner(prefixes: readonly string[]): (value: string, visit: (text: string, start: number) => void) => void {
  const escaped = [...prefixes].sort((a, b) => b.length - a.length).map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // At the start of a word (not after a letter, nor after a letter and a joiner), then the rest of the word.
  const prefixed = new RegExp(`(?<![A-Za-z])(?<![A-Za-z][-'’])(?:${escaped.join('|')})[A-Za-z]*(?:[-'’][A-Za-z]+)*`, 'gi');
  return (value, visit) => {
    // A fresh scan state per value, so a visitor may scan another text.
    const scan = new RegExp(isPlainEnglish(value) ? prefixed : wordPattern);
    for (let match = scan.exec(value); match; match = scan.exec(value)) visit(match[0], match.index);
  };
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
