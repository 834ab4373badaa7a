import settings from '../../../../schemas/wording/requirements.json';
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
const nativePatterns = settings.nativeSpeaker.map(compile);
/** What each group's patterns all need (data): a text without it is not searched with them. */
const mentions = { age: new RegExp(settings.mentions.ageLimit, 'i'), native: new RegExp(settings.mentions.nativeSpeaker, 'i') };

/** Age limits and native-speaker requirements; age limits only where the profile has none by rule. */
export function exclusionaryRequirements(texts: readonly FreeText[], profileId: string): (Finding & { kind: ExclusionKind })[] {
  const found: (Finding & { kind: ExclusionKind })[] = [];
  const ageAllowed = settings.profilesWithAgeLimit.includes(profileId);
  for (const text of texts) {
    // Characters already inside a finding of this text (a search of all findings per match was quadratic).
    let taken: Uint8Array | undefined;
    const overlapsTaken = (start: number, end: number) => {
      for (let i = start; taken && i < end; i++) if (taken[i]) return true;
      return false;
    };
    const add = (patterns: RegExp[], kind: ExclusionKind) => {
      for (const pattern of patterns) {
        // exec on the shared pattern: matchAll would clone the RegExp for every text and pattern.
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text.value); match; match = pattern.exec(text.value)) {
          const start = match.index;
          const end = start + match[0].length;
          if (end === start)
            pattern.lastIndex++; // an empty match must not stall the loop
          else if (!overlapsTaken(start, end)) {
            found.push({ text, start, end, kind });
            (taken ??= new Uint8Array(text.value.length)).fill(1, start, end);
          }
        }
      }
    };
    if (!ageAllowed && mentions.age.test(text.value)) add(agePatterns, 'age-limit');
    if (mentions.native.test(text.value)) add(nativePatterns, 'native-speaker');
  }
  return found;
}

/** How many essential requirements a text lists: list items, bullet lines, or sentences and semicolon clauses. */
export function countRequirements(texts: readonly FreeText[]): number {
  let count = 0;
  for (const text of texts) {
    const lines = text.value.split('\n').filter((line) => /^\s*(?:[-\u2022*]|\d+[.)]|[a-z][.)])\s+/.test(line));
    if (lines.length > 1) count += lines.length;
    else count += sentencesOf(text.value).reduce((sum, s) => sum + text.value.slice(s.start, s.end).split(/;\s+/).length, 0);
  }
  return count;
}

export const maxEssentialRequirements = settings.maxEssentialRequirements;
export const maxSentenceWords = settings.maxSentenceWords;

/** Sentences longer than the data's limit, with their word counts. */
export function longSentences(texts: readonly FreeText[], limit = maxSentenceWords): (Finding & { words: number })[] {
  const found: (Finding & { words: number })[] = [];
  for (const text of texts) {
    const plain = isPlainEnglish(text.value);
    for (const sentence of sentencesOf(text.value)) {
      const words = plain
        ? countAsciiWords(text.value, sentence.start, sentence.end)
        : countWords(text.value.slice(sentence.start, sentence.end), settings.cjkCharactersPerWord);
      if (words > limit) found.push({ text, start: sentence.start, end: sentence.end, words });
    }
  }
  return found;
}
