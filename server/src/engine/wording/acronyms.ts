import known from '../../../../schemas/wording/acronyms.json';
import gradeCodes from '../../../../schemas/vocabularies/grade-codes.json';
import { TextMemo } from '../text/memo';
import { PieceResults, PieceSplitter } from '../text/pieces';
import type { FreeText } from './freeText';

/** One use of an acronym in free text; `defines` when it is the "(ISA)" after its spelled-out name. */
export interface AcronymUse {
  text: FreeText;
  acronym: string;
  /** Case-insensitive and without a plural s: MoJ, MOJ and MOJs share one key. */
  key: string;
  start: number;
  end: number;
  defines: boolean;
}

const knownKeys = new Set(known.known.map((entry) => keyOf(entry)));
const capitalWords = new Set(known.capitalWords);
const orderFreePaths = new Set(known.orderFreePaths);
const gradeCodeKeys = new Set(Object.keys(gradeCodes).filter((code) => !code.startsWith('$')));

/** The run of characters around [start, end) up to white space on either side ("VA/BGDCO/FTA/2025/014;"). */
function runAround(value: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(value[from - 1])) from--;
  let to = end;
  while (to < value.length && !/\s/.test(value[to])) to++;
  return value.slice(from, to);
}

/**
 * Tokens that look like acronyms but are not (schemas/wording/acronyms.json): words in capitals for emphasis, grade
 * codes, parts of reference numbers and tokens with digits, names with a number or version after them, and glued or
 * product tokens with a run of small letters.
 */
function isNotAcronym(value: string, token: string, start: number, end: number): boolean {
  if (capitalWords.has(token) || gradeCodeKeys.has(token)) return true;
  if (/[a-z]{2}/.test(token.replace(/s$/, ''))) return true;
  const run = runAround(value, start, end);
  if (/[0-9]/.test(run) || run.split('/').length > 2) return true;
  return /^\s+v?\d/.test(value.slice(end, end + 4));
}

function keyOf(acronym: string): string {
  const upper = acronym.toUpperCase();
  return /[a-z]s$/.test(acronym) || (/^[A-Z]{2,}s$/.test(acronym) && acronym.length > 2) ? upper.slice(0, -1) : upper;
}

/** An acronym: starts with a capital, has two or more capitals and no more small letters than capitals (ISA, MoJ, NGOs). */
function isAcronym(token: string): boolean {
  if (token.length < known.minLength || token.length > known.maxLength) return false;
  if (!isCapital(token.charCodeAt(0))) return false; // most words: decided without a second look
  let capitals = 0;
  let small = 0;
  let roman = true; // Roman numerals (II, XIV) are not acronyms
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (isCapital(code)) capitals++;
    else if (code >= 97 && code <= 122) small++;
    if (!'IVXLC'.includes(token[i])) roman = false;
  }
  return !roman && capitals >= 2 && small <= capitals;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Tokens are runs of letters and `&` that start with a letter (R&D, MoJ); only those that start with a capital and
 * hold a second one can be acronyms, so the scan looks for just those (group 1). A match starts where a run of letters
 * or `&`s starts and skips leading `&`s, so a token after a letter, even one followed by `&`s, is not a candidate.
 * (A lookbehind `(?<![A-Za-z]&*)` said the same, but looked back over the whole run of `&`s at each of its positions:
 * quadratic on a long run.)
 */
const candidateToken = /(?<![A-Za-z&])&*([A-Z][a-z&]*[A-Z][A-Za-z&]*)/g;

type AcronymSpan = Omit<AcronymUse, 'text'>;

function acronymSpans(value: string): readonly AcronymSpan[] {
  const spans: AcronymSpan[] = [];
  const candidates = new RegExp(candidateToken);
  for (let match = candidates.exec(value); match; match = candidates.exec(value)) {
    const token = match[1];
    const start = match.index + match[0].length - token.length;
    const end = start + token.length;
    if (!isAcronym(token) || isNotAcronym(value, token, start, end)) continue;
    const key = keyOf(token);
    if (knownKeys.has(key)) continue;
    spans.push({ acronym: token, key, start, end, defines: definesHere(value, start, end) });
  }
  return spans;
}

