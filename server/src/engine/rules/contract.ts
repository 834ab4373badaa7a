import { hasPlaceholder } from '../wording/placeholders';
import eligibility from '../../../../schemas/eligibility.json';
import gradeTable from '../../../../schemas/grade-requirements.json';
import { builtUnion, dataPattern } from '../text/patterns';
import type { TextAt } from './dataIndex';
import { phraseRange } from './postingText';
import { degreeIn, degreesHighestFirst, normalizeGrade, yearsPhraseIn, type Degree } from './requirementsText';
import type { Rule, RuleContext } from './rule';
import { isRecord } from '../text/records';
import { TextMemo } from '../text/memo';
import { WindowSearch } from '../text/windowSearch';

export type ContractKind = keyof typeof eligibility.contracts;
const kinds = Object.keys(eligibility.contracts) as ContractKind[]; // Object.keys types keys as string[]

function contractKind(affiliateType: string | undefined): ContractKind | undefined {
  return affiliateType ? kinds.find((kind) => dataPattern(eligibility.contracts[kind].affiliateTypes).test(affiliateType)) : undefined;
}

/** One pattern for all of a kind's statements: a text it does not match is not tried pattern by pattern. */
const anyStatement = Object.fromEntries(
  kinds.map((kind) => [kind, builtUnion(`contract statements: ${kind}`, eligibility.contracts[kind].patterns, 'i')]),
) as Record<ContractKind, RegExp>; // Object.fromEntries loses the key type; one entry per kind above

/**
 * How far an attempt of a statement pattern reads, in runs of `wordRunCode`: a word (a run of `\w` characters, as
 * `\w+` reads it), a stretch of white space, or any other character. test/unit/typingCaches.test.ts proves the bound
 * from the patterns' syntax.
 */
export const statementReach = 128;

/** The run of a character for statementReach: words, white space, and every other character alone. */
function wordRunCode(code: number): number {
  if (code === 32 || (code >= 9 && code <= 13)) return 32;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95) return 48;
  if (code < 128) return code;
  return /\s/.test(String.fromCharCode(code)) ? 32 : code;
}

/** The run of a character, as a character (tests prove the reach with it). */
export function wordRunOf(character: string): string {
  return String.fromCharCode(wordRunCode(character.charCodeAt(0)));
}

/** From this length on, a text is searched for a statement around its change only (WindowSearch). */
const longText = 2000;

/** Whether a long text holds a statement of a kind, searched after a key only around the change (`reach`: tests). */
export function statementSearch(kind: ContractKind, reach = statementReach): WindowSearch<boolean> {
  const union = anyStatement[kind];
  return new WindowSearch([[{ regex: new RegExp(union.source, 'gi') }]], wordRunCode, reach, (value, goods) =>
    goods ? goods[0][0].length > 0 : union.test(value),
  );
}

const statementSearches = Object.fromEntries(kinds.map((kind) => [kind, statementSearch(kind)])) as Record<
  ContractKind,
  WindowSearch<boolean>
>; // one entry per kind, as anyStatement

/**
 * Whether a short text holds a statement of a kind, remembered per text: a posting's hundreds of short values (duties,
 * lines of a list) are the same text from key to key, and each was searched again with the kind's union on every check.
 */
const shortStatements = Object.fromEntries(kinds.map((kind) => [kind, new TextMemo((text) => anyStatement[kind].test(text))])) as Record<
  ContractKind,
  TextMemo<boolean>
>; // one entry per kind, as anyStatement

/** Whether a text may state the eligibility of a kind of contract (one of its patterns matches somewhere). */
function mayState(kind: ContractKind, text: string): boolean {
  return text.length < longText ? shortStatements[kind].get(text) : statementSearches[kind].get(text);
}

/** The first text that states the eligibility of a kind of contract, with the matched words. */
function statementOf(kind: ContractKind, texts: TextAt[]): { at: TextAt; phrase: string } | undefined {
  for (const at of texts) {
    if (!mayState(kind, at.text)) continue;
    for (const pattern of eligibility.contracts[kind].patterns) {
      const match = dataPattern(pattern, 'i').exec(at.text);
      if (match) return { at, phrase: match[0] };
    }
  }
  return undefined;
}

function checkEligibility(context: RuleContext, affiliateType: string, kind: ContractKind): void {
  const texts = context.allTexts();
  const other = kinds.find((k) => k !== kind)!; // there are two kinds (local, international): the other one exists
  const contradiction = statementOf(other, texts);
  if (contradiction) {
    context.report(
      'eligibility-contradicts-contract',
      phraseRange(context, contradiction.at.path, contradiction.phrase),
      { affiliate: affiliateType, kind: eligibility.contracts[kind].title, other: eligibility.contracts[other].title },
      { path: contradiction.at.path },
    );
  }
  if (!dataPattern(eligibility.contracts[kind].statementExpectedFor).test(affiliateType) || statementOf(kind, texts)) return;
  // Only the organisations whose postings publish the statement lack it (eligibility.json statementExpectedOf).
  const contract = eligibility.contracts[kind];
  const organization = context.text(['organization']);
  if ('statementExpectedOf' in contract && organization && !dataPattern(contract.statementExpectedOf, 'i').test(organization)) return;
  // A country still to be written (a placeholder) is not a country to quote.
  const country = context.text(['country']);
  const known = country && !hasPlaceholder(country) ? country : undefined;
  const statement = eligibility.contracts[kind].statement.replace('{country}', known ?? 'the country of assignment');
  context.report(
    `${kind}-eligibility-missing`,
    context.valueRange(['affiliate_type']),
    { affiliate: affiliateType, statement },
    {
      path: ['position_notes'],
      append: [statement],
    },
  );
}

