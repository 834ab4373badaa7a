import settings from '../../../../schemas/wording/requirements.json';
import { KeyedTextMemo, TextMemo } from '../text/memo';
import type { FreeText } from './freeText';
import { countAsciiWords, countWords, isPlainEnglish, sentencesOf } from './words';

export type ExclusionKind = 'age-limit' | 'native-speaker';

export interface Finding {
  text: FreeText;
  start: number;
  end: number;
}

/**
 * Case-insensitive matching with the `u` flag is about ten times slower in V8 (no fast literal scan), and these
 * patterns run over every free text. `u` is kept only for the patterns that need it (\p{…}, \u{…}, astral
 * characters); for the rest it would only add folds like ſ→s or K (Kelvin)→k.
 */
function compile(source: string): RegExp {
  return new RegExp(source, /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(source) ? 'giu' : 'gi');
}

const agePatterns = settings.ageLimit.map(compile);
const served = new RegExp(settings.servedPattern, 'i');
/** Whether the word before `start` names the people the work serves ("girls aged 15 to 19"): no age limit then. */
const saidOfServed = (value: string, start: number) => {
  const before = value
    .slice(Math.max(0, start - 40), start)
    .trimEnd()
    .split(/\s/);
  return served.test(before[before.length - 1] ?? '');
};
/** Whether the text around an age says it limits no one (requirements.json ageNotLimitPatterns): a pay step, a reason. */
const notLimit = {
  before: settings.ageNotLimitPatterns.before.map((source) => new RegExp(source, 'i')),
  after: settings.ageNotLimitPatterns.after.map((source) => new RegExp(source, 'i')),
};
const limitsNoOne = (spaced: string, start: number, end: number) =>
  notLimit.before.some((pattern) => pattern.test(spaced.slice(Math.max(0, start - 16), start))) ||
  notLimit.after.some((pattern) => pattern.test(spaced.slice(end, end + 30)));
const nativePatterns = settings.nativeSpeaker.map(compile);
/** What each group's patterns all need (data): a text without it is not searched with them. */
const mentions = { age: new RegExp(settings.mentions.ageLimit, 'i'), native: new RegExp(settings.mentions.nativeSpeaker, 'i') };

type Span = { start: number; end: number };

/** Age limits (when `ageAllowed` is false) and native-speaker requirements in one value, by indices in the value. */
function exclusionsIn(ageAllowed: boolean, value: string): readonly (Span & { kind: ExclusionKind })[] {
  const found: (Span & { kind: ExclusionKind })[] = [];
  // Characters already inside a finding (a search of all findings per match was quadratic).
  let taken: Uint8Array | undefined;
  const overlapsTaken = (start: number, end: number) => {
    for (let i = start; taken && i < end; i++) if (taken[i]) return true;
    return false;
  };
  // Every white-space character read as a space (same length: positions stay), as the patterns are written (data).
  let spaced: string | undefined;
  const add = (patterns: RegExp[], kind: ExclusionKind) => {
    // Only the white space that is not a space is replaced: the same string, without a replacement per space.
    spaced ??= value.replace(/[^\S ]/g, ' ');
    for (const pattern of patterns) {
      // exec on the shared pattern: matchAll would clone the RegExp for every text and pattern.
      pattern.lastIndex = 0;
      for (let match = pattern.exec(spaced); match; match = pattern.exec(spaced)) {
        const start = match.index;
        const end = start + match[0].length;
        if (end === start)
          pattern.lastIndex++; // an empty match must not stall the loop
        else if (kind === 'age-limit' && (saidOfServed(value, start) || limitsNoOne(spaced, start, end))) continue;
        else if (!overlapsTaken(start, end)) {
          found.push({ start, end, kind });
          (taken ??= new Uint8Array(value.length)).fill(1, start, end);
        }
      }
    }
  };
  if (!ageAllowed && mentions.age.test(value)) add(agePatterns, 'age-limit');
  if (mentions.native.test(value)) add(nativePatterns, 'native-speaker');
  return found;
}

