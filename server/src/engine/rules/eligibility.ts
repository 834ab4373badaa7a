import type { Range } from '../text/positions';
import type { Path } from '../document/yamlNodes';
import { dataPattern, escapeRegExp, literalAlternation } from '../text/patterns';
import { halfWidthDigits, withWesternYears } from '../text/japaneseDates';
import { TextMemo } from '../text/memo';
import { phraseRange } from './postingText';
import type { Rule, RuleContext } from './rule';
import { programmeSponsored } from '../template/profiles';

/** A requirement that shuts out the people a profile serves, as schemas/profiles.json states it. */
interface ExcludingRequirement {
  label: string;
  /** The label in Japanese, for the Japanese message; the English one stands in where it is missing. */
  label_ja?: string;
  pattern: string;
  instead: string;
  replacement?: string;
}

/** A profile's eligibility limits (schemas/profiles.json). Each check runs only when its limit is present. */
export interface EligibilityLimits {
  /** The sponsors whose programme sets these limits (profiles.json): a post another one sponsors is not checked. */
  sponsorPattern?: string;
  maxAge?: number;
  /** Words that count the age at the application deadline: the deadline is then the reference date (profiles.json). */
  ageAtDeadlinePattern?: string;
  nationality?: string;
  minimumDegree?: string;
  acceptedDegrees?: string[];
  minimumExperienceYears?: number;
  experienceExcludes?: string[];
  /** Each excluded kind as a text states it (profiles.json): a posting that says so in its own words has stated it. */
  experienceExcludePatterns?: Record<string, string>;
  englishTests?: string[];
  civilServantsSinceFiscalYear?: number;
  /** Fields only an agency's own vacancy has: without a text in the sponsor's language, it is not asked the sponsor's rules. */
  agencyVacancyFields?: string[];
  /** A text in the sponsor's language: the posting is the sponsor's notice (profiles.json). */
  sponsorNoticePattern?: string;
  /** A date the age is counted on as a text states it: the date, in a text that `requires` words of age (profiles.json). */
  ageReferenceStated?: { pattern: string; requires: string };
  /** An age limit stated as a birth date: 'born on or after 2 April 1990' (profiles.json). */
  birthDateLimitPattern?: string;
  /** An age limit stated in a sentence: 'aged 35 or under', '35歳以下' (profiles.json). */
  ageLimitStatedPattern?: string;
  /** That serving civil servants may apply, as a text states it (profiles.json). */
  civilServantsMayApplyPattern?: string;
  termField?: string[];
  fieldExperienceArea?: string;
  fieldExperiencePattern?: string;
  textFields?: string[][];
  excludingRequirements?: ExcludingRequirement[];
  /** A sentence that states the employer's support for the status of residence, unless negated (profiles.json). */
  statedResidenceSupport?: { pattern: string; negation: string };
  /** Groups of open_to that already hold a status letting them take any work (profiles.json). */
  groupsHoldingWorkingStatus?: string[];
}

const eligibility = ['eligibility'];

function limitsOf(context: RuleContext): EligibilityLimits {
  const limits = (context.profile.eligibility ?? {}) as EligibilityLimits; // profiles.json's eligibility limits have this shape
  // A programme's limits bind only the posts it sponsors: a JPO funded by another government has other rules. A
  // posting that names no sponsor is the programme's when any of its texts names the programme's country or ministry.
  const texts = () => context.allTexts().map((at) => at.text);
  return programmeSponsored(context.profile, context.text(['sponsor']), texts) ? limits : {};
}

function numberAt(context: RuleContext, path: Path): number | undefined {
  const value = context.get(path);
  return typeof value === 'number' ? value : undefined;
}

/** Where a missing field under `eligibility` is reported: the Eligibility key. */
function eligibilityKey(context: RuleContext): Range {
  return context.keyRange(eligibility);
}

/**
 * "令和８年４月１日時点で" read as "2026年4月1日時点で", as the importer reads it: once per text, not once for each
 * statement the checks look for in it.
 */
const westernDated = new TextMemo((text: string) => withWesternYears(halfWidthDigits(text)));

/**
 * True when one of the posting's texts (one item of a list at a time) states what `source` says: a reviewer who reads
 * it in the eligibility sentences, a note or a closing statement sees it stated, whatever the structured fields hold.
 */
function statedAnywhere(context: RuleContext, source: string | undefined, requires?: string): boolean {
  if (!source) return false;
  const pattern = dataPattern(source, 'i');
  const also = requires === undefined ? undefined : dataPattern(requires, 'i');
  return context.allTexts().some(({ text }) => {
    const plain = westernDated.get(text);
    return pattern.test(plain) && (!also || also.test(plain));
  });
}

