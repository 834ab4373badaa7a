import lists from '../../../../schemas/wording/gender-coded.json';
import type { FreeText } from './freeText';
import { TextMemo } from '../text/memo';
import { PieceResults, PieceSplitter, type Pieces } from '../text/pieces';
import { builtPattern, literalPhrase } from '../text/patterns';
import { isAbbreviation, sentencesOf, wordScanner } from './words';

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

// The stems by their first two letters: a word is compared with the few stems that share its start, and most words
// of a text share none. (Stems are lower-case a–z and hyphens; `| 32` lower-cases an ASCII letter and leaves those.)
const stems = [...lists.feminine, ...lists.masculine];
const stemsByPrefix: string[][] = Array.from({ length: 26 * 26 }, () => []);
const letterIndex = (code: number) => (code | 32) - 97; // a–z → 0–25 for either case
for (const stem of stems) {
  stemsByPrefix[letterIndex(stem.charCodeAt(0)) * 26 + letterIndex(stem.charCodeAt(1))].push(stem);
}

function startsWithStem(word: string, stem: string): boolean {
  if (word.length < stem.length) return false;
  for (let i = 2; i < stem.length; i++) if ((word.charCodeAt(i) | 32) !== stem.charCodeAt(i)) return false;
  return true;
}

/** False for most words, cheaply; true when the word may be coded and needs the full lookup. */
function mayBeCoded(word: string): boolean {
  if (word.length < 3) return false; // the shortest stem has three letters
  const first = letterIndex(word.charCodeAt(0));
  const second = letterIndex(word.charCodeAt(1));
  // Letters outside a–z (accented, non-Latin) take the full lookup.
  if (first < 0 || first > 25 || second < 0 || second > 25) return true;
  return stemsByPrefix[first * 26 + second].some((stem) => startsWithStem(word, stem));
}

// A posting repeats its words: remember each word's coding rather than scanning the stem lists again.
const codingCache = new Map<string, Coding | undefined>();
const codingCacheLimit = 50_000;

/** The coding of a word as written (the cache is keyed by the word as written, so no lower-casing on a hit). */
function codingOf(word: string): Coding | undefined {
  if (!mayBeCoded(word)) return undefined;
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

// Legal and procedural phrases, by each of their words: a coded word is looked for only in the phrases that hold it.
// (Each phrase is matched literally, its words escaped, so each word stands as written in any text the pattern matches.)
const phrasesByWord = new Map<string, RegExp[]>();
const wordsOfPhrase = new Map<RegExp, string[]>();
for (const phrase of lists.phrases) {
  const words = phrase.split(' ');
  const pattern = builtPattern(`gender-coded phrase "${phrase}"`, literalPhrase(phrase), 'g');
  wordsOfPhrase.set(pattern, words);
  for (const word of words) phrasesByWord.set(word, [...(phrasesByWord.get(word) ?? []), pattern]);
}

/**
 * Where each phrase a value holds stands in it, found once per value and phrase, in order (see isInPhrase); and the
 * value lower-cased, once per value (not once per phrase: 15 phrases hold "lead").
 */
type PhraseRanges = Map<RegExp, [number, number][]> & {
  lower?: string;
  /** The phrases of a word (as written) that the value holds at all: none for most words, so most are not searched. */
  held?: Map<string, RegExp[]>;
};

/** The phrases of a word (as written) that the value holds (found once per value and word): none for most words. */
function phrasesHeld(value: string, word: string, ranges: PhraseRanges): RegExp[] {
  const held = (ranges.held ??= new Map<string, RegExp[]>());
  let patterns = held.get(word);
  if (!patterns) {
    // A phrase one of whose words the value lacks is not searched: "lead " 300,000 times holds none of the other words
    // of the 15 phrases with "lead", and each search of 1.5 MB costs milliseconds.
    const lower = (ranges.lower ??= value.toLowerCase());
    patterns = (phrasesByWord.get(word.toLowerCase()) ?? []).filter(
      (pattern) => (wordsOfPhrase.get(pattern) ?? []).every((part) => lower.includes(part)) && rangesOf(pattern, value, ranges).length > 0,
    );
    held.set(word, patterns);
  }
  return patterns;
}

/**
 * Whether the word at [start, end) is part of a legal or procedural phrase ("status determination") of `patterns` (its
 * phrasesHeld), not trait wording. Each phrase is searched once over the value, not once around each word: a value that repeats a coded word
 * (a runaway "lead lead …") would otherwise search the phrases holding it once per repeat.
 */
function isInPhrase(value: string, start: number, end: number, patterns: readonly RegExp[], ranges: PhraseRanges): boolean {
  return patterns.some((pattern) => {
    const found = rangesOf(pattern, value, ranges);
    // The last match that starts at or before the word (matches of one pattern do not overlap, so they are in order).
    let low = 0;
    let high = found.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (found[middle][0] <= start) low = middle + 1;
      else high = middle - 1;
    }
    return high >= 0 && end <= found[high][1];
  });
}

