import eligibility from '../../../../schemas/eligibility.json';
import mentions from '../../../../schemas/wording/country-mentions.json';
import { didYouMean } from '../diagnostics/fragments';
import { allCountryNames, countryCodes, countryName, countryNames } from '../text/countries';
import { closestMatches } from '../text/similarity';
import { dataPattern, unionPattern } from '../text/patterns';
import { TextMemo } from '../text/memo';
import { fullStopPieces, PieceResults, type Pieces } from '../text/pieces';
import { hasPlaceholder } from '../wording/placeholders';
import { valuePlacer } from './postingText';
import type { Rule, RuleContext } from './rule';

/** Longest value quoted in a message. */
const quotedLength = 60;
/** Most words a country's name has ("Saint Vincent and the Grenadines"). */
const longestName = 6;

/** The text without control characters (but tabs and line breaks) and U+FFFD, U+FFFE and U+FFFF. */
function withoutInvalidCharacters(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let kept = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if ((code < 32 && !'\t\n\r'.includes(character)) || code >= 0xfffd) continue;
    kept += character;
  }
  return kept;
}

function unknownCountry(context: RuleContext): string[] | undefined {
  // Characters that invalid-character reports (NUL, U+FFFD) are not part of the name: one problem, one diagnostic.
  const value = withoutInvalidCharacters(context.text(['country']));
  if (value === undefined || !value.trim() || hasPlaceholder(value)) return undefined;
  const codes = countryCodes(value);
  if (codes) return codes;
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(value);
  const names = countryNames(japanese ? 'ja' : 'en').filter((name) => name.length > 3 || japanese);
  const suggestions = value.length <= 40 ? [...new Set(closestMatches(value.trim(), names))] : [];
  const quoted = value.replace(/\s+/g, ' ').trim();
  context.report(
    'unknown-country',
    context.valueRange(['country']),
    {
      value: quoted.length > quotedLength ? `${quoted.slice(0, quotedLength - 1)}…` : quoted,
      ...didYouMean(suggestions, 'didYouMeanPlace'),
    },
    { path: ['country'], suggestions },
  );
  return undefined;
}