function checkAge(context: RuleContext, limits: EligibilityLimits, agencyVacancy: boolean): void {
  const parameter = context.settings.parameters?.jpoMaxAge;
  const max = limits.maxAge === undefined ? undefined : typeof parameter === 'number' ? parameter : limits.maxAge;
  if (max === undefined || context.get(eligibility) === undefined) return;
  const agePath = [...eligibility, 'max_age'];
  const age = context.get(agePath);
  // The age limit and its date are MOFA's to state: an agency's vacancy for the post is not asked for them.
  const asked = !agencyVacancy;
  if (
    asked &&
    age === undefined &&
    !statedAnywhere(context, limits.birthDateLimitPattern) &&
    !statedAnywhere(context, limits.ageLimitStatedPattern)
  ) {
    context.report(
      'jpo-age-limit-missing',
      eligibilityKey(context),
      { max },
      { path: agePath, missingKey: 'max_age', suggestions: [String(max)] },
    );
  } else if (typeof age === 'number' && age > max) {
    context.report('jpo-age-limit-too-high', context.valueRange(agePath), { age, max }, { path: agePath, suggestions: [String(max)] });
  }
  const referencePath = [...eligibility, 'age_reference_date'];
  const atDeadline = limits.ageAtDeadlinePattern ? dataPattern(limits.ageAtDeadlinePattern, 'i') : undefined;
  const countedAtDeadline = () => !!atDeadline && context.allTexts().some(({ text }) => atDeadline.test(text));
  if (
    asked &&
    context.get(referencePath) === undefined &&
    !context.settings.parameters?.jpoAgeReferenceDate &&
    !countedAtDeadline() &&
    !statedAnywhere(context, limits.ageReferenceStated?.pattern, limits.ageReferenceStated?.requires) &&
    !statedAnywhere(context, limits.birthDateLimitPattern)
  ) {
    const year = (context.text(['application_opens']) ?? context.text(['deadline']) ?? '').slice(0, 4);
    const example = /^\d{4}$/.test(year) ? `${year}-02-01` : 'YYYY-02-01';
    context.report(
      'jpo-age-reference-date-missing',
      age === undefined ? eligibilityKey(context) : context.keyRange(agePath),
      { example },
      { path: referencePath, missingKey: 'age_reference_date', suggestions: /^\d/.test(example) ? [example] : [] },
    );
  }
}

function checkDegree(context: RuleContext, limits: EligibilityLimits): void {
  if (!limits.minimumDegree) return;
  const path = [...eligibility, 'minimum_degree'];
  const degree = context.text(path);
  const accepted = limits.acceptedDegrees ?? [limits.minimumDegree];
  if (degree !== undefined && !accepted.includes(degree)) {
    context.report(
      'jpo-degree-below-master',
      context.valueRange(path),
      { degree: limits.minimumDegree },
      { path, suggestions: [limits.minimumDegree] },
    );
  }
}

function checkExperience(context: RuleContext, limits: EligibilityLimits, agencyVacancy: boolean): void {
  const min = limits.minimumExperienceYears;
  if (min === undefined) return;
  const yearsPath = [...eligibility, 'minimum_experience_years'];
  const years = numberAt(context, yearsPath);
  if (years !== undefined && years < min) {
    context.report(
      'jpo-experience-too-short',
      context.valueRange(yearsPath),
      { years, min },
      { path: yearsPath, suggestions: [String(min)] },
    );
  }
  const required = limits.experienceExcludes ?? [];
  const excludesPath = [...eligibility, 'experience_excludes'];
  const stated = context.list(excludesPath).filter((item): item is string => typeof item === 'string');
  const missing = required.filter((kind) => !stated.includes(kind) && !statedInText(context, limits, kind));
  if (years === undefined || !missing.length || agencyVacancy) return;
  const listed = context.get(excludesPath) !== undefined;
  context.report(
    'jpo-experience-exclusions-missing',
    listed ? context.keyRange(excludesPath) : context.keyRange(yearsPath),
    { missing: joinAnd(missing) },
    listed ? { path: excludesPath, append: missing } : { path: excludesPath, missingKey: 'experience_excludes', append: missing },
  );
}

/** CJK characters and full-width punctuation: a line that ends or starts with one continues without a space. */
const cjk = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * The texts of the posting as a reader reads them, each list as one text: a line a PDF broke inside a Japanese word
 * ('\u30a2' / '\u30eb\u30d0\u30a4\u30c8', '\u30a4\u30f3' / '\u30bf\u30fc\u30f3') joins its next line without a space, other lines with one.
 */
