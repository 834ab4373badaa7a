import lists from '../../../../schemas/wording/gender-coded.json';
import type { FreeText } from './freeText';
import { forEachWord } from './words';

export type Coding = 'feminine' | 'masculine';

/** A gender-coded word found in free text: where it is and which list it is on. */
export interface CodedWord {
  text: FreeText;
  word: string;
  start: number;
  end: number;
  coding: Coding;
}

const inflections = ['', 's', 'es', 'd', 'ed', 'ing'];

function isBoilerplate(word: string): boolean {
  return lists.boilerplate.some((entry) => word.startsWith(entry) && inflections.includes(word.slice(entry.length)));
}

// A posting repeats its words: remember each word's coding rather than scanning the stem lists again.
const codingCache = new Map<string, Coding | undefined>();
const codingCacheLimit = 50_000;

/** The coding of a word as written (the cache is keyed by the word as written, so no lower-casing on a hit). */
function codingOf(word: string): Coding | undefined {
  if (codingCache.has(word)) return codingCache.get(word);
  const coding = lookUpCoding(word.toLowerCase());
  if (codingCache.size >= codingCacheLimit) codingCache.clear();
  codingCache.set(word, coding);
  return coding;
}

function lookUpCoding(word: string): Coding | undefined {
  if (lists.exceptions.includes(word) || isBoilerplate(word)) return undefined;
  if (lists.feminine.some((stem) => word.startsWith(stem))) return 'feminine';
  if (lists.masculine.some((stem) => word.startsWith(stem))) return 'masculine';
  return undefined;
}

// Compiled once: building a RegExp per phrase for every text was the wording check's hot spot.
const phrasePatterns = lists.phrases.map((phrase) => ({
  firstWord: phrase.split(' ')[0],
  pattern: new RegExp(`\\b${phrase.split(' ').join('\\s+')}\\b`, 'g'),
}));

/** Index ranges of legal and procedural phrases, whose words are not trait wording. */
function phraseRanges(value: string): [number, number][] {
  const lower = value.toLowerCase();
  const ranges: [number, number][] = [];
  for (const { firstWord, pattern } of phrasePatterns) {
    if (!lower.includes(firstWord)) continue;
    for (const match of lower.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** A capitalised word inside a sentence is part of a name ("Memorandum of Cooperation"), not the writer's wording. */
function isInName(value: string, start: number, word: string): boolean {
  if (word[0] === word[0].toLowerCase()) return false;
  // The last character before the word, skipping spaces (scanning back, not slicing the whole text each time).
  let end = start;
  while (end > 0 && /\s/.test(value[end - 1])) end--;
  // (A list number such as "2." also ends in a full stop, so the one test below covers it.)
  return end > 0 && !/[.!?:;。(\-–•*]/.test(value[end - 1]);
}

export function codedWords(texts: readonly FreeText[]): CodedWord[] {
  const found: CodedWord[] = [];
  for (const text of texts) {
    let phrases: [number, number][] | undefined; // found only when the text has a coded word at all
    forEachWord(text.value, (word, start) => {
      const coding = codingOf(word);
      if (!coding || isInName(text.value, start, word)) return;
      const end = start + word.length;
      phrases ??= phraseRanges(text.value);
      if (phrases.some(([from, to]) => start >= from && end <= to)) return;
      found.push({ text, word, start, end, coding });
    });
  }
  return found;
}