/** The acronyms of a value depend on its content and the list of known ones only: found once per distinct text. */
const acronymSpansOf = new TextMemo(acronymSpans);

/** Values this long or longer are read in pieces. */
const pieceFrom = 2000;

/**
 * A long value in pieces, each ending after a sentence end (`.`, `!` or `?`) and the whole run of spaces after it,
 * with where each starts: typing in one sentence of a 122 KB paragraph searches that piece again, not the paragraph.
 * A piece finds the acronyms the whole value finds, each with the same decision, except whether a use at the start of
 * a piece is a definition (acronymUses decides that on the whole value): a token is letters and `&`, so none spans a
 * cut (a space precedes it); the run around a token stops at spaces; the digits after a token (`ISA 2`) are spaces,
 * `v` and digits, never the sentence end that precedes a cut; the spelled-out name after a token (`ISA (Immigration
 * Services Agency)`) is words and spaces, which stop at that sentence end too. Only "(ISA)" looks back, 40 characters.
 */
const sentencePieces = new PieceSplitter(/[.!?]\s+/g);
const piecesOf = (value: string, from: number) => sentencePieces.pieces(value, from);
/** The acronyms of each piece of a long value (those of the pieces a key left as they were kept by position). */
const spansOfPieces = new PieceResults(acronymSpansOf);

/** How far back in its piece a use may start and still look before the piece (definesHere reads 40 characters). */
const definitionLookBehind = 64;

/**
 * Every acronym use in the free text, in source order; known acronyms (schemas/wording/acronyms.json) are left out.
 * (`piecesFrom`: the length from which a value is read in pieces; tests vary it.)
 */
export function acronymUses(texts: readonly FreeText[], piecesFrom = pieceFrom): AcronymUse[] {
  const uses: AcronymUse[] = [];
  for (const text of texts) {
    const { value } = text;
    const pieces = piecesOf(value, piecesFrom);
    const spansOf = spansOfPieces.of(pieces);
    for (let i = 0; i < pieces.length; i++) {
      const offset = pieces[i][0];
      for (const span of spansOf[i]) {
        if (offset === 0) {
          uses.push({ text, ...span });
          continue;
        }
        const start = offset + span.start;
        const end = offset + span.end;
        const defines = span.start < definitionLookBehind ? definesHere(value, start, end) : span.defines;
        uses.push({ text, ...span, start, end, defines });
      }
    }
  }
  return uses;
}

/**
 * "(Immigration Services Agency)" right after an acronym, matched where the acronym ends (sticky). Each step is
 * unambiguous — spaces, then a joining word or `&`, then a capitalised word — so the match is linear in the text: the
 * former `\s+(?:of|…)?\s*` let two runs of spaces share the same spaces, and "(Abc" + 100,000 spaces took seconds.
 */
const spelledOutAfter = /\s*(\(|,\s+)(?:the\s+)?([A-Z])[\p{L}-]*(?:\s+(?:(?:of|for|and|on|the|to|in)\s+|&\s*)?[A-Z][\p{L}-]*)+/uy;

/** The rest of a Japanese short form in brackets after its acronym, to the bracket's end ("事務局)"). */
const japaneseShortForm = /^[\u3040-\u30ff\u4e00-\u9fff]{1,8}[)\uff09]/;

/** A bracket's other acronyms after its first one, to its end ("(PRIMES, BIMS)"; acronyms.json bracketListPattern). */
const bracketList = new RegExp(known.bracketListPattern);

