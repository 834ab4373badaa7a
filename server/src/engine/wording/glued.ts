import data from '../../../../schemas/wording/glued-words.json';
import known from '../../../../schemas/wording/acronyms.json';
import gluedNames from '../../../../schemas/wording/glued-names.json';
import organizationAcronyms from '../../../../schemas/wording/organization-acronyms.json';
import { TextMemo } from '../text/memo';
import { PieceResults, PieceSplitter } from '../text/pieces';
import { isSpace } from './sourceMap';

/** Two words run together by a copy from a careers site ("UNHCRstaff", "knowledgeof"), and where to split them. */
export interface GluedWords {
  start: number;
  end: number;
  /** The two words with a space between them. */
  split: string;
}

let tables: { words: Set<string>; notGlued: Set<string>; acronyms: Set<string>; names: Set<string> } | undefined;

function gluedTables() {
  return (tables ??= {
    words: new Set(data.words.split(' ')),
    notGlued: new Set(data.notGlued.split(' ')),
    acronyms: new Set(known.known.map((acronym) => acronym.toUpperCase())),
    names: new Set(gluedNames.names),
  });
}

// A run of characters without spaces; the characters of URLs, e-mail, hashtags, code, paths and numbers leave it alone.
// Runs shorter than five characters are skipped: both glued shapes (candidateSplit) need five letters or more, and
// most words of prose are shorter.
const shortestRun = 5;

/**
 * The runs of `shortestRun` or more characters without white space (what /\S{5,}/g matches), as [start, end), found
 * by hand: a text of short words ("lead " 300,000 times) is read once, with no match attempt at each character.
 */
export function* runsOf(text: string): Generator<[number, number]> {
  const length = text.length;
  for (let start = 0; start < length;) {
    if (isSpace(text.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < length && !isSpace(text.charCodeAt(end))) end++;
    if (end - start >= shortestRun) yield [start, end];
    start = end;
  }
}
const notProse = /[@/\\#_`=<>{}[\]|~^*+&%$0-9]|:\/\/|www\./;
const openingPunctuation = `("'\u201c\u2018\u00ab`;
const closingPunctuation = `)"'\u201d\u2019\u00bb,.;:!?`;

/** The run without the quotes and brackets before it and the punctuation after it; linear on any run. */
function withoutEdgePunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && openingPunctuation.includes(token[start])) start++;
  while (end > start && closingPunctuation.includes(token[end - 1])) end--;
  return token.slice(start, end);
}

/** An acronym the reader knows: in the known list, or used on its own elsewhere in the posting. */
function isKnownAcronym(token: string, ownAcronyms: ReadonlySet<string>): boolean {
  return gluedTables().acronyms.has(token) || ownAcronyms.has(token);
}

/**
 * How a run may split into two words, from the word lists alone: a small-letter word and a function word ("knowledgeof"),
 * or capitals and a small-letter word ("UNHCRstaff"), which is glued only when the capitals are an acronym the reader
 * knows (`acronym`, decided per posting). Undefined for a word, a name or anything unsure.
 */
function candidateSplit(core: string): { split: string; acronym?: string } | undefined {
  const { words, notGlued } = gluedTables();
  // An acronym or organisation in capitals, then a small-letter word: "UNHCRstaff", "IDPcamps".
  const capitals = /^([A-Z]{2,})([a-z]{3,})$/.exec(core);
  if (capitals) return words.has(capitals[2]) ? { split: `${capitals[1]} ${capitals[2]}`, acronym: capitals[1] } : undefined;
  // A small-letter word, then a function word: "knowledgeof", "responsiblefor". Capitalised runs may be names.
  if (!/^[a-z]{5,}$/.test(core) || notGlued.has(core) || words.has(core)) return undefined;
  for (const ending of data.functionWords) {
    if (!core.endsWith(ending)) continue;
    const head = core.slice(0, -ending.length);
    if (words.has(head) || data.functionWords.includes(head)) return { split: `${head} ${ending}` };
  }
  return undefined;
}

/** Acronyms a text uses on their own ("UNHCR" in "the UNHCR office"): a glued run may start with one of them. */
export function standaloneAcronyms(texts: readonly string[], piecesFrom = pieceFrom): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const pieces = piecesOf(text, piecesFrom);
    for (const acronyms of acronymsOfPieces.of(pieces)) for (const acronym of acronyms) found.add(acronym);
  }
  return found;
}

/** Texts longer than this are read in pieces. */
const pieceFrom = 2000;

/**
 * A long text in pieces, each ending after a sentence end or a line break and the spaces after it, with where each
 * starts. A run of characters without spaces (a word, an acronym) never spans two pieces, so each piece is searched
 * alone and remembered alone: typing in one sentence of a 40 KB paragraph searches that sentence again, not the
 * paragraph. The ends depend on the text around them only, so an edit moves the pieces after it without changing them.
 */
const linePieces = new PieceSplitter(/[.!?;]\s+|\n\s*/g);
const piecesOf = (text: string, from = pieceFrom) => linePieces.pieces(text, from);

/** The acronyms of one text, remembered per text: while an author types, only the value that changed is read again. */
const acronymsOf = new TextMemo((text: string): readonly string[] => [
  ...new Set(Array.from(text.matchAll(/\b[A-Z]{2,10}\b/g), (m) => m[0])),
]);

/** A possible glued run of a text, before the posting's own acronyms decide the capitals-first ones. */
interface Candidate extends GluedWords {
  acronym?: string;
}

