import data from '../../../../schemas/wording/inclusion.json';
import type { FreeText } from './freeText';
import { sentencesOf } from './words';

/** One term of a category (schemas/wording/inclusion.json). */
interface Term {
  pattern: RegExp;
  instead: string;
  /** The demand is the job itself when the posting's title matches this (a driver drives). */
  essentialWhen?: RegExp;
  /** Reported only in a sentence that also matches this. */
  requireNear?: RegExp;
  /** Never lawful: reported in exempt profiles too. */
  always: boolean;
}

interface Category {
  id: string;
  code: string;
  exemptProfiles: readonly string[];
  terms: Term[];
}

/** A wording that excludes on a ground other than gender, and where it is. */
export interface InclusionFinding {
  text: FreeText;
  start: number;
  end: number;
  category: string;
  code: string;
  /** What to write instead (English or Japanese, as the term is). */
  instead: string;
}

// Case-insensitive; `u` only where a pattern needs it (see requirements.ts: it slows V8's literal scan).
const compile = (source: string, global = true) => new RegExp(source, `${global ? 'g' : ''}i${/\\[pP]\{|\\u\{/.test(source) ? 'u' : ''}`);

/** The data file's shape (JSON imports type each category apart, so the optional fields are named here). */
interface CategoryData {
  id: string;
  code: string;
  exemptProfiles?: string[];
  terms: { pattern: string; instead: string; essentialWhen?: string; requireNear?: string; always?: boolean }[];
}

// The JSON import types each category by the fields it happens to have; optional fields make it a CategoryData.
const categories: Category[] = (data.categories as CategoryData[]).map((category) => ({
  id: category.id,
  code: category.code,
  exemptProfiles: category.exemptProfiles ?? [],
  terms: category.terms.map((term) => ({
    pattern: compile(term.pattern),
    instead: term.instead,
    essentialWhen: term.essentialWhen ? compile(term.essentialWhen, false) : undefined,
    requireNear: term.requireNear ? compile(term.requireNear, false) : undefined,
    always: term.always === true,
  })),
}));
const neutral = compile(data.neutral, false);

/** The diagnostic codes of the categories, in data order. */
export const inclusionCodes: readonly string[] = categories.map((category) => category.code);

/** The sentence of `value` around [start, end). */
function sentenceAround(value: string, start: number, end: number): string {
  const sentence = sentencesOf(value).find((s) => s.start <= start && end <= s.end);
  return sentence ? value.slice(sentence.start, sentence.end) : value;
}

/**
 * Exclusionary wording by category: age (outside profiles whose programme sets an age limit), physical demands not
 * essential to the job, elitism, nationality and ethnicity, family status. `title` is the posting's title.
 */
export function inclusionFindings(texts: readonly FreeText[], profileId: string, title = ''): InclusionFinding[] {
  const found: InclusionFinding[] = [];
  for (const text of texts) {
    for (const category of categories) {
      const exempt = category.exemptProfiles.includes(profileId);
      for (const term of category.terms) {
        if (exempt && !term.always) continue;
        if (term.essentialWhen?.test(title)) continue;
        term.pattern.lastIndex = 0;
        for (let match = term.pattern.exec(text.value); match; match = term.pattern.exec(text.value)) {
          const start = match.index;
          const end = start + match[0].length;
          if (end === start) {
            term.pattern.lastIndex++;
            continue;
          }
          const sentence = sentenceAround(text.value, start, end);
          if (neutral.test(sentence)) continue;
          if (term.requireNear && !term.requireNear.test(sentence)) continue;
          if (found.some((f) => f.text === text && f.start < end && start < f.end)) continue;
          found.push({ text, start, end, category: category.id, code: category.code, instead: term.instead });
        }
      }
    }
  }
  return found;
}