/** Findings of one value depend on its content and the patterns only: found once per distinct text. */
const exclusionsOf = new KeyedTextMemo(exclusionsIn);

/**
 * Age limits and native-speaker requirements; age limits only where neither the profile nor the programme
 * (`programmeWithAgeLimit`: requirements.json programmesWithAgeLimit) has one by rule, and never in text
 * that describes the setting (`setting`: its ages are those of the people served).
 */
export function exclusionaryRequirements(
  texts: readonly FreeText[],
  profileId: string,
  setting: ReadonlySet<FreeText> = new Set(),
  programmeWithAgeLimit = false,
): (Finding & { kind: ExclusionKind })[] {
  const ageAllowed = programmeWithAgeLimit || settings.profilesWithAgeLimit.includes(profileId);
  return texts.flatMap((text) => exclusionsOf.get(ageAllowed || setting.has(text), text.value).map((span) => ({ text, ...span })));
}

/** How many essential requirements a text lists: list items, bullet lines, or sentences and semicolon clauses. */
function requirementsIn(value: string): number {
  const lines = value.split('\n').filter((line) => /^\s*(?:[-\u2022*]|\d+[.)]|[a-z][.)])\s+/.test(line));
  if (lines.length > 1) return lines.length;
  return sentencesOf(value).reduce((sum, s) => sum + value.slice(s.start, s.end).split(/;\s+/).length, 0);
}

const requirementsOf = new TextMemo(requirementsIn);

/** How many essential requirements the texts list together. */
export function countRequirements(texts: readonly FreeText[]): number {
  return texts.reduce((sum, text) => sum + requirementsOf.get(text.value), 0);
}

export const maxEssentialRequirements = settings.maxEssentialRequirements;
export const maxSentenceWords = settings.maxSentenceWords;

/**
 * The parts of a sentence read for its length: the sentence itself, or, when it runs a list on with ';' (at least
 * runOnListClauses clauses, after an optional lead-in ending with ':'), each clause and the lead-in on its own: "The
 * officer will: carry out research …; maintain the database …; draft chapters …." is a list written in one sentence,
 * each item of which a reader takes in alone.
 */
function partsOf(value: string, sentence: Span): Span[] {
  const text = value.slice(sentence.start, sentence.end);
  const semicolons = [...text.matchAll(/;/g)].map((match) => match.index);
  if (semicolons.length + 1 < settings.runOnListClauses) return [sentence];
  const colon = text.indexOf(':');
  const cuts = [...(colon >= 0 && colon < semicolons[0] ? [colon] : []), ...semicolons];
  const parts: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut > start) parts.push({ start: sentence.start + start, end: sentence.start + cut });
    start = cut + 1;
  }
  return parts;
}

/** Sentences of one value longer than `limit` words, by indices in the value (a run-on list: its longest clauses). */
function longSentencesIn(limit: number, value: string): readonly (Span & { words: number })[] {
  const found: (Span & { words: number })[] = [];
  const plain = isPlainEnglish(value);
  for (const sentence of sentencesOf(value).flatMap((whole) => partsOf(value, whole))) {
    const words = plain
      ? countAsciiWords(value, sentence.start, sentence.end)
      : countWords(value.slice(sentence.start, sentence.end), settings.cjkCharactersPerWord);
    if (words > limit) found.push({ start: sentence.start, end: sentence.end, words });
  }
  return found;
}

const longSentencesOf = new KeyedTextMemo(longSentencesIn);

/** Sentences longer than the data's limit, with their word counts. */
export function longSentences(texts: readonly FreeText[], limit = maxSentenceWords): (Finding & { words: number })[] {
  return texts.flatMap((text) => longSentencesOf.get(limit, text.value).map((span) => ({ text, ...span })));
}
