import otherDutiesData from '../../../../schemas/other-duties.json';
import { contentRange } from './postingText';
import type { Rule, RuleContext } from './rule';
import type { Path } from '../document/yamlNodes';
import { dataPattern } from '../text/patterns';
import { organizationFamily } from '../text/organizations';
import { TextMemo } from '../text/memo';
import { lastLatinWord } from '../text/lastWord';

export const otherDuties = 'Perform other duties as required.';

/** The catch-all in its common English and Japanese forms (schemas/other-duties.json). */
const isCatchAllText = (text: string) => otherDutiesData.patterns.some((pattern) => dataPattern(pattern, 'i').test(text));

/** The text with an OCR'd scan's misread letters read as printed ("Perforrns" as "Performs"; other-duties.json ocrConfusions). */
const asPrinted = (text: string) =>
  otherDutiesData.ocrConfusions.reduce((read, [scanned, printed]) => read.split(scanned).join(printed), text);

const isOtherDuties = (duty: string) => {
  const text = readDuty(duty);
  return isCatchAllText(text) || isCatchAllText(asPrinted(text));
};

const itemMarks = Object.values(otherDutiesData.itemMarkPatterns).map((source) => dataPattern(source, 'i'));

/**
 * A duty's own words, as a reviewer reads them: past a bullet or list letter a paste or an import left before them
 * (other-duties.json itemMarkPatterns). HTML entities a careers-site copy keeps are read once, by the importer
 * (import/paste.ts).
 */
export function readDuty(duty: string): string {
  let text = duty.trim();
  for (const mark of itemMarks) text = text.replace(mark, '');
  return text.trim();
}

/**
 * Whether a reviewer would ask this posting for the catch-all duty: always for the UN staff and affiliate templates;
 * under `hosted` (a contractor's ToR) only where a host agency writes it, not the contracting agency; under `un-staff`
 * (the general profile) only for a UN organisation's post that is not a consultancy; never for a company (profiles.json
 * otherDutiesLine).
 */
function expectsOtherDuties(context: RuleContext): boolean {
  const when = context.profile.otherDutiesLine ?? 'always';
  const organization = context.text(['organization'])?.trim();
  // A contractor's ToR in its host's template keeps the line; the contracting agency's own posting lists a scope.
  if (when === 'hosted')
    return !!organization && !dataPattern(otherDutiesData.contractingOrganizations).test(organizationFamily(organization));
  if (when !== 'un-staff') return when === 'always';
  if (!organization || !dataPattern(otherDutiesData.organizations).test(organizationFamily(organization))) return false;
  // The consultant named as the one who acts marks a consultant's Terms of Reference, whatever its title says.
  const consultant = dataPattern(otherDutiesData.consultantInDutiesPattern, 'i');
  if (context.pathsOfKey('duties').some((path) => context.list(path).some((duty) => typeof duty === 'string' && consultant.test(duty))))
    return false;
  // A Terms of Reference that lists deliverables is paid by output: a reviewer does not ask it for open-ended duties.
  if (
    otherDutiesData.deliverableBased.some((field) => context.list([field]).some((item) => typeof item === 'string' && item.trim() !== ''))
  )
    return false;
  return !Object.entries(otherDutiesData.consultancy).some(([field, pattern]) => {
    const value = context.text([field]);
    return value !== undefined && dataPattern(pattern, 'i').test(value);
  });
}

/**
 * Items that are no duty at all (other-duties.json notDutyPatterns): a lone word, a page mark, a header label; and,
 * among short items (shortItemMaxWords), a heading of a group of duties.
 */
const notDutyPatterns = Object.values(otherDutiesData.notDutyPatterns).map((source) => dataPattern(source, 'i'));
const shortItemPatterns = Object.values(otherDutiesData.shortItemPatterns).map((source) => dataPattern(source, 'i'));
/** An item's words with white space other than a tab (a table row's mark) read as a space. */
function flattened(duty: string): string {
  const read = readDuty(duty);
  // Most items have only single spaces, and are then read as they are (a runaway item of 300,000 words is not copied).
  return otherSpace.test(read) ? read.replace(/[^\S\t]+/g, ' ') : read;
}

