import accommodation from '../../../../schemas/accommodation-statements.json';
import closing from '../../../../schemas/closing-statements.json';
import type { Rule, RuleContext } from './rule';
import { dataPattern, escapeRegExp } from '../text/patterns';
import { statementCarrier } from '../template/statements';

type ConceptSets = { all?: (string | string[])[]; all_ja?: string[] };
const conceptsOf: Record<string, ConceptSets | undefined> = closing.conceptPatterns.statements;

/** What a paste or an import leaves before a sentence's words: a bullet or its HTML entity. */
const leadingMark = /^(?:[-+*\u2022\u00b7]|&bull;|&#8226;)\s*/;
/** A disclaimer's run-in label before the sentence ("Non-discrimination: UNDP has a zero-tolerance policy …"). */
const runInLabel = /^[A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,3}: (?=[A-Z])/;

/** The sentences of a text, each with white space read as one space: a line break ends a heading or a paragraph. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?\u3002]) /))
    .map((sentence) => sentence.trim().replace(leadingMark, '').replace(runInLabel, ''))
    .filter(Boolean);
}

/**
 * Whether some sentence of the posting states the statement in its own words (closing-statements.json conceptPatterns): a
 * term of every concept set in one sentence, and in English a sentence that is the organisation's own (it opens with
 * the organisation or a subject such as "We" or "Applications").
 */
function statedInOtherWords(id: string, texts: string[], organization: string): boolean {
  const concepts = conceptsOf[id];
  if (!concepts) return false;
  // A concept is a pattern, or a list of patterns any of which will do.
  const english = (concepts.all ?? []).map((concept) => [concept].flat().map((source) => dataPattern(source, 'i')));
  const japanese = (concepts.all_ja ?? []).map((source) => dataPattern(source, 'i'));
  const subject = dataPattern(closing.conceptPatterns.subjects, 'i');
  const own = dataPattern(`^(?:the )?${escapeRegExp(organization)}\\b`, 'i');
  return texts.some((text) =>
    sentencesOf(text).some((sentence) => {
      if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(sentence)) return japanese.length > 0 && japanese.every((concept) => concept.test(sentence));
      return (
        english.length > 0 &&
        (own.test(sentence) || subject.test(sentence)) &&
        english.every((concept) => concept.some((pattern) => pattern.test(sentence)))
      );
    }),
  );
}

/** The strings of a field that holds one text or a list of them (closing statements, notes). */
export function stringsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

/**
 * The texts that state a posting's standard statements: its closing statements, and the text of the fields the
 * posting publishes as written (closing-statements.json alsoIn, e.g. notes), less those that only list values or
 * competencies (notStatement). Both the closing-statement and the reasonable-accommodation checks read these.
 */
export function statementTexts(context: RuleContext): string[] {
  const listsValues = dataPattern(closing.notStatement, 'i');
  return [
    ...stringsOf(context.get(['closing_statements'])),
    ...closing.alsoIn.flatMap((key) => stringsOf(context.get([key]))).filter((text) => !listsValues.test(text.trim())),
  ];
}

/**
 * Whether the posting is a sponsor's recruitment notice (closing-statements.json sponsorFields) whose closing notes are
 * the sponsor's own: none of them is one of the organisation's standard or accommodation statements, and one names the
 * sponsor or speaks of the host organisation in the sponsor's voice ("派遣先機関"). These are not asked of the notice. An agency's opening that names its sponsor is the agency's vacancy.
 */
export function sponsorsNotice(context: RuleContext): boolean {
  const sponsor = closing.sponsorFields.map((key) => (context.text([key]) ?? '').trim()).find(Boolean);
  if (!sponsor) return false;
  const notes = stringsOf(context.get(['closing_statements']));
  const patterns = [...closing.statements.flatMap((statement) => [statement.pattern].flat()), accommodation.pattern].map((source) =>
    dataPattern(source, 'i'),
  );
  if (notes.some((text) => patterns.some((pattern) => pattern.test(text)))) return false;
  const names = [...sponsorNames(sponsor), sponsorVoice];
  return notes.some((text) => names.some((name) => name.test(text)));
}

const titleWord = dataPattern(closing.sponsorTitleWordPattern, 'i');
/** A note in the sponsor's voice: it speaks of the host organisation as a third party (closing-statements.json). */
const sponsorVoice = dataPattern(closing.sponsorVoicePattern, 'i');

/**
 * What names a sponsor in a text: its value, its own words (not a government's title), each a whole word of Latin
 * script, and the names of its alias (closing-statements.json).
 */
function sponsorNames(sponsor: string): RegExp[] {
  const words = sponsor.split(/[\s,()]+/).filter((word) => word.length > 1 && !titleWord.test(word));
  const aliases = closing.sponsorAliasPatterns.map((source) => dataPattern(source, 'i')).filter((alias) => alias.test(sponsor));
  return [sponsor, ...words]
    .map((name) => new RegExp(`(?<![A-Za-z0-9\\u00c0-\\u024f])${escapeRegExp(name)}(?![A-Za-z0-9\\u00c0-\\u024f])`, 'i'))
    .concat(aliases);
}

/**
 * Checks the standard closing statements of a UN posting. It runs only once a posting has a
 * `closing_statements` section: the careers site adds these sentences itself, so a ToR without the
 * section (like the source postings) is not missing anything the author wrote.
 */
export const closingRules: Rule = {
  codes: ['closing-statement-missing'],
  check(context) {
    const organization = context.text(['organization'])?.trim();
    if (!organization) return;
    const value = context.get(['closing_statements']);
    if (value === undefined || sponsorsNotice(context)) return;
    const texts = statementTexts(context);
    // Every text of the posting: the closing statements, an intro, a background, the notes.
    const allTexts = context.allTexts().map(({ text }) => text);
    const profile = context.profile.id;
    for (const statement of closing.statements) {
      if ('notProfiles' in statement && statement.notProfiles?.includes(profile)) continue;
      // Only what the organisation's own postings carry is asked of it, in its own words.
      const carrier = statementCarrier(statement, organization);
      if (!carrier) continue;
      const patterns = [statement.pattern].flat().map((source) => dataPattern(source, 'i'));
      if (carrier.alsoPattern) patterns.push(carrier.alsoPattern);
      if (texts.some((text) => patterns.some((pattern) => pattern.test(text)))) continue;
      if (statedInOtherWords(statement.id, allTexts, organization)) continue;
      const sentence = carrier.text;
      context.report(
        'closing-statement-missing',
        context.keyRange(['closing_statements']),
        { statement: statement.title, text: sentence },
        { path: ['closing_statements'], append: [sentence], statement: statement.id },
      );
    }
  },
};