function readTexts(context: RuleContext): string[] {
  const joined = new Map<string, string>();
  for (const { path, text } of context.allTexts()) {
    const key = JSON.stringify(typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path);
    const line = text.split('\n').reduce(joinLine);
    const before = joined.get(key);
    joined.set(key, before === undefined ? line : joinLine(before, line));
  }
  return [...joined.values()];
}

/** Two lines as one: without a space between Japanese characters, with one otherwise. */
function joinLine(before: string, after: string): string {
  const end = before.trimEnd();
  const start = after.trimStart();
  return end + (cjk.test(end.slice(-1)) && cjk.test(start.charAt(0)) ? '' : ' ') + start;
}

/** Whether the posting states in its own words that `kind` does not count as experience (experienceExcludePatterns). */
function statedInText(context: RuleContext, limits: EligibilityLimits, kind: string): boolean {
  const source = limits.experienceExcludePatterns?.[kind];
  if (!source) return false;
  const pattern = dataPattern(source, 'i');
  return readTexts(context).some((text) => pattern.test(text));
}

function checkNationality(context: RuleContext, limits: EligibilityLimits): void {
  if (!limits.nationality) return;
  const path = [...eligibility, 'nationality'];
  const nationality = context.text(path);
  if (nationality !== undefined && nationality.trim().toLowerCase() !== limits.nationality.toLowerCase()) {
    context.report(
      'jpo-nationality',
      context.valueRange(path),
      { nationality: limits.nationality },
      { path, suggestions: [limits.nationality] },
    );
  }
}

function checkEnglish(context: RuleContext, limits: EligibilityLimits): void {
  const englishPath = [...eligibility, 'english'];
  if (!limits.englishTests?.length || context.get(englishPath) === undefined) return;
  const testsPath = [...englishPath, 'tests'];
  const tests = context.list(testsPath).filter((item): item is string => typeof item === 'string');
  const accepted = new RegExp(`\\b${literalAlternation(limits.englishTests)}\\b`, 'i');
  if (tests.length && !tests.some((test) => accepted.test(test))) {
    context.report(
      'jpo-english-test-missing',
      context.keyRange(testsPath),
      { tests: joinOr(limits.englishTests) },
      { path: testsPath, append: [limits.englishTests[0]] },
    );
  }
  const workingPath = [...englishPath, 'working_english'];
  if (context.get(workingPath) === false) {
    context.report('jpo-working-english-missing', context.valueRange(workingPath), {}, { path: workingPath, suggestions: ['true'] });
  }
}

/** Whether a JPO posting is the host agency's vacancy rather than the sponsor's recruitment notice (profiles.json). */
function isAgencyVacancy(context: RuleContext, limits: EligibilityLimits): boolean {
  if (!limits.agencyVacancyFields?.some((key) => context.get([key]) !== undefined)) return false;
  const notice = limits.sponsorNoticePattern ? dataPattern(limits.sponsorNoticePattern) : undefined;
  return !notice || !context.allTexts().some(({ text }) => notice.test(text));
}

function checkCivilServants(context: RuleContext, limits: EligibilityLimits, agencyVacancy: boolean): void {
  const year = limits.civilServantsSinceFiscalYear;
  if (year === undefined || context.get(eligibility) === undefined) return;
  if (agencyVacancy) return;
  const path = [...eligibility, 'national_civil_servants'];
  const mayApply = context.get([...path, 'may_apply']);
  if (mayApply === true || (mayApply === undefined && statedAnywhere(context, limits.civilServantsMayApplyPattern))) return;
  const range = mayApply === false ? context.valueRange([...path, 'may_apply']) : eligibilityKey(context);
  const data =
    mayApply === false ? { path: [...path, 'may_apply'], suggestions: ['true'] } : { path, missingKey: 'national_civil_servants' };
  context.report('jpo-civil-servants-not-stated', range, { year }, data);
}

function checkStatedTerm(context: RuleContext, limits: EligibilityLimits): void {
  const max = context.profile.maxTermMonths;
  if (!limits.termField || max === undefined) return;
  const months = numberAt(context, limits.termField);
  if (months === undefined || months <= max) return;
  const section = limits.termField[limits.termField.length - 1] === 'term_months' ? 'The term' : 'The assignment';
  context.report(
    'stated-term-too-long',
    context.valueRange(limits.termField),
    { section, months, max, profile: context.profile.title },
    { path: limits.termField, suggestions: [String(max)] },
  );
}

function checkFieldExperience(context: RuleContext, limits: EligibilityLimits): void {
  const area = limits.fieldExperienceArea;
  if (!area || context.get(eligibility) === undefined) return;
  const requiredPath = [...eligibility, 'field_experience_required'];
  if (context.get(requiredPath) === false) {
    context.report(
      'advisor-field-experience-required',
      context.valueRange(requiredPath),
      { area },
      { path: requiredPath, suggestions: ['true'] },
    );
  }
  const areaPath = [...eligibility, 'field_experience_area'];
  const value = context.text(areaPath);
  const pattern = new RegExp(limits.fieldExperiencePattern ?? escapeRegExp(area), 'i');
  if (value !== undefined && !pattern.test(value)) {
    context.report('advisor-field-experience-area', context.valueRange(areaPath), { area, value }, { path: areaPath, suggestions: [area] });
  }
}