/** "Immigration Services Agency (ISA)" or "ISA (Immigration Services Agency)"; not "tools (PRIMES, BIMS)", a list. */
function definesHere(value: string, start: number, end: number): boolean {
  // A Japanese name's short form in brackets, the acronym with the name's last words after it:
  // "国際平和協力本部事務局(PKO事務局)" spells PKO out (the name before it is the body the short form names).
  if ('(\uff08'.includes(value[start - 1] ?? '.') && japaneseShortForm.test(value.slice(end, end + 12)))
    return /[\u3040-\u30ff\u4e00-\u9fff]/.test(value.slice(Math.max(0, start - 12), start - 1));
  if (value[start - 1] === '(' && '),;'.includes(value[end] ?? '.'))
    return /\p{L}/u.test(value.slice(Math.max(0, start - 40), start - 1)) && !bracketList.test(value.slice(end, end + 80));
  // "ISA (Immigration Services Agency)", or the appositive "PRIMES, the Population Registration … System" when the
  // name starts with the acronym's letter (not "the ISA, the Ministry of Justice").
  spelledOutAfter.lastIndex = end;
  const spelled = spelledOutAfter.exec(value);
  // A bracket of acronyms only ("ONU (UN RCO)": the same body in another language's letters) spells nothing out.
  return !!spelled && /\p{Ll}/u.test(spelled[0]) && (spelled[1] === '(' || spelled[2] === value[start]);
}

/** Words that may stand between the capitalised words of a name without a letter in its acronym. */
const joiningWords = new Set(['of', 'for', 'and', 'on', 'the', 'to', 'in', '&', 'de', 'des', 'du', 'la', 'le', 'et']);

/**
 * "Sudurpaschim Community Health Forum is … Since 2009 SCHF has": the name is spelled out just before, without the
 * acronym in brackets. True when capitalised words whose initials spell the acronym (joining words skipped) stand in
 * the 600 characters before its first use, in the same value. Linear: each word is a start tried against the next few words.
 */
function namedBefore(use: AcronymUse): boolean {
  const letters = use.key;
  // Two letters fit too many pairs of words ("In Tanzania"): only acronyms of three or more.
  if (!/^[A-Z]{3,}$/.test(letters)) return false;
  const words = use.text.value.slice(Math.max(0, use.start - 600), use.start).split(/[\s,;:()"\u201c\u201d]+/);
  for (let first = 0; first + letters.length <= words.length; first++) {
    let letter = 0;
    let joining = 0; // at most two joining words in a row, so a start is tried against a few words only
    for (let at = first; at < words.length && letter < letters.length; at++) {
      const word = words[at];
      if (word[0] === letters[letter]) [letter, joining] = [letter + 1, 0];
      else if (letter === 0 || !joiningWords.has(word.toLowerCase()) || ++joining > 2) break;
    }
    if (letter === letters.length) return true;
  }
  return false;
}

export interface AcronymFinding {
  kind: 'before-definition' | 'undefined';
  use: AcronymUse;
  definition?: AcronymUse;
}

/**
 * The first use of each acronym that comes before its definition, and acronyms never defined. `readingOrder` ranks a
 * top-level field where a reader meets it (the profile's section order, as the exports print it): a definition in the
 * background that an import wrote below the duties still comes first for the reader.
 */
export function acronymFindings(unordered: readonly AcronymUse[], readingOrder?: (key: string) => number): AcronymFinding[] {
  const rank = (use: AcronymUse) => readingOrder?.(String(use.text.path[0])) ?? 0;
  // A stable sort: the file's order within a field, and between fields the reader's.
  const uses = readingOrder ? [...unordered].sort((a, b) => rank(a) - rank(b)) : unordered;
  const findings: AcronymFinding[] = [];
  // The first definition of each acronym, found in one pass (a search per acronym was quadratic).
  const definitions = new Map<string, AcronymUse>();
  for (const use of uses) if (use.defines && !definitions.has(use.key)) definitions.set(use.key, use);
  const seen = new Set<string>();
  for (const use of uses) {
    if (seen.has(use.key)) continue;
    seen.add(use.key);
    if (use.defines || namedBefore(use)) continue;
    const definition = definitions.get(use.key);
    // Spelled out in a field whose place in the file is no reading order (notes): defined for the whole posting.
    if (definition && orderFreePaths.has(String(definition.text.path[0]))) continue;
    findings.push(definition ? { kind: 'before-definition', use, definition } : { kind: 'undefined', use });
  }
  return findings;
}
