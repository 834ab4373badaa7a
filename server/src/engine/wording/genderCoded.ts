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

function codingOf(word: string): Coding | undefined {
  if (lists.exceptions.includes(word) || isBoilerplate(word)) return undefined;
  if (lists.feminine.some((stem) => word.startsWith(stem))) return 'feminine';
  if (lists.masculine.some((stem) => word.startsWith(stem))) return 'masculine';
  return undefined;
}

/** Index ranges of legal and procedural phrases, whose words are not trait wording. */
function phraseRanges(value: string): [number, number][] {
  const lower = value.toLowerCase();
  const ranges: [number, number][] = [];
  for (const phrase of lists.phrases) {
    const pattern = new RegExp(`\\b${phrase.split(' ').join('\\s+')}\\b`, 'g');
    for (const match of lower.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** A capitalised word inside a sentence is part of a name ("Memorandum of Cooperation"), not the writer's wording. */
function isInName(value: string, start: number, word: string): boolean {
  if (word[0] === word[0].toLowerCase()) return false;
  const before = value.slice(0, start).trimEnd();
  return before.length > 0 && !/[.!?:;。(\-–•*]$/.test(before) && !/(?:^|\s)\d+\.$/.test(before);
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