/** Where a phrase stands in the value, searched once per value. */
function rangesOf(pattern: RegExp, value: string, ranges: PhraseRanges): [number, number][] {
  let found = ranges.get(pattern);
  if (!found) {
    found = [...(ranges.lower ??= value.toLowerCase()).matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
    ranges.set(pattern, found);
  }
  return found;
}

/** A capitalised word inside a sentence is part of a name ("Memorandum of Cooperation"), not the writer's wording. */
function isInName(value: string, start: number, word: string): boolean {
  if (word[0] === word[0].toLowerCase()) return false;
  // The last character before the word, skipping spaces (scanning back, not slicing the whole text each time).
  let end = start;
  while (end > 0 && /\s/.test(value[end - 1])) end--;
  // (A list number such as "2." also ends in a full stop, so the one test below covers it.)
  return end > 0 && !/[.!?:;\u3002(\-\u2013\u2022*]/.test(value[end - 1]); // 。 – •
}

const statementMentions = new RegExp(lists.statements.mentions, 'i');
const statementSubject = new RegExp(lists.statements.subject);
const statementPatterns = lists.statements.patterns.map((pattern) => new RegExp(pattern));
const clauseBreak = new RegExp(lists.statements.clauseBreakPattern, 'g');

/** Whether a clause (white space read as one space) opens with the subject and goes on with a verb pattern. */
function isStatementClause(clause: string): boolean {
  const subject = statementSubject.exec(clause);
  if (!subject) return false;
  const rest = clause.slice(subject[0].length);
  return statementPatterns.some((pattern) => pattern.test(rest));
}

/**
 * Whether a sentence is such a statement: the subject starts it, or a clause of it after a comma or semicolon
 * (`clauseBreakPattern`: "At WFP, people come first, and we are committed to …"), its runs of white space read as one space,
 * and one verb pattern matches what follows the subject. Two patterns, not one, so that recheck proves each linear.
 */
function isStatement(sentence: string): boolean {
  const spaced = sentence.replace(/\s+/g, ' ');
  if (isStatementClause(spaced)) return true;
  for (const found of spaced.matchAll(clauseBreak)) {
    if (isStatementClause(spaced.slice(found.index + found[0].length))) return true;
  }
  return false;
}

/**
 * The spans of the organisation's own statements in a value ("UNHCR is committed to a diverse and inclusive work
 * environment."): standard wording, never checked. Most texts mention none of the words such a sentence holds.
 */
function statementSpans(value: string): { start: number; end: number }[] {
  if (!statementMentions.test(value)) return [];
  return sentencesOf(value).filter(({ start, end }) => {
    const sentence = value.slice(start, end);
    return statementMentions.test(sentence) && isStatement(sentence);
  });
}

/** Texts whose field is never checked for coded wording (schemas/wording/gender-coded.json, skipFields). */
const skipFields = new Set(lists.skipFields);
const isChecked = (text: FreeText) => !skipFields.has(String(text.path[0]));

const forEachStemWord = wordScanner(stems);

/**
 * The coded words of one value, kept compactly: each distinct word (as written) once with its coding, and per
 * occurrence only its start and which word it is. A runaway value ("lead " 300,000 times) then costs two arrays of
 * small integers, not 300,000 objects; occurrences become objects only when a caller asks for them (codedWords, or
 * the first few of one side for the hints).
 */
interface CodedSpans {
  distinct: { word: string; coding: Coding }[];
  starts: number[];
  /** Per occurrence, the index of its word in `distinct`. */
  which: number[];
  /**
   * Per distinct word, in order: its coding, its lower-cased form and how often it occurs (made on first use; present
   * from the start, so that a piece counted and one not yet counted share one shape: a property added later gave them
   * two, and the tally's optimised code was thrown away again and again while an author typed).
   */
  counted: { coding: Coding; key: string; count: number }[] | undefined;
}

/** The occurrences of each distinct word of a piece counted, in the order of `distinct` (once per piece). */
function countedOf(spans: CodedSpans): NonNullable<CodedSpans['counted']> {
  const counts = new Array<number>(spans.distinct.length).fill(0);
  for (const index of spans.which) counts[index]++;
  return spans.distinct.map(({ word, coding }, index) => ({ coding, key: word.toLowerCase(), count: counts[index] }));
}

function codedSpans(value: string): CodedSpans {
  const spans: CodedSpans = { distinct: [], starts: [], which: [], counted: undefined };
  const indexOf = new Map<string, number>();
  let statements: { start: number; end: number }[] | undefined;
  const phrases: PhraseRanges = new Map();
  // The word seen last, its coding, the phrases of it the value holds, and its index in `distinct`: a value that
  // repeats one word (a runaway "lead lead …") looks each up once.
  let lastWord: string | undefined;
  let lastCoding: Coding | undefined;
  let lastPhrases: RegExp[] | undefined;
  let lastIndex: number | undefined;
  forEachStemWord(value, (word, start) => {
    if (word !== lastWord) {
      lastWord = word;
      lastCoding = codingOf(word);
      lastPhrases = undefined;
      lastIndex = undefined;
    }
    const coding = lastCoding;
    if (!coding || isInName(value, start, word)) return;
    const end = start + word.length;
    lastPhrases ??= phrasesHeld(value, word, phrases);
    if (lastPhrases.length && isInPhrase(value, start, end, lastPhrases, phrases)) return;
    statements ??= statementSpans(value);
    if (statements.length && statements.some((span) => span.start <= start && end <= span.end)) return;
    let index = lastIndex ?? indexOf.get(word);
    if (index === undefined) {
      index = spans.distinct.push({ word, coding }) - 1;
      indexOf.set(word, index);
    }
    lastIndex = index;
    spans.starts.push(start);
    spans.which.push(index);
  });
  return spans;
}

/** The coded words of each value depend on its content and the word lists only: found once per distinct text. */
const codedSpansOf = new TextMemo(codedSpans);

/** Values this long or longer are read in sentence pieces. */
const pieceFrom = 2000;

/**
 * A long value in pieces that end after a sentence end (`.`, `!` or `?`, not that of an abbreviation, and the spaces
 * after it), with where each starts: typing in one sentence of a 40 KB paragraph searches that piece again, not the
 * paragraph. Reading the pieces alone finds what reading the value whole finds: a sentence (the organisation's
 * statements are read per sentence) and a legal phrase (words and spaces) never span two pieces, and a word at the
 * start of a piece follows a sentence end, where it is never part of a name.
 */
const sentenceEnds = new PieceSplitter(/[.!?]\s+/g, (value, dot) => !isAbbreviation(value, dot), 8);
const sentencePieces = (value: string, from: number) => sentenceEnds.pieces(value, from);
/** The coded words of each piece of a long value (those of the pieces a key left as they were kept by position). */
const spansOfPieces = new PieceResults(codedSpansOf);

/** The pieces of a value with the coded words of each (a short value: one piece, looked up in the memo). */
function spannedPieces(value: string, piecesFrom: number): { pieces: Pieces; spans: readonly CodedSpans[] } {
  const pieces = sentencePieces(value, piecesFrom);
  return { pieces, spans: spansOfPieces.of(pieces) };
}

/** The pieces of the checked texts with their coded words, in order. */
function* codedPieces(texts: readonly FreeText[], piecesFrom: number): Generator<{ text: FreeText; offset: number; spans: CodedSpans }> {
  for (const text of texts) {
    if (!isChecked(text)) continue;
    const { pieces, spans } = spannedPieces(text.value, piecesFrom);
    for (let i = 0; i < pieces.length; i++) yield { text, offset: pieces[i][0], spans: spans[i] };
  }
}

/**
 * The gender-coded words of the texts, leaving out domain senses, legal phrases, names, the organisation's own
 * statements and the fields never checked (notes): what is left is what the balance and the hints count.
 * (`piecesFrom`: the length from which a value is read in pieces; tests vary it.)
 */
export function codedWords(texts: readonly FreeText[], piecesFrom = pieceFrom): CodedWord[] {
  const found: CodedWord[] = [];
  for (const { text, offset, spans } of codedPieces(texts, piecesFrom)) {
    spans.starts.forEach((start, i) => {
      const { word, coding } = spans.distinct[spans.which[i]];
      found.push({ text, word, start: offset + start, end: offset + start + word.length, coding });
    });
  }
  return found;
}

/** How many coded words the texts hold, per coding and per word (lower-cased), without an object per occurrence. */
export interface CodedTally {
  feminine: Map<string, number>;
  masculine: Map<string, number>;
  /** How many words of each coding in all. */
  total: Record<Coding, number>;
  /** The coded words of one coding, in order, each made only when the iteration reaches it. */
  words(coding: Coding): Generator<CodedWord>;
}

/** The coded words of the texts counted, as codedWords finds them (the same words, in the same order). */
export function tallyCodedWords(texts: readonly FreeText[], piecesFrom = pieceFrom): CodedTally {
  // The pieces with coded words, gathered once: counting them and listing one side's words read the same list, not
  // each piece's memo again (a long value has hundreds of pieces, most without a coded word).
  const withWords: { text: FreeText; offset: number; spans: CodedSpans }[] = [];
  for (const text of texts) {
    if (!isChecked(text)) continue;
    const { pieces, spans } = spannedPieces(text.value, piecesFrom);
    for (let i = 0; i < pieces.length; i++) if (spans[i].distinct.length) withWords.push({ text, offset: pieces[i][0], spans: spans[i] });
  }
  const tally: CodedTally = {
    feminine: new Map(),
    masculine: new Map(),
    total: { feminine: 0, masculine: 0 },
    *words(coding) {
      for (const { text, offset, spans } of withWords) {
        for (let i = 0; i < spans.starts.length; i++) {
          const found = spans.distinct[spans.which[i]];
          if (found.coding !== coding) continue;
          const start = offset + spans.starts[i];
          yield { text, word: found.word, start, end: start + found.word.length, coding };
        }
      }
    },
  };
  for (const { spans } of withWords) {
    // Occurrences per distinct word of the piece, counted once per piece (spans are remembered), then one map update
    // per distinct word.
    spans.counted ??= countedOf(spans);
    for (const { coding, key, count } of spans.counted) {
      tally[coding].set(key, (tally[coding].get(key) ?? 0) + count);
      tally.total[coding] += count;
    }
  }
  return tally;
}