/** The longest country name that starts `text`, with its code. */
function countryAtStart(text: string): { name: string; code: string } | undefined {
  const names = allCountryNames();
  const words = /^(?:[\p{L}'\u2019.-]+(?:\s+|$)){1,6}/u.exec(text)?.[0].trim().split(/\s+/) ?? [];
  for (let count = Math.min(words.length, longestName); count > 0; count--) {
    const name = words.slice(0, count).join(' ').replace(/[.,]$/, '');
    // Only names written with a capital: "work in the field" is not a country, nor is a lower-case "chad".
    if (!/^\p{Lu}/u.test(name.replace(/^the\s+/, ''))) continue;
    const code = names.get(
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\./g, '')
        .replace(/^the /, ''),
    );
    if (code) return { name, code };
  }
  return undefined;
}

/**
 * A mention pattern (schemas/wording/country-mentions.json): a pattern, or a pattern with a continuation that must
 * follow within a few characters (a pattern in two parts, each of which recheck proves linear).
 */
interface MentionData {
  pattern: string;
  /** Anchored (^): must match at the start of a word at most `thenWithin` characters after the match. */
  thenPattern?: string;
  thenWithin?: number;
  /** Characters the text between the match and the continuation must not hold. */
  thenAfterNone?: string;
}

interface MentionPattern {
  pattern: RegExp;
  then?: { pattern: RegExp; within: number; stops: string };
}

/** The mention patterns, compiled once (global, for matchAll; continuations sticky). */
let mentionPatterns: MentionPattern[] | undefined;
/**
 * Whether any mention pattern matches a text somewhere (text/patterns.ts); an empty pattern, which always matches, if
 * they cannot be joined.
 */
let anyMention: RegExp | undefined;

function compileMention(entry: string | MentionData): MentionPattern {
  const data = typeof entry === 'string' ? { pattern: entry } : entry;
  const pattern = new RegExp(dataPattern(data.pattern, 'i').source, 'gid');
  if (data.thenPattern === undefined) return { pattern };
  if (!data.thenPattern.startsWith('^')) throw new Error(`country-mentions.json: a thenPattern must start with ^: ${data.thenPattern}`);
  return {
    pattern,
    then: { pattern: new RegExp(data.thenPattern.slice(1), 'iy'), within: data.thenWithin ?? 0, stops: data.thenAfterNone ?? '' },
  };
}

/**
 * Where the continuation ends when it starts a word 1 to `within` characters after `from`, the text between holding
 * none of the stops (the first such place), else undefined.
 */
function continuationEnd(text: string, from: number, then: NonNullable<MentionPattern['then']>): number | undefined {
  const last = Math.min(text.length, from + then.within);
  for (let at = from + 1; at <= last; at++) {
    if (then.stops.includes(text[at - 1])) return undefined;
    if (/\w/.test(text[at - 1])) continue;
    then.pattern.lastIndex = at;
    if (then.pattern.test(text)) return then.pattern.lastIndex;
  }
  return undefined;
}

/** A country a sentence names after a mention phrase: where (value indices), as written, and its code. */
export interface Mention {
  start: number;
  end: number;
  name: string;
  code: string;
}

/**
 * Where the countries a text names may start, per mention pattern, in order (positions relative to the text): after
 * each match whose continuation, if the pattern has one, follows. Depends on the text read and nothing after it, as
 * long as no match or continuation runs past its end (see `countryMentions`).
 */
function mentionStarts(text: string): number[][] {
  mentionPatterns ??= (mentions.patterns as (string | MentionData)[]).map(compileMention);
  anyMention ??=
    unionPattern(
      mentionPatterns.map(({ pattern }) => pattern.source),
      'i',
    ) ?? /(?:)/;
  // Most texts name no mention phrase: one search answers for all the patterns.
  if (!anyMention.test(text)) return mentionPatterns.map(() => []);
  return mentionPatterns.map(({ pattern, then }) => {
    const starts: number[] = [];
    // The end of the last match with its continuation: a match inside it is part of that one.
    let taken = 0;
    for (const match of text.matchAll(pattern)) {
      // The country starts where the match ends, or where its one group starts (no look-ahead: recheck proves these).
      const start = match.indices?.[1]?.[0] ?? (match.index ?? 0) + match[0].length;
      if (then) {
        if ((match.index ?? 0) < taken) continue;
        const end = continuationEnd(text, start, then);
        if (end === undefined) continue;
        taken = end;
      }
      starts.push(start);
    }
    return starts;
  });
}

/** The country named at each start, in pattern order (starts: per pattern, relative to `offset` in `text`). */
function mentionsAt(text: string, starts: readonly (readonly [number, readonly (readonly number[])[]])[]): Mention[] {
  const found: Mention[] = [];
  const patterns = starts.length ? starts[0][1].length : 0;
  for (let index = 0; index < patterns; index++) {
    for (const [offset, perPattern] of starts) {
      for (const relative of perPattern[index]) {
        const start = offset + relative;
        const country = countryAt.get(text.slice(start, start + 80));
        if (country) found.push({ start, end: start + country.name.length, ...country });
      }
    }
  }
  return found;
}

/**
 * The country named at the start of the 80 characters after a mention, remembered by those characters: a long value's
 * mentions are placed again on each check (the name may run past its piece), but each is read once.
 */
const countryAt = new TextMemo(countryAtStart);

/**
 * The countries a text names after an eligibility or closing phrase, in pattern order, remembered per text
 * (positions relative to it): while an author types, only the value that changed is read again.
 */
const mentionsOf = new TextMemo((text: string): readonly Mention[] => mentionsAt(text, [[0, mentionStarts(text)]]));

/** Values this long or longer are read in pieces. */
const mentionPiecesFrom = 2000;

/**
 * A long value in pieces that end after a full stop and the spaces after it, each read alone and remembered alone:
 * typing in one sentence of a 120 KB paragraph reads that piece again. The pieces find the starts the whole value
 * finds: no mention phrase holds a full stop (words and spaces), so none runs across a cut, and a continuation stops
 * at a full stop (`thenAfterNone`), so none does either; `\b` before a piece's first word reads a space in the whole
 * value and the piece's start alone, alike. The country's name is read from the whole value (a name may run on past
 * a full stop: "St. Lucia"). A property test compares both readings.
 */
const mentionStartsOfPiece = new TextMemo(mentionStarts);
/** The mention starts of each piece of a long value (those of the pieces a key left as they were kept by position). */
const startsOfPieces = new PieceResults(mentionStartsOfPiece);

/** Each piece with its mention starts. */
function piecesWithStarts(pieces: Pieces): (readonly [number, ReturnType<typeof mentionStarts>])[] {
  const starts = startsOfPieces.of(pieces);
  return pieces.map(([offset], i) => [offset, starts[i]] as const);
}

/** The countries a text names, as mentionsOf finds them (a long value read in pieces; `piecesFrom` for tests). */
export function countryMentions(text: string, piecesFrom = mentionPiecesFrom): readonly Mention[] {
  if (text.length < piecesFrom) return mentionsOf.get(text);
  mentionPatterns ??= (mentions.patterns as (string | MentionData)[]).map(compileMention);
  if (!mentionPatterns.every(({ then }) => !then || then.stops.includes('.'))) return mentionsOf.get(text);
  return mentionsAt(text, piecesWithStarts(fullStopPieces.pieces(text, piecesFrom)));
}

/**
 * The countries a posting's sponsor names ("Government of Finland", "Ministry for Foreign Affairs of Finland"): a
 * sponsored post's eligibility names them on purpose ("open to permanent residents of Finland"), copied from nowhere.
 */
function sponsorCountries(context: RuleContext): string[] {
  const sponsor = context.text([eligibility.sponsoredField]) ?? '';
  const codes: string[] = [];
  // A name starts at a word: each word's start is tried ("Government of the Federal Republic of Germany").
  let at = 0;
  for (const word of sponsor.split(' ')) {
    const found = countryAt.get(sponsor.slice(at, at + 80));
    if (found) codes.push(found.code);
    at += word.length + 1;
  }
  return codes;
}

function otherCountry(context: RuleContext, home: readonly string[]): void {
  const own = [...home, ...sponsorCountries(context)];
  // The sentences are English: a country written in Japanese (日本) is replaced by its English name.
  const field = (context.text(['country']) ?? '').trim();
  const written = /^[\p{Script=Latin}\s'\u2019.,()-]+$/u.test(field) ? field : (countryName(home[0]) ?? field);
  for (const { path, text } of context.allTexts()) {
    if (path.length === 1 && path[0] === 'country') continue;
    for (const found of countryMentions(text)) {
      if (own.includes(found.code)) continue;
      const place = valuePlacer(context, path, text);
      const range = place ? place(found.start, found.end) : context.valueRange(path);
      context.report(
        'eligibility-other-country',
        range,
        { named: found.name, country: written },
        home.length === 1 ? { path, replacement: written } : { path },
      );
    }
  }
}

function countries(context: RuleContext): void {
  const own = unknownCountry(context);
  if (own) otherCountry(context, own);
}

/** The posting's country is a real one, and its eligibility and closing sentences name no other. */
export const countryRules: Rule = {
  codes: ['unknown-country', 'eligibility-other-country'],
  check: countries,
};