const affiliateLevel = /^UNOPS ((?:L|I)ICA)(\d{1,2})$/;
const writtenLevels = [
  /\b((?:L|I)ICA)[\s-]?(\d{1,2})\b/i,
  /\b(Local|International) Individual Contractor Agreement,?\s+(?:\(\w+\)\s+)?Level\s+(\d{1,2})\b/i,
];

function levelWritten(text: string): { phrase: string; level: string } | undefined {
  for (const pattern of writtenLevels) {
    const match = pattern.exec(text);
    if (match) return { phrase: match[0], level: `${match[1][0].toUpperCase()}ICA${Number(match[2])}` };
  }
  return undefined;
}

function checkIcaLevel(context: RuleContext, affiliateType: string): void {
  const header = affiliateLevel.exec(affiliateType);
  if (!header) return;
  const expected = `${header[1]}${Number(header[2])}`;
  const icaLevel = context.text(['terms_of_reference', 'ica_level']);
  if (icaLevel && icaLevel.replace(/[\s-]/g, '').toUpperCase() !== expected) {
    const path = ['terms_of_reference', 'ica_level'];
    context.report(
      'ica-level-mismatch',
      context.valueRange(path),
      { written: icaLevel, affiliate: affiliateType },
      { path, suggestions: [expected] },
    );
  }
  for (const [index, note] of context.list(['position_notes']).entries()) {
    if (typeof note !== 'string') continue;
    const written = levelWritten(note);
    if (!written || written.level === expected) continue;
    const path = ['position_notes', index];
    context.report(
      'ica-level-mismatch',
      phraseRange(context, path, written.phrase),
      { written: written.phrase, affiliate: affiliateType },
      { path },
    );
  }
}

type Requirement = { years: number; verified: boolean };
// Looked up by any grade a posting states; the JSON import types it by its literal grades.
const grades = gradeTable.grades as Record<string, Partial<Record<Degree, Requirement>>>;

/**
 * The staff grade a posting is at: its `grade`, the ToR's corresponding level, or its ICA level through the table
 * (`throughIca`: an approximate equivalent, whose figures count as verified only where the table says so).
 */
function gradeOf(context: RuleContext, affiliateType: string | undefined): { grade: string; throughIca: boolean } | undefined {
  const stated = context.text(['grade']) ?? context.text(['terms_of_reference', 'corresponding_level']);
  if (stated) return { grade: normalizeGrade(stated), throughIca: false };
  const level = affiliateType && affiliateLevel.exec(affiliateType);
  if (!level) return undefined;
  const ica = `${level[1]}${Number(level[2])}`;
  const mapping: Record<string, string> = { ...gradeTable.icaGrades, ...context.settings.parameters.icaGrades };
  return mapping[ica] ? { grade: normalizeGrade(mapping[ica]), throughIca: true } : undefined;
}

/** The grade's requirement for a degree: its own row, else the row of the nearest lower degree ("Bachelor or higher"). */
function requirementFor(grade: string, degree: Degree): { degree: Degree; requirement: Requirement } | undefined {
  const row = grades[grade];
  if (!row) return undefined;
  for (const candidate of degreesHighestFirst.slice(degreesHighestFirst.indexOf(degree))) {
    const requirement = row[candidate];
    if (requirement) return { degree: candidate, requirement };
  }
  return undefined;
}

function checkExperience(context: RuleContext, affiliateType: string | undefined): void {
  const graded = gradeOf(context, affiliateType);
  if (!graded || !grades[graded.grade]) return;
  const { grade, throughIca } = graded;
  const allFigures = context.settings.parameters.gradeFigures === 'all';
  for (const path of context.pathsOfKey('work_experience')) {
    const experience = context.get(path);
    if (!isRecord(experience)) continue;
    const { essential, minimum_years: minimumYears } = experience;
    const education = context.text([...path.slice(0, -1), 'education']);
    const degree = education ? degreeIn(education) : undefined;
    const written = typeof essential === 'string' ? yearsPhraseIn(essential) : undefined;
    const years = typeof minimumYears === 'number' ? minimumYears : written?.years;
    if (!degree || years === undefined) continue;
    const found = requirementFor(grade, degree);
    const verified = found?.requirement.verified === true && (!throughIca || gradeTable.icaFiguresVerified);
    if (!found || years >= found.requirement.years || (!verified && !allFigures)) continue;
    const at = typeof minimumYears === 'number' ? [...path, 'minimum_years'] : [...path, 'essential'];
    context.report(
      'experience-below-grade',
      typeof minimumYears === 'number' || !written ? context.valueRange(at) : phraseRange(context, at, written.phrase),
      {
        grade,
        required: found.requirement.years,
        degree: gradeTable.degreeTitles[found.degree],
        years,
        note: verified ? '' : ' (an unverified figure)',
      },
      { path: at },
    );
  }
}

export const contractRules: Rule = {
  codes: [
    'local-eligibility-missing',
    'international-eligibility-missing',
    'eligibility-contradicts-contract',
    'ica-level-mismatch',
    'experience-below-grade',
  ],
  check(context) {
    const affiliateType = context.text(['affiliate_type']);
    const kind = contractKind(affiliateType);
    const sponsored = context.text([eligibility.sponsoredField]) !== undefined;
    if (affiliateType && kind && !sponsored) checkEligibility(context, affiliateType, kind);
    if (affiliateType) checkIcaLevel(context, affiliateType);
    checkExperience(context, affiliateType);
  },
};
