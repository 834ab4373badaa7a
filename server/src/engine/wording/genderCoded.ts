import lists from '../../../../schemas/wording/gender-coded.json';
import type { FreeText } from './freeText';
import { wordsOf } from './words';

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

function codingOf(word: string): Coding | undefined {
  if (codingCache.has(word)) return codingCache.get(word);
  const coding = lookUpCoding(word);
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
    const phrases = phraseRanges(text.value);
    for (const word of wordsOf(text.value)) {
      const coding = codingOf(word.text.toLowerCase());
      if (!coding || isInName(text.value, word.start, word.text)) continue;
      if (phrases.some(([from, to]) => word.start >= from && word.end <= to)) continue;
      found.push({ text, word: word.text, start: word.start, end: word.end, coding });
    }
  }
  return found;
}
