import data from '../../../../schemas/wording/inclusion.json';
import { TextMemo } from '../text/memo';
import type { FreeText } from './freeText';
import { isAbbreviation, sentencesOf } from './words';
import { PieceResults, PieceSplitter, type Pieces } from '../text/pieces';
import { unionPattern } from '../text/patterns';

/** One term of a category (schemas/wording/inclusion.json). */
interface Term {
  pattern: RegExp;
  /**
   * What must follow the pattern's match right where it ends, for the term to match (sticky; its data source starts
   * with ^). A pattern in two parts: each one recheck proves linear, where the whole was too large for it to decide.
   */
  then?: RegExp;
  instead: string;
  /** The demand is the job itself when the posting's title matches this (a driver drives). */
  essentialWhen?: RegExp;
  /** Reported only in a sentence that also matches this. */
  requireNear?: RegExp;
  /** Never lawful: reported in exempt profiles too. */
  always: boolean;
  /** It qualifies a noun ("newly graduated …"): not reported before the people the work serves (the category's served). */
  servedMayFollow: boolean;
}

interface Category {
  id: string;
  code: string;
  exemptProfiles: readonly string[];
  /** What follows a term that qualifies the people the work serves ("newly graduated midwives"), not the candidate. */
  served?: RegExp;
  /** A sentence that speaks to applicants: a term in it is reported even before a served noun. */
  servedUnless?: RegExp;
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

/** A continuation: its source is anchored (^, what recheck proves); matched sticky where the pattern's match ends. */
function sticky(source: string): RegExp {
  if (!source.startsWith('^')) throw new Error(`inclusion.json: a thenPattern must start with ^: ${source}`);
  return new RegExp(source.slice(1), `yi${/\\[pP]\{|\\u\{/.test(source) ? 'u' : ''}`);
}

/** The data file's shape (JSON imports type each category apart, so the optional fields are named here). */
interface CategoryData {
  id: string;
  code: string;
  exemptProfiles?: string[];
  servedPattern?: string;
  servedUnlessPattern?: string;
  terms: {
    pattern: string;
    thenPattern?: string;
    instead: string;
    essentialWhen?: string;
    requireNear?: string;
    always?: boolean;
    servedMayFollow?: boolean;
  }[];
}

// The JSON import types each category by the fields it happens to have; optional fields make it a CategoryData.
const categories: Category[] = (data.categories as CategoryData[]).map((category) => ({
  id: category.id,
  code: category.code,
  exemptProfiles: category.exemptProfiles ?? [],
  served: category.servedPattern ? compile(category.servedPattern, false) : undefined,
  servedUnless: category.servedUnlessPattern ? compile(category.servedUnlessPattern, false) : undefined,
  terms: category.terms.map((term) => ({
    pattern: compile(term.pattern),
    then: term.thenPattern === undefined ? undefined : sticky(term.thenPattern),
    instead: term.instead,
    essentialWhen: term.essentialWhen ? compile(term.essentialWhen, false) : undefined,
    requireNear: term.requireNear ? compile(term.requireNear, false) : undefined,
    always: term.always === true,
    servedMayFollow: term.servedMayFollow === true,
  })),
}));
const neutral = compile(data.neutral, false);
/** How far after a term its served noun is looked for (a word and the noun). */
const servedReach = 80;

/** Whether the next word, or the one after it, names people the work serves ("… midwives", "… Lao midwives"). */
function servedFollows(category: Category, after: string): boolean {
  const words = /^[ -]+([\p{L}]+)(?:[ -]+([\p{L}]+))?/u.exec(after);
  if (!words || !category.served) return false;
  const served = category.served;
  return [words[1], words[2]].some((word) => word !== undefined && served.test(word));
}

/** The diagnostic codes of the categories, in data order. */
export const inclusionCodes: readonly string[] = categories.map((category) => category.code);

/** The sentence of `value` around [start, end). */
function sentenceAround(value: string, start: number, end: number): string {
  const sentence = sentencesOf(value).find((s) => s.start <= start && end <= s.end);
  return sentence ? value.slice(sentence.start, sentence.end) : value;
}

/** A match of one term in a text, kept or not by the posting's profile and title (category and term are indices). */
interface Match {
  category: number;
  term: number;
  start: number;
  end: number;
}

/**
 * Every term's matches in one text that its sentence keeps (not neutral, near what the term requires), in category,
 * term and text order, remembered per text (positions relative to it): while an author types, only the value that
 * changed is searched again. Which of them count depends on the profile and the title, decided per check.
 */
/**
 * Whether no term can match sentence punctuation (. ! ?): then no match spans two sentences, and a long value can be
 * searched one piece of whole sentences at a time. Read from the patterns' sources, erring on the side of "can".
 */
export const termsStayInSentences = categories.every((category) =>
  category.terms.every((term) =>
    [term.pattern, term.then].every(
      (pattern) =>
        !pattern || !/\\[.?!WSDPp]|\[\^|(?<!\\)\.|(?<!\(\?<?)!|\[[^\][.?!]*[.?!]|\(\?<[=!]|(?<!\\)\$|(?<![[\\])\^/.test(pattern.source),
    ),
  ),
);

/** Values shorter than this are searched whole. */
const pieceFrom = 2000;

/**
 * A long value in pieces, cut right after a sentence's closing . ! or ? where a space follows (words.ts's sentences):
 * each piece holds whole sentences, no term (which cannot match the punctuation, lookbehinds or anchors: see
 * termsStayInSentences) spans a cut, and the sentence around a match is the same in the piece as in the value. Typing
 * in one sentence of a 40 KB paragraph searches that piece again, not the paragraph.
 */
const sentenceEnds = new PieceSplitter(/[.!?](?=\s)/g, (value, dot) => !isAbbreviation(value, dot), 8);

/** The pieces `sentenceEnds` cut, with the spaces that end the value apart after a last "." that ends no sentence. */
function lastSentenceApart(pieces: Pieces): Pieces {
  // The last sentence (words.ts) ends where its spaces start: after a "." that ends no sentence ("etc.") the spaces
  // that end the value are a piece of their own.
  const [offset, last] = pieces[pieces.length - 1];
  const end = last.trimEnd().length;
  if (end === 0 || end === last.length || !/[.!?]/.test(last[end - 1])) return pieces;
  return [...pieces.slice(0, -1), [offset, last.slice(0, end)], [offset + end, last.slice(end)]];
}

/**
 * The matches of a value, from its pieces, in category, term and text order (as one search of the value finds them).
 * The matches of the pieces the splitter cut are kept by position (PieceResults), so a key in a long value looks up
 * the few pieces it changed, not each of them; a last piece split by lastSentenceApart is looked up in its parts.
 */
function matchesIn(value: string, from = pieceFrom): readonly Match[] {
  if (value.length < from || !termsStayInSentences) return matchesOf.get(value);
  const cut = sentenceEnds.pieces(value, from);
  const pieces = lastSentenceApart(cut);
  const kept = matchesOfPieces.of(cut);
  // The pieces both lists share: all of them, or all but the last one cut.
  const shared = pieces === cut ? cut.length : cut.length - 1;
  const found: Match[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const offset = pieces[i][0];
    for (const match of i < shared ? kept[i] : matchesOf.get(pieces[i][1]))
      found.push({ ...match, start: offset + match.start, end: offset + match.end });
  }
  return found.sort((a, b) => a.category - b.category || a.term - b.term || a.start - b.start);
}

/**
 * Whether any term's pattern matches the value somewhere (one search per set of flags; text/patterns.ts): most values
 * match none, and then the terms are not searched one by one.
 */
const anyTerm = ((): ((value: string) => boolean) => {
  const byFlags = new Map<string, string[]>();
  for (const term of categories.flatMap((category) => category.terms)) {
    const flags = term.pattern.flags.replace('g', '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), term.pattern.source]);
  }
  const unions = [...byFlags].map(([flags, sources]) => unionPattern(sources, flags));
  const tests = unions.filter((union): union is RegExp => union !== undefined);
  if (tests.length < unions.length) return () => true;
  return (value) => tests.some((union) => union.test(value));
})();

const matchesOf = new TextMemo((value: string): readonly Match[] => {
  const found: Match[] = [];
  if (!anyTerm(value)) return found;
  categories.forEach((category, c) => {
    category.terms.forEach((term, t) => {
      term.pattern.lastIndex = 0;
      for (let match = term.pattern.exec(value); match; match = term.pattern.exec(value)) {
        const start = match.index;
        let end = start + match[0].length;
        if (term.then) {
          // The continuation, right where the match ends; without it, the search goes on from the next character.
          term.then.lastIndex = end;
          if (!term.then.test(value)) {
            term.pattern.lastIndex = start + 1;
            continue;
          }
          end = term.then.lastIndex;
          term.pattern.lastIndex = end;
        }
        if (end === start) {
          term.pattern.lastIndex++;
          continue;
        }
        const sentence = sentenceAround(value, start, end);
        if (neutral.test(sentence)) continue;
        if (term.requireNear && !term.requireNear.test(sentence)) continue;
        if (term.servedMayFollow && servedFollows(category, value.slice(end, end + servedReach)) && !category.servedUnless?.test(sentence))
          continue;
        found.push({ category: c, term: t, start, end });
      }
    });
  });
  return found;
});

/** The matches of each piece of a long value, kept by position from the value before a key. */
const matchesOfPieces = new PieceResults(matchesOf);

/**
 * Exclusionary wording by category: age (outside profiles whose programme sets an age limit), physical demands not
 * essential to the job, elitism, nationality and ethnicity, family status. `title` is the posting's title;
 * `piecesFrom`, the length from which a value is searched in pieces (tests vary it).
 */
export function inclusionFindings(texts: readonly FreeText[], profileId: string, title = '', piecesFrom = pieceFrom): InclusionFinding[] {
  // Per check: which terms count for this profile and title.
  const counts = categories.map((category) => {
    const exempt = category.exemptProfiles.includes(profileId);
    return category.terms.map((term) => !(exempt && !term.always) && !term.essentialWhen?.test(title));
  });
  const found: InclusionFinding[] = [];
  for (const text of texts) {
    const first = found.length;
    for (const { category: c, term: t, start, end } of matchesIn(text.value, piecesFrom)) {
      if (!counts[c][t]) continue;
      // One finding per stretch of text: a match overlapping an earlier one of the same text is left out.
      if (found.some((f, i) => i >= first && f.start < end && start < f.end)) continue;
      const category = categories[c];
      found.push({ text, start, end, category: category.id, code: category.code, instead: category.terms[t].instead });
    }
  }
  return found;
}
