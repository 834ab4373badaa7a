import otherDutiesData from '../../../../schemas/other-duties.json';
import { contentRange } from './postingText';
import type { Rule, RuleContext } from './rule';
import type { Path } from '../document/yamlNodes';
import { dataPattern } from '../text/patterns';
import { TextMemo } from '../text/memo';

export const otherDuties = 'Perform other duties as required.';

/** The catch-all in its common English and Japanese forms (schemas/other-duties.json). */
const isOtherDuties = (duty: string) => otherDutiesData.patterns.some((pattern) => dataPattern(pattern, 'i').test(readDuty(duty)));

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
 * under `un-staff` (the general profile) only for a UN organisation's post that is not a consultancy; never for a
 * company (profiles.json otherDutiesLine).
 */
function expectsOtherDuties(context: RuleContext): boolean {
  const when = context.profile.otherDutiesLine ?? 'always';
  if (when !== 'un-staff') return when === 'always';
  const organization = context.text(['organization'])?.trim();
  if (!organization || !dataPattern(otherDutiesData.organizations).test(organization)) return false;
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
export const isNotADuty = (duty: string): boolean => {
  const read = readDuty(duty);
  // White space other than a tab (a table row's mark) read as a space: most items have only single spaces, and are then
  // read as they are (a runaway item of 300,000 words is not copied).
  const text = otherSpace.test(read) ? read.replace(/[^\S\t]+/g, ' ') : read;
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
 * required.") holds the catch-all as its last clause.
 */
const clausesOf = (duty: string): string[] => duty.split(/;\s*(?:and\s+)?/).map((clause) => clause.trim());

/** Up to a short Latin or numeric token (an acronym, a model name, a quantity), then Japanese script. */
const japaneseAfterLatin = /^[\p{sc=Latin}\p{Nd}][\p{sc=Latin}\p{Nd} .,/+&\u30fb\u30fc-]{0,15}[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * A duty reads as a sentence: it opens with a capital letter (the verb, "Conduct …") and ends with a full stop,
 * or with a semicolon (optionally "; and" / "; or") when the duties run on as one list. Japanese has no capitals, and
 * Japanese postings list duties as phrases without 。 (入居者様の食事の介助): a reviewer does not ask for sentences there.
 * A capitalised lead-in ending with ':' introduces the list that follows (UN Secretariat job openings): it passes.
 * A Japanese duty may open with a Latin acronym, a product name or a number (CNC旋盤の操作, 3DCADでの設計, 2トン
 * トラックの運転): what follows decides, as for any Japanese duty. After a lead-in that ends with ':' (an item of its
 * own, or the start of the first one: "The consultant will: review …;"), items continue its sentence and may start in
 * lower case, as English punctuates such a list; a list that is all in lower case after its lead-in may have lost the
 * ';' an import's split dropped (checkDuties).
 */
export function isDutySentence(duty: string, continuesLeadIn = false): boolean {
  const text = duty.trim();
  // After a lead-in ("The consultant will:"), each item continues its sentence: "review the documents;" … "and report."
  if (continuesLeadIn && /^\p{Ll}/u.test(text) && /(?:[.;]|;\s*(?:and|or)|,\s*and)$/.test(text)) return true;
  // A lead-in that opens the list ("Within delegated authority, the incumbent will:") is no duty of its own.
  if (/^\p{Lu}/u.test(text) && text.endsWith(':')) return true;
  if (/^\p{Lo}/u.test(text) || japaneseAfterLatin.test(text)) return true;
  return /^\p{Lu}/u.test(text) && /(?:[.;!]|;\s*(?:and|or))$/.test(text);
}

/** What checkDuties asks of one duty, as bits (dutyShape): a pure function of its text. */
const sentence = 1;
const sentenceAfterLeadIn = 2;
const leadInShape = 4;
const catchAll = 8;
const notADuty = 16;

/**
 * The shape of each distinct duty, remembered by its text: a large posting lists hundreds of duties, and while an
 * author types in one of them (or elsewhere) the others are the same texts as in the check before.
 */
const runOnShape = 32;
/** The duty ends without a stop or a colon: the last character is a letter, a digit or a closing bracket or quote. */
const endsOpen = 64;
/** The duty opens as a sentence does: a capital letter, or Japanese script. */
const capitalised = 128;

/** How many items a lead-in a page broke up may span before its ':' (two lines of a PDF, or three). */
const maxLeadInPieces = 2;

const dutyShapes = new TextMemo((duty: string): number => {
  const text = readDuty(duty);
  const asSentence = isDutySentence(text);
  return (
    (asSentence ? sentence : 0) |
    (asSentence || isDutySentence(text, true) ? sentenceAfterLeadIn : 0) |
    (/:$/.test(text) || /^\p{Lu}[^:]{0,80}:\s+\p{Ll}/u.test(text) ? leadInShape : 0) |
    (clausesOf(text).some(isOtherDuties) ? catchAll : 0) |
    (isNotADuty(duty) ? notADuty : 0) |
    (/^\p{Ll}/u.test(text) && /;(?:\s*(?:and|or))?$/.test(text) ? runOnShape : 0) |
    (/[\p{L}\p{N})\]"'\u201d\u2019]$/u.test(text) ? endsOpen : 0) |
    (/^[\p{Lu}\p{Lo}]/u.test(text) ? capitalised : 0)
  );
});

const dutyShape = (duty: string) => dutyShapes.get(duty);

/**
 * Whether the field just before the duties ends with a lead-in ("… The incumbent will, in particular:"): the import
 * kept the paragraph's opening in the introduction and its lettered items as the duties, which continue its sentence.
 */
function leadInBefore(context: RuleContext, path: Path): boolean {
  const parent = context.get(path.slice(0, -1));
  if (!parent || typeof parent !== 'object' || Array.isArray(parent)) return false;
  const keys = Object.keys(parent);
  const before = (parent as Record<string, unknown>)[keys[keys.indexOf(String(path[path.length - 1])) - 1]];
  return typeof before === 'string' && before.trim().endsWith(':');
}

const notExhaustive = otherDutiesData.notExhaustive.map((source) => dataPattern(source, 'i'));

/**
 * Whether the list says it is not exhaustive, which the catch-all is there to say: a lead-in ('… include, but are not
 * limited to:'), an item that says it of the list ('The list below is not exhaustive.'), or the organisation's standard
 * template, whose heading says so (other-duties.json). A duty that says it of its own scope says nothing of the list.
 */
function saysNotExhaustive(context: RuleContext, duties: readonly string[]): boolean {
  const organization = context.text(['organization'])?.trim();
  if (organization && dataPattern(otherDutiesData.notExhaustiveTemplates).test(organization)) return true;
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
  // An empty item is reported once, as empty-value, as `- ` is: it is neither a sentence nor the last duty.
  const duties = list.filter((duty) => duty.trim() !== '');
  if (!duties.length) return;
  if (duties.length < list.length) {
    list.forEach((duty, index) => {
      if (duty.trim() && !(dutyShape(duty) & (sentence | notADuty)))
        context.report('duty-not-a-sentence', contentRange(context, [...path, index]), { number: index + 1 }, { path: [...path, index] });
    });
    return;
  }
  // Items in lower case that end with ';' run on as one sentence whose lead-in stands before the list: a lettered
  // paragraph ("The incumbent will, in particular: a) map …; b) support …;") that an import split into its items.
  const runOn = duties.filter((duty) => dutyShape(duty) & runOnShape).length >= 2;
  const leadIn = runOn ? -1 : duties.findIndex((duty) => dutyShape(duty) & leadInShape);
  const ledIn = runOn || leadInBefore(context, path);
  const listed = duties.slice(leadIn + 1).filter((duty) => !(dutyShape(duty) & notADuty));
  const lowerCaseList = listed.length >= 2 && listed.every((duty) => /^\p{Ll}/u.test(readDuty(duty)) || dutyShape(duty) & catchAll);
  // A list most of whose items end without a stop is written as bullets without one, as many real postings write their
  // duties ('Provide technical oversight of needs assessments', 'Regular site visits'): only a list that punctuates its
  // items asks the odd one for its stop.
  const unpunctuated = listed.length >= 2 && listed.filter((duty) => dutyShape(duty) & endsOpen).length * 2 > listed.length;
  // A lead-in a page broke over two items ("Under the supervision of the Senior Officer" / "(P4), the Officer will:"):
  // the items before it open its sentence and are no duties.
  const leadInPieces = leadIn >= 0 && leadIn <= maxLeadInPieces && duties.slice(0, leadIn).every((duty) => !(dutyShape(duty) & sentence));
  duties.forEach((duty, index) => {
    const continues = ledIn || (leadIn >= 0 && index > leadIn);
    if (leadInPieces && index <= leadIn) return;
    // "a) plan …; b) supervise …" split into items that lost their ';': every item after the lead-in in lower case.
    if (continues && lowerCaseList && /^\p{Ll}/u.test(readDuty(duty))) return;
    if (unpunctuated && dutyShape(duty) & endsOpen && dutyShape(duty) & capitalised) return;
    if (!(dutyShape(duty) & ((continues ? sentenceAfterLeadIn : sentence) | notADuty))) {
      context.report('duty-not-a-sentence', contentRange(context, [...path, index]), { number: index + 1 }, { path: [...path, index] });
    }
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