/** Whether an item is a table row, a label line, a page mark or a numbered heading (notDutyPatterns), whatever its length. */
const matchesNotDutyPattern = (duty: string): boolean => {
  const text = flattened(duty);
  return notDutyPatterns.some((pattern) => pattern.test(text));
};

export const isNotADuty = (duty: string): boolean => {
  const text = flattened(duty);
  if (notDutyPatterns.some((pattern) => pattern.test(text))) return true;
  // Words before a remark in parentheses ('Generic responsibilities (max 10)').
  const paren = text.indexOf('(');
  const max = otherDutiesData.shortItemMaxWords;
  if (wordsUpTo((paren >= 0 ? text.slice(0, paren) : text).trim(), max + 1) > max) return false;
  // A short capitalised line without any sentence punctuation is a heading ('Critical interfaces', 'Terms of Reference').
  return /^\p{Lu}[^.;!?]*$/u.test(text) || shortItemPatterns.some((pattern) => pattern.test(text));
};

/** White space other than one space between two characters. */
const otherSpace = /[^\S ]| {2}/;

/** How many words a trimmed text of single spaces holds (its spaces plus one), counted up to `most`. */
function wordsUpTo(text: string, most: number): number {
  let words = 1;
  for (let at = text.indexOf(' '); at >= 0 && words < most; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

/**
 * The clauses of a duty: a run-on list of duties joined by ';' ("…; supervises interns; performs other duties as
 * required.") holds the catch-all as its last clause; so does a duty an import joined to the next line as a sentence
 * of its own ("Prepare the monthly reports. Perform such other duties as may be assigned.").
 */
const clausesOf = (duty: string): string[] => duty.split(/;\s*(?:and\s+)?|(?<=[a-z)]\.)\s+(?=[A-Z])/).map((clause) => clause.trim());

/** Words no phrase ends with (other-duties.json cutOffEndWords): an item that ends with one breaks off mid-phrase. */
const cutOffEndWords = new Set(otherDutiesData.cutOffEndWords);
/** Words that close a run-on list's item after ',' or ';' ("…; and"): there they end the item as English punctuates it. */
const listJoiners = new Set(otherDutiesData.listJoiners);
const stackedLabel = dataPattern(otherDutiesData.labelEndingInPrepositionPattern, 'i');

/**
 * The word a duty breaks off after ("Maintain the referral directory for the"), or undefined when it ends as a phrase
 * can end. Real postings write duties as sentences, as noun phrases ("Preparation of monthly reports") or as bullets
 * without stops, and reviewers accept all of them (s20: every "not a sentence" finding on real postings was rejected);
 * what they do flag is an item that stops mid-phrase, cut by a page or a mail client or left half-written.
 */
export function cutOffWord(duty: string): string | undefined {
  const text = readDuty(duty).trimEnd();
  const last = lastLatinWord(text);
  if (!last || !cutOffEndWords.has(last.word.toLowerCase())) return undefined;
  // "…; and" / "…, or" closes an item of a list run on as one sentence.
  if (listJoiners.has(last.word.toLowerCase()) && /[,;]$/.test(last.before)) return undefined;
  // A stacked header label whose value stands on the next line ("Reports to" / "Country Director").
  if (stackedLabel.test(text)) return undefined;
  return last.word;
}

/** What checkDuties asks of one duty, as bits (dutyShape): a pure function of its text. */
const catchAll = 1;
const notADuty = 2;
const leadInShape = 4;
const cutOff = 8;

/**
 * The shape of each distinct duty, remembered by its text: a large posting lists hundreds of duties, and while an
 * author types in one of them (or elsewhere) the others are the same texts as in the check before.
 */
const dutyShapes = new TextMemo((duty: string): number => {
  const text = readDuty(duty);
  return (
    (/:$/.test(text) || /^\p{Lu}[^:]{0,80}:\s+\p{Ll}/u.test(text) ? leadInShape : 0) |
    (clausesOf(text).some(isOtherDuties) ? catchAll : 0) |
    (isNotADuty(duty) ? notADuty : 0) |
    // A short line broken off ("Support the") reads as a heading to isNotADuty; no heading ends with "the".
    (cutOffWord(duty) !== undefined && !matchesNotDutyPattern(duty) ? cutOff : 0)
  );
});

const dutyShape = (duty: string) => dutyShapes.get(duty);

/** How many items a lead-in a page broke up may span before its ':' (two lines of a PDF, or three). */
const maxLeadInPieces = 2;

const notExhaustive = otherDutiesData.notExhaustive.map((source) => dataPattern(source, 'i'));

/**
 * Whether the list says it is not exhaustive, which the catch-all is there to say: a lead-in ('… include, but are not
 * limited to:'), an item that says it of the list ('The list below is not exhaustive.'), or the organisation's standard
 * template, whose heading says so (other-duties.json). A duty that says it of its own scope says nothing of the list.
 */
function saysNotExhaustive(context: RuleContext, duties: readonly string[]): boolean {
  const organization = context.text(['organization'])?.trim();
  if (organization && dataPattern(otherDutiesData.notExhaustiveTemplates).test(organizationFamily(organization))) return true;
  const statement = dataPattern(otherDutiesData.notExhaustiveStatement, 'i');
  return duties.some((duty) => {
    const text = readDuty(duty);
    return (dutyShape(duty) & leadInShape && notExhaustive.some((pattern) => pattern.test(text))) || statement.test(text);
  });
}

function checkDuties(context: RuleContext, path: Path): void {
  const items = context.list(path);
  const list = items.filter((duty): duty is string => typeof duty === 'string');
  if (!list.length || list.length < items.length) return;
  // An empty item is reported once, as empty-value, as `- ` is: it is neither a duty cut off nor the last duty.
  const duties = list.filter((duty) => duty.trim() !== '');
  if (!duties.length) return;
  list.forEach((duty, index) => {
    if (!duty.trim() || !(dutyShape(duty) & cutOff)) return;
    // A lead-in a page broke over items ("Under the supervision of" / "the Head of Office, the Officer will:") opens
    // the list: its pieces are no duties.
    const leadInFollows = list.slice(index + 1, index + 1 + maxLeadInPieces).some((next) => readDuty(next).endsWith(':'));
    if (leadInFollows) return;
    // The item it breaks off into, if the list goes on: the fix joins the two, as the author asks for it.
    const next = list[index + 1];
    const joinNext = next?.trim() ? `${duty.trimEnd()} ${next.trimStart()}` : undefined;
    context.report(
      'duty-not-a-sentence',
      contentRange(context, [...path, index]),
      { number: index + 1, word: cutOffWord(duty) ?? '' },
      joinNext === undefined ? { path: [...path, index] } : { path: [...path, index], joinNext },
    );
  });
  // Anywhere in the list: UNHCR's Standard Job Description ends Responsibility with the catch-all and lists Authority
  // after it, and both land in the duties; and as the last clause of a duty that runs the list on with ';'.
  // A list of headings and labels only ("Terms of Reference") holds no duties for a catch-all to close.
  const anyDuty = duties.some((duty) => !(dutyShape(duty) & notADuty));
  if (anyDuty && !duties.some((duty) => dutyShape(duty) & catchAll) && !saysNotExhaustive(context, duties) && expectsOtherDuties(context)) {
    context.report(
      'last-duty-not-other-duties',
      contentRange(context, [...path, duties.length - 1]),
      { duty: otherDuties },
      { path, append: [otherDuties], autoFixable: true },
    );
  }
}

export const dutyRules: Rule = {
  codes: ['duty-not-a-sentence', 'last-duty-not-other-duties'],
  check(context) {
    for (const path of context.pathsOfKey('duties')) checkDuties(context, path);
  },
};