/** The runs of a text that may be glued words, remembered per text (positions relative to it). */
const candidatesOf = new TextMemo((text: string): readonly Candidate[] => {
  const found: Candidate[] = [];
  for (const [runStart, runEnd] of runsOf(text)) {
    const token = text.slice(runStart, runEnd);
    if (notProse.test(token)) continue;
    const core = withoutEdgePunctuation(token);
    if (!/^[A-Za-z]+$/.test(core)) continue;
    const candidate = candidateSplit(core);
    if (!candidate) continue;
    const start = runStart + token.indexOf(core);
    found.push({ start, end: start + core.length, ...candidate });
  }
  return found;
});

/** The acronyms and the candidates of each piece of a long text (those of the pieces a key left kept by position). */
const acronymsOfPieces = new PieceResults(acronymsOf);
const candidatesOfPieces = new PieceResults(candidatesOf);

/** The site names of one text, in lower case, remembered per text (and per piece of a long one). */
const siteNamesOf = new TextMemo((text: string): readonly string[] => {
  if (!text.includes('.')) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(/\b([A-Za-z][A-Za-z-]{2,40})\.(?:org|com|net|int|info|io|jp|co|ch|news)\b/g))
    found.add(match[1].toLowerCase());
  return [...found];
});
const siteNamesOfPieces = new PieceResults(siteNamesOf);

/**
 * The names a posting writes as web addresses ('unjobs.org', 'www.reliefweb.int'), in lower case: a run that is one of
 * them is a site's name ('UNjobs' in a pasted page's header), not two words run together. A long text is read in the
 * pieces glued words use: an address holds no white space and each piece but the last ends with some, so no address
 * runs across a cut, and the characters either side of a cut (white space, or a piece's own edge) are no word
 * characters for `\b` alike.
 */
export function siteNamesIn(texts: readonly string[], piecesFrom = pieceFrom): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const pieces = piecesOf(text, piecesFrom);
    for (const ofPiece of siteNamesOfPieces.of(pieces)) for (const name of ofPiece) found.add(name);
  }
  return found;
}

/** A name written with capitals run into a word on purpose: a job board or brand (glued-names.json) or a site the posting gives the address of. */
const isName = (core: string, siteNames: ReadonlySet<string>) => gluedTables().names.has(core) || siteNames.has(core.toLowerCase());

/** The glued words in a text, in order (`piecesFrom`: the length from which it is read in pieces; tests vary it). */
export function findGluedWords(
  text: string,
  ownAcronyms: ReadonlySet<string> = new Set(),
  piecesFrom = pieceFrom,
  siteNames: ReadonlySet<string> = new Set(),
): GluedWords[] {
  const found: GluedWords[] = [];
  const pieces = piecesOf(text, piecesFrom);
  const candidates = candidatesOfPieces.of(pieces);
  for (let i = 0; i < pieces.length; i++) {
    const [offset, piece] = pieces[i];
    for (const { start, end, split, acronym } of candidates[i]) {
      if (acronym !== undefined && !isKnownAcronym(acronym, ownAcronyms)) continue;
      if (acronym !== undefined && isName(piece.slice(start, end), siteNames)) continue;
      found.push({ start: offset + start, end: offset + end, split });
    }
  }
  return found;
}

/** An organisation's acronym with a letter dropped, added or changed, and the acronym the posting spells right. */
export interface MisspeltAcronym {
  start: number;
  end: number;
  acronym: string;
}

const organizations = new Set(organizationAcronyms.organizations);

/**
 * The runs of four to nine capitals of a text that are neither an organisation's acronym nor a known one (those a
 * misspelt acronym may be), relative to the text, remembered per text and per piece of a long one: a run holds no white
 * space, so none runs across a cut, and `\b` reads white space or a piece's edge alike either side of one.
 */
const capitalRunsOf = new TextMemo((text: string): readonly { start: number; token: string }[] => {
  const runs: { start: number; token: string }[] = [];
  for (const match of text.matchAll(/\b[A-Z]{4,9}\b/g)) {
    const token = match[0];
    if (!organizations.has(token) && !isKnownAcronym(token, new Set())) runs.push({ start: match.index ?? 0, token });
  }
  return runs;
});
const capitalRunsOfPieces = new PieceResults(capitalRunsOf);

/** Whether `a` becomes `b` by dropping, adding or changing one letter (both short: a linear walk). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** The organisations' acronyms of four letters or more a posting writes: once per check, not once per text of it. */
const rightOf = new WeakMap<ReadonlySet<string>, readonly string[]>();
function rightAcronyms(ownAcronyms: ReadonlySet<string>): readonly string[] {
  let right = rightOf.get(ownAcronyms);
  if (!right) {
    right = [...ownAcronyms].filter((acronym) => organizations.has(acronym) && acronym.length >= 4);
    rightOf.set(ownAcronyms, right);
  }
  return right;
}

/**
 * Runs of capitals one letter away from an organisation's acronym (organization-acronyms.json) that the posting also
 * writes right (`ownAcronyms`, the acronyms it uses on their own): 'UNCR' where it writes 'UNHCR'. A run that is itself
 * an organisation's acronym or a known acronym is none ('UNEP' beside 'UNDP').
 */
export function misspeltAcronyms(text: string, ownAcronyms: ReadonlySet<string>, piecesFrom = pieceFrom): MisspeltAcronym[] {
  const right = rightAcronyms(ownAcronyms);
  if (!right.length) return [];
  const found: MisspeltAcronym[] = [];
  const pieces = piecesOf(text, piecesFrom);
  const runs = capitalRunsOfPieces.of(pieces);
  for (let i = 0; i < pieces.length; i++) {
    const offset = pieces[i][0];
    for (const { start, token } of runs[i]) {
      const acronym = right.find((candidate) => oneEditApart(token, candidate));
      if (acronym) found.push({ start: offset + start, end: offset + start + token.length, acronym });
    }
  }
  return found;
}
