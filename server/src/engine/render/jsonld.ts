import table from '../../../../schemas/render/jsonld.json';
import { paragraphsOf, scalarText } from './format';
import { renderDescriptionHtml } from './htmlBody';
import { isRecord, type PostingView } from './view';
import { dataPattern } from '../text/patterns';
import { yearsIn } from '../rules/requirementsText';
import { countryCodes } from '../text/countries';

export interface JsonLdOptions {
  /** Today's date (YYYY-MM-DD): datePosted when the posting has no date_posted, i.e. the day it is exported for publishing. */
  today?: string;
}

type JsonObject = Record<string, unknown>;
interface Country {
  code: string;
  timeZone: string;
}

/** schema.org JobPosting (Google Job Search) for a posting; absent facts are left out, never invented. */
export function renderJsonLd(view: PostingView, options: JsonLdOptions = {}): JsonObject {
  const data = view.data;
  const text = (path: string[]): string | undefined => {
    let value: unknown = data;
    for (const key of path) value = isRecord(value) ? value[key] : undefined;
    const result = scalarText(value).trim();
    return result || undefined;
  };
  const list = (path: string[]): string[] => {
    let value: unknown = data;
    for (const key of path) value = isRecord(value) ? value[key] : undefined;
    return Array.isArray(value) ? value.map((item) => scalarText(item).replace(/\s+/g, ' ').trim()).filter(Boolean) : [];
  };

  const countryName = text(['country']);
  // addressCountry is the ISO 3166-1 alpha-2 code, whichever name or code the posting writes (Türkiye, ケニア, PAK).
  const [code] = (countryName && countryCodes(countryName)) || [];
  const country = code ? Object.values(table.countries as Record<string, Country>).find((entry) => entry.code === code) : undefined;
  const homeBased = isRecord(data.careers_site) && data.careers_site.home_based === true;
  const posting: JsonObject = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: text(['title']),
    description: renderDescriptionHtml(view),
    datePosted: text(['date_posted']) ?? options.today ?? new Date().toISOString().slice(0, 10),
    hiringOrganization: organization(text(['organization']) ?? text(['employer', 'name']), text(['logo'])),
    url: text(['url']),
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: text(['duty_station']), addressCountry: code ?? countryName },
    },
  };
  const deadline = text(['deadline']);
  if (deadline && /^\d{4}-\d{2}-\d{2}$/.test(deadline))
    posting.validThrough = `${deadline}T23:59:59${utcOffset(country?.timeZone, deadline)}`;
  const affiliate = text(['affiliate_type']);
  if (affiliate) posting.employmentType = employmentType(affiliate);
  if (homeBased) {
    posting.jobLocationType = 'TELECOMMUTE';
    if (countryName) posting.applicantLocationRequirements = { '@type': 'Country', name: countryName };
  }
  const eligibility = [...list(['position_notes']), ...list(['careers_site', 'other_information'])].filter((sentence) =>
    table.eligibilityPatterns.some((pattern) => dataPattern(pattern, 'i').test(sentence)),
  );
  if (eligibility.length) posting.eligibilityToWorkRequirement = eligibility.join(' ');
  const skills = list(['careers_site', 'skills']);
  if (skills.length) posting.skills = skills;
  const jobId = text(['job_id']);
  if (jobId) posting.identifier = { '@type': 'PropertyValue', name: text(['organization']) ?? 'Job ID', value: jobId };
  if (typeof data.direct_apply === 'boolean') posting.directApply = data.direct_apply;
  const salary = baseSalary(data.salary);
  if (salary) posting.baseSalary = salary;
  const start = text(['target_start_date']);
  if (start) posting.jobStartDate = start;
  const education = text(['terms_of_reference', 'qualifications_and_experience', 'education']);
  if (education) posting.educationRequirements = educationRequirement(education);
  const experience = experienceRequirement(data);
  if (experience) posting.experienceRequirements = experience;
  const duties = list(['terms_of_reference', 'purpose_and_scope', 'duties']);
  if (duties.length) posting.responsibilities = duties.join('\n');
  return dropUndefined(posting);
}

/** Without a name there is no organisation to state: the publishing gate reports hiringOrganization as missing. */
function organization(name: string | undefined, logo: string | undefined): JsonObject | undefined {
  if (!name) return undefined;
  const known = (table.organizations as Record<string, JsonObject>)[name];
  return dropUndefined({ '@type': 'Organization', ...(known ?? { name }), logo });
}

const salaryUnits: Record<string, string> = { year: 'YEAR', month: 'MONTH', week: 'WEEK', day: 'DAY', hour: 'HOUR' };

/** `salary:` as schema.org MonetaryAmount; only what the posting publishes. */
function baseSalary(salary: unknown): JsonObject | undefined {
  if (!isRecord(salary) || typeof salary.currency !== 'string') return undefined;
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  const [amount, minimum, maximum] = [number(salary.amount), number(salary.minimum), number(salary.maximum)];
  if (amount === undefined && minimum === undefined && maximum === undefined) return undefined;
  const value = dropUndefined({
    '@type': 'QuantitativeValue',
    value: amount,
    minValue: minimum,
    maxValue: maximum,
    unitText: typeof salary.per === 'string' ? salaryUnits[salary.per] : undefined,
  });
  return { '@type': 'MonetaryAmount', currency: salary.currency, value };
}

export function employmentType(affiliateType: string): string {
  return table.employmentTypes.find((entry) => dataPattern(entry.pattern, 'i').test(affiliateType))?.type ?? 'OTHER';
}

/** `+09:00` for Asia/Tokyo on that date; `Z` when the time zone is unknown. */
export function utcOffset(timeZone: string | undefined, date: string): string {
  if (!timeZone) return 'Z';
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    const name = format.formatToParts(new Date(`${date}T12:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const offset = /GMT([+-]\d{2}:\d{2})/.exec(name)?.[1];
    return offset ?? 'Z';
  } catch {
    return 'Z';
  }
}

function educationRequirement(education: string): JsonObject {
  const text = paragraphsOf(education).join(' ');
  const category = table.credentialCategories.find((entry) => dataPattern(entry.pattern, 'i').test(text))?.category;
  return dropUndefined({ '@type': 'EducationalOccupationalCredential', credentialCategory: category, description: text });
}

function experienceRequirement(data: JsonObject): JsonObject | undefined {
  const qualifications = isRecord(data.terms_of_reference) ? data.terms_of_reference.qualifications_and_experience : undefined;
  const experience = isRecord(qualifications) ? qualifications.work_experience : undefined;
  if (!isRecord(experience)) return undefined;
  const essential = scalarText(experience.essential).replace(/\s+/g, ' ').trim();
  const years = typeof experience.minimum_years === 'number' ? experience.minimum_years : yearsIn(essential);
  if (years === undefined && !essential) return undefined;
  return dropUndefined({
    '@type': 'OccupationalExperienceRequirements',
    monthsOfExperience: years === undefined ? undefined : Math.round(years * 12),
    description: essential || undefined,
  });
}

function dropUndefined(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
