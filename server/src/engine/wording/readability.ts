import { automatedReadability } from 'automated-readability';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import settings from '../../../../schemas/wording/readability.json';
import type { FreeText } from './freeText';
import { forEachWord, sentencesOf } from './words';

/** A section's free text: the texts under one field (list items together), e.g. the duties. */
export interface Section {
  /** The field's path, without list indices. */
  path: string[];
  texts: FreeText[];
}

export interface EnglishMeasures {
  language: 'en';
  sentences: number;
  words: number;
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
  /** Automated Readability Index, rounded to one decimal. */
  ari: number;
  averageWords: number;
  longestWords: number;
}

export interface JapaneseMeasures {
  language: 'ja';
  sentences: number;
  characters: number;
  averageCharacters: number;
  longestCharacters: number;
  /** Kanji among the Japanese characters, in per cent. */
  kanjiPercent: number;
}

export type Measures = EnglishMeasures | JapaneseMeasures;

export const readabilitySettings = settings;

const japaneseCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const kanji = /\p{Script=Han}/gu;
const round = (value: number) => Math.round(value * 10) / 10;

/** The free texts grouped by field: each list's items form one section, in source order. */
export function sectionsOf(texts: readonly FreeText[]): Section[] {
  const byKey = new Map<string, Section>();
  for (const text of texts) {
    const path = text.path.filter((segment): segment is string => typeof segment === 'string');
    const key = path.join('.');
    const section = byKey.get(key) ?? { path, texts: [] };
    section.texts.push(text);
    byKey.set(key, section);
  }
  return [...byKey.values()];
}

/** Each text as its sentences; a list item without a full stop is one sentence. */
export function sentences(section: Section): string[] {
  return section.texts.flatMap((text) => sentencesOf(text.value).map((s) => text.value.slice(s.start, s.end)));
}

/** How many ASCII letters a text holds (counted, not matched one by one). */
function asciiLettersIn(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code >= 97 && code <= 122) letters++;
  }
  return letters;
}

/** How many joiners (- ' \u2019) a word holds: its letters are the rest. */
function joinersIn(word: string): number {
  let joiners = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 45 || code === 39 || code === 0x2019) joiners++;
  }
  return joiners;
}

// A text repeats its words: each word's syllables are counted once (the count depends on the word alone), not once per
// occurrence; a runaway "lead " 300,000 times in a duty then costs one count, not 300,000.
const syllableCounts = new Map<string, number>();
const syllableCountsKept = 50_000;

function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCounts.size >= syllableCountsKept) syllableCounts.clear();
    syllableCounts.set(word, count);
  }
  return count;
}

/** Readability of a section: Flesch-Kincaid and ARI for English, sentence length and kanji share for Japanese. */
export function measure(section: Section): Measures | undefined {
  const all = sentences(section);
  if (!all.length) return undefined;
  const joined = all.join(' ');
  const japanese = (joined.match(japaneseCharacter) ?? []).length;
  const latin = asciiLettersIn(joined);
  if (japanese > latin) {
    const lengths = all.map((s) => s.replace(/\s/g, '').length);
    const characters = lengths.reduce((a, b) => a + b, 0);
    return {
      language: 'ja',
      sentences: all.length,
      characters,
      averageCharacters: Math.round(characters / all.length),
      longestCharacters: Math.max(...lengths),
      kanjiPercent: Math.round((100 * (joined.match(kanji) ?? []).length) / japanese),
    };
  }
  // The words of each sentence, counted as they are visited: the sentences' words are those of the joined text (a
  // word never spans the space that joins two), so one pass, and no object per word.
  let syllables = 0;
  let characters = 0;
  // The word counted last and its counts: forEachWord passes a word met again as the same string (a runaway duty).
  let lastWord = '';
  let lastSyllables = 0;
  let lastCharacters = 0;
  const countWord = (word: string) => {
    if (word !== lastWord) {
      lastWord = word;
      lastSyllables = syllablesOf(word);
      lastCharacters = word.length - joinersIn(word);
    }
    syllables += lastSyllables;
    characters += lastCharacters;
  };
  const wordCounts = all.map((s) => forEachWord(s, countWord));
  const wordCount = wordCounts.reduce((a, b) => a + b, 0);
  if (!wordCount) return undefined;
  const counts = { sentence: all.length, word: wordCount, syllable: syllables, character: characters };
  return {
    language: 'en',
    sentences: all.length,
    words: wordCount,
    grade: round(fleschKincaid(counts)),
    ari: round(automatedReadability(counts)),
    averageWords: Math.round(wordCount / all.length),
    longestWords: Math.max(...wordCounts),
  };
}

/** Whether a section is far enough above the target to report (long enough for the formula to mean something). */
export function isFarAboveTarget(measures: Measures, target: number): boolean {
  if (measures.language === 'en') return measures.words >= settings.minWords && measures.grade > target + settings.margin;
  const ja = settings.japanese;
  return (
    measures.characters >= ja.minCharacters &&
    (measures.averageCharacters > ja.maxSentenceCharacters || measures.kanjiPercent > ja.maxKanjiShare * 100)
  );
}

/** The code-lens line for a section's measures, in the reader's language. */
export function readabilityLensTitle(measures: Measures, target: number, language: 'en' | 'ja'): string {
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  if (measures.language === 'en') {
    return fill(settings.labels.lens[language], {
      grade: measures.grade,
      target,
      sentences: measures.sentences,
      average: measures.averageWords,
      longest: measures.longestWords,
    });
  }
  return fill(settings.labels.lensJa[language], {
    average: measures.averageCharacters,
    max: settings.japanese.maxSentenceCharacters,
    longest: measures.longestCharacters,
    kanji: measures.kanjiPercent,
    maxKanji: Math.round(settings.japanese.maxKanjiShare * 100),
  });
}