function checkExcludingRequirements(context: RuleContext, limits: EligibilityLimits): void {
  const excluding = limits.excludingRequirements ?? [];
  if (!excluding.length) return;
  for (const field of limits.textFields ?? []) {
    const value = context.get(field);
    const items: [Path, unknown][] = Array.isArray(value) ? value.map((item, index) => [[...field, index], item]) : [[field, value]];
    for (const [path, text] of items) {
      if (typeof text !== 'string') continue;
      for (const requirement of excluding) {
        const match = new RegExp(requirement.pattern, 'i').exec(text);
        if (!match) continue;
        const suggestions = requirement.replacement ? [text.replace(match[0], requirement.replacement)] : [];
        context.report(
          'refugee-talent-excluding-requirement',
          phraseRange(context, path, match[0]),
          { requirement: requirement.label, requirement_ja: requirement.label_ja ?? requirement.label, instead: requirement.instead },
          { path, suggestions },
        );
      }
    }
  }
}

/**
 * Whether the section's text states the support ("在留資格の変更手続きを支援します"): a sentence of its details
 * that matches the profile's statedResidenceSupport pattern and does not say the support is not given.
 */
function statesSupport(context: RuleContext, path: Path, limits: EligibilityLimits): boolean {
  const stated = limits.statedResidenceSupport;
  if (!stated) return false;
  const pattern = dataPattern(stated.pattern, 'i');
  const negation = dataPattern(stated.negation, 'i');
  // Only the details are the section's own words: kind is a vocabulary value, and one that says "sponsors" beside
  // `offered: false` is a contradiction the warning should still point at.
  return (context.text([...path, 'details']) ?? '')
    .split(/(?<=[.!?\u3002])\s*|\n+/)
    .some((sentence) => pattern.test(sentence) && !negation.test(sentence));
}

function checkResidenceSupport(context: RuleContext, limits: EligibilityLimits): void {
  if (!limits.excludingRequirements) return;
  const path = ['residence_status_support'];
  const offered = context.get([...path, 'offered']);
  const kind = context.text([...path, 'kind']);
  // A posting open only to people who already hold a working status (recognised refugees hold 定住者) needs no
  // sponsor: asking the employer for support would be a false alarm.
  const openTo = context.get(['open_to']);
  const holding = limits.groupsHoldingWorkingStatus ?? [];
  if (Array.isArray(openTo) && openTo.length && openTo.every((group) => holding.includes(String(group)))) return;
  if (offered === false && !statesSupport(context, path, limits)) {
    context.report(
      'refugee-talent-visa-support-missing',
      context.valueRange([...path, 'offered']),
      {},
      { path: [...path, 'offered'], suggestions: ['true'] },
    );
  } else if (offered === true && kind === 'none') {
    context.report('refugee-talent-visa-support-missing', context.valueRange([...path, 'kind']), {}, { path: [...path, 'kind'] });
  }
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function joinOr(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The checks each profile's own eligibility needs (MOFA JPO, Cabinet Office advisor, refugee-talent). */
export const eligibilityRules: Rule = {
  codes: [
    'jpo-age-limit-missing',
    'jpo-age-limit-too-high',
    'jpo-age-reference-date-missing',
    'jpo-degree-below-master',
    'jpo-experience-too-short',
    'jpo-experience-exclusions-missing',
    'jpo-nationality',
    'jpo-english-test-missing',
    'jpo-working-english-missing',
    'jpo-civil-servants-not-stated',
    'stated-term-too-long',
    'advisor-field-experience-required',
    'advisor-field-experience-area',
    'refugee-talent-excluding-requirement',
    'refugee-talent-visa-support-missing',
  ],
  check(context) {
    const limits = limitsOf(context);
    // Read once: three of MOFA's rules are not asked of the host agency's own vacancy.
    const agencyVacancy = isAgencyVacancy(context, limits);
    checkAge(context, limits, agencyVacancy);
    checkDegree(context, limits);
    checkExperience(context, limits, agencyVacancy);
    checkNationality(context, limits);
    checkEnglish(context, limits);
    checkCivilServants(context, limits, agencyVacancy);
    checkStatedTerm(context, limits);
    checkFieldExperience(context, limits);
    checkExcludingRequirements(context, limits);
    checkResidenceSupport(context, limits);
  },
};
