import layout from '../../../../schemas/import/careers-site.json';
import { chooseProfile } from '../template/profiles';
import { halfWidthDigits, numericPeriod, readDate, untilDate, withWesternYears, withYearOf } from './dates';
import { closingNotesApart, competencyGroup, plainMarkdownCopy, readCareersLines, type CareersParts } from './careersText';
import { narrowColumn, openInlineLists, pasteParts } from './paste';
import { postingYaml } from './toYaml';
import { openSpacedTables } from './spacedTable';
import { sectionsByContent } from './sectionContent';
import { contractEndStated, countryInName, officeLineCountry } from './statedPlace';
import { builtPattern, builtSticky, dataPattern, execReader, literalPhrase, type DataReader } from '../text/patterns';
import {
  detectLayout,
  gradeOf,
  inferredField,
  isAnyKnownHeading,
  isAnyKnownLabel,
  readLabel,
  readText,
  tablesFor,
  titleGradeOf,
  withoutEndBracket,
  type Entry,
  type Layout,
  type ReadText,
  type Tables,
} from './generic';
import { inferFromPeriodSection } from './periodSection';
import { readBoardHeader } from './boardHeader';
import { moveApplyInstructions } from './applyInstructions';
import { objectivesBeforeTasks } from './scopeObjectives';
import { countryInJapaneseNames, stationAfterOffice, stationInBrackets, unitAfterOrganization } from './namedParts';
import {
  countryIn,
  inferFromProse,
  languagesOf as languagesStated,
  readEligibility,
  isScheduleHeader,
  readTables,
  titleInProse,
} from './prose';
import { allCountryNames, countryCode, countryName } from '../text/countries';
import dutyStations from '../../../../schemas/import/duty-stations.json';
import { countOf } from '../text/numbers';
import { isRecord } from '../text/records';
import { vocabularyCodes } from './vocabularyCodes';
import {
  acronymDefinitions,
  finding,
  getPath,
  headerOf,
  organizationLabelledUnit,
  organizationNamedIn,
  leadStatements,
  placeEntries,
  profileFor,
  setPath,
  supervisorIn,
  targetsOf,
  type ImportFinding,
} from './place';
import commonImport from '../../../../schemas/import/common.json';

export type { ImportFinding };

export interface ImportOptions {
  /** Values for fields the text does not state (the careers page shows them outside the text), e.g. { duty_station: 'Tokyo' }. */
  fields?: Record<string, string>;
}

export interface ImportResult {
  /** The posting as data, in the template's order. */
  data: Record<string, unknown>;
  /** The posting as YAML, first line `# posting`. */
  yaml: string;
  /** Parts of the text that matched no section, kept word for word (also in data.notes). */
  notes: string[];
  /** Required header fields that neither the text nor the options gave. */
  missing: string[];
  /** The layout the text was read as (schemas/import/layouts.json), or `unknown`. */
  layout: string;
  /** Why the profile applies, as the hover says it. */
  profileReason: string;
  /** What the user should look at: dates that could be read two ways, a text nothing was recognised in. */
  findings: ImportFinding[];
}

const requiredHeader = ['title', 'organization', 'duty_station', 'country'];

/** Reads the plain text of a posting in the careers-site layout (seed 000) into our YAML, dropping nothing. */
export function importFromText(pasted: string, options: ImportOptions = {}): ImportResult {
  // An e-mail's envelope, a page's buttons and running footers are not the posting: read without them, kept in notes.
  // (A PDF's header table of label/value pairs is opened first, before its columns could be taken for a page's.)
  const { body, aside } = pasteParts(openSpacedTables(pasted, isAnyKnownLabel, isScheduleHeader));
  const opened = openInlineLists(body);
  const detected = detectLayout(opened);
  // A Markdown copy of the careers-site page is read as the page's plain copy; any other Markdown as it is.
  const plain = detected.layout?.id === 'careers-site' ? opened : plainMarkdownCopy(opened);
  const careers = detected.layout?.id === 'careers-site' || (plain !== opened && detectLayout(plain).layout?.id === 'careers-site');
  if (!careers) return importGeneric(opened, detected.layout, options, aside);
  const text = plain;
  const parts = readCareersLines(text.split(/\r\n|\r|\n/));
  closingNotesApart(parts);
  parts.notes.push(...aside);
  const inferred = inferFields(text, parts);
  const header = { ...inferred, ...parts.header, ...(options.fields ?? {}) };
  const bare = header.title && header.duty_station ? titleWithoutPlace(header.title, header.duty_station) : header.title;
  if (header.title && bare && bare !== header.title) {
    parts.notes.unshift(`Title: ${header.title}`);
    header.title = bare;
  }
  // "locations: Amman" on a Workday page that names no country: the country of a station that names one wherever it
  // is written, as in any other layout, with the finding that says so.
  const findings: ImportFinding[] = [];
  const stationCode =
    typeof header.duty_station === 'string' && !header.country ? stationCountries.get(town(header.duty_station)) : undefined;
  const stationIn = stationCode && countryName(stationCode);
  if (stationIn && typeof header.duty_station === 'string') {
    header.country = stationIn;
    const station = header.duty_station;
    // (The line that gives the station as a value, "Amman" or "locations: Amman", not a title that ends with it.)
    const lines = text.split(/\r\n|\r|\n/).map((written) => written.trim());
    const given = lines.findIndex(
      (written) =>
        written === station ||
        (written.endsWith(station) &&
          (written.slice(0, -station.length).trimEnd().endsWith(':') || written.slice(0, -station.length).endsWith('\t'))),
    );
    const line = (given >= 0 ? given : lines.findIndex((written) => written.includes(station))) + 1;
    findings.push(finding('import-country-from-station', Math.max(line, 1), { station, country: stationIn }));
  }
  const choice = chooseProfile({ ...header });
  const profile = choice.profile;
  const data = assemble(header, parts, profile.id, profile.competencyFramework);
  // "Indicative monthly remuneration: MXN 29,870." in a UNOPS contractor's terms of reference on the careers page: the
  // pay, read as in any other layout (the sentence stays where it is).
  if (data.salary === undefined) {
    const salary = salaryIn(text.split(/\r\n|\r|\n/), dollarOf(header.country));
    if (salary) data.salary = salary;
  }
  const missing = requiredHeader.filter((key) => !(key in header));
  const source = 'careers-site text';
  return {
    data,
    yaml: postingYaml(data, missing, source, findings),
    notes: parts.notes,
    missing,
    layout: 'careers-site',
    profileReason: choice.because,
    findings,
  };
}

const topOrder = [
  'profile',
  'job_id',
  'title',
  'organization',
  'unit',
  'sponsor',
  'employer',
  'duty_station',
  'country',
  'hardship_level',
  'family_type',
  'danger_pay',
  'residential_location',
  'grade',
  'affiliate_type',
  'reason',
  'contract_type',
  'duration',
  'remote_work_accepted',
  'target_start_date',
  'contract_end_date',
  'deadline',
  'date_posted',
  'application_opens',
];

/**
 * The text with the bold a Markdown paste marks inside a line made plain ("The expected start date is **1 May 2026**."),
 * for the readers of its sentences; a line that is bold as a whole (a heading) keeps its marks.
 */
function withoutInlineBold(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*(\*\*|__)[^*_]+\1\s*$/.test(line) ? line : line.replace(/(\*\*|__)(?=\S)([^*_\n]{1,200}?\S)\1/g, '$2')))
    .join('\n');
}

/**
 * "VACANCY ANNOUNCEMENT  Ref: AAR/UG/HR/2026/019": a document's heading (common.json prose.documentKind) with a labelled
 * fact beside it after a wide space, as a letterhead or a PDF's title row prints them: the line is read as the fact, and
 * the heading goes with the lines before any section (under notes), on the same line of the text.
 */
function headingBesideLabel(written: string, tables: Tables): { text: string; headings: { text: string; line: number }[] } {
  const kind = dataPattern(commonImport.prose.documentKind, 'i');
  const headings: { text: string; line: number }[] = [];
  const text = written
    .split('\n')
    .map((line, index) => {
      const cells = /^(\S.{2,60}?)[ \t]{2,}(\S.{2,120})$/.exec(line.trim());
      if (!cells || !kind.test(cells[1]) || !readLabel(cells[2], tables, 'strict')?.value) return line;
      headings.push({ text: cells[1], line: index + 1 });
      return cells[2];
    })
    .join('\n');
  return { text, headings };
}

/** Any other layout: labelled fields and headed sections wherever they stand, placed where the profile's targets say. */
function importGeneric(pasted: string, layout: Layout | undefined, options: ImportOptions, aside: readonly string[]): ImportResult {
  const tables = tablesFor(layout);
  const { text, headings } = headingBesideLabel(unwrapped(pasted), tables);
  const read = readText(text, tables);
  read.lead.push(...headings);
  sectionsByContent(read);
  // (Before the sentences are read: a unit that is the organisation leaves the unit to the text's sentences.)
  organizationLabelledUnit(read, layout);
  // (The sentences are read without a Markdown paste's bold inside them: "for a duration of **six months**".)
  refine(read, withoutInlineBold(text), aside);
  yearsOfDates(read, text);
  const findings: ImportFinding[] = [];
  const header: Record<string, string> = { ...headerOf(read, text, layout), ...(options.fields ?? {}) };
  const choice = profileFor(header, text, layout);
  const profile = choice.profile;
  requirementsUnderCriteria(read);
  splitQualifications(read, targetsOf(profile.id) ?? {});
  moveDesirable(read, targetsOf(profile.id) ?? {});
  splitDescription(read, profile.id);
  roleSummary(read, targetsOf(profile.id) ?? {});
  moveApplyInstructions(read);
  objectivesBeforeTasks(read, targetsOf(profile.id) ?? {});
  listOutOfPurpose(read);
  competenciesByFramework(read, targetsOf(profile.id) ?? {});
  splitScope(read, targetsOf(profile.id) ?? {});
  leadStatements(read, profile.id);
  let lead = [...read.lead];
  // The application instructions and closing remarks as written, before their remarks are parted from them.
  const applyLines = read.entries
    .filter((entry) => entry.kind === 'section' && (entry.concept === 'how_to_apply' || entry.concept === 'closing'))
    .flatMap((entry) => (entry.lines ?? []).map((line) => line.text));
  // "事業内容 冷凍食品の製造・販売。全国の…を生産しています。": the business as sentences, before it is read as the description.
  const business = read.entries.find(
    (entry) => entry.kind === 'field' && entry.concept === 'industry' && entry.value && /\u3002./.test(entry.value),
  )?.value;
  const placed = placeEntries(read, profile.id, findings);
  const fields: Record<string, unknown> = { ...placed.data };
  const targets = targetsOf(profile.id) ?? {};
  // Its first sentence, a phrase that names the business ('冷凍食品（…）の製造・販売'), is the industry where no label
  // gives one (common.json industryPhrasePattern); the whole stays the company's description.
  if (business && targets.industry && getPath(fields, targets.industry) === undefined) {
    const first = business.split('\u3002')[0].trim();
    if (dataPattern(commonImport.industryPhrasePattern).test(first)) setPath(fields, targets.industry, first);
  }
  // "… Shortlisted candidates will be invited to a written test and a competency-based interview.": how candidates are
  // tested, said in the application instructions or the closing remarks, is the assessment where none is given (a JPO's
  // selection process); the sentence stays where it is, as written (common.json assessmentSentences).
  if (targets.assessment && getPath(fields, targets.assessment) === undefined) {
    const tested = applyLines
      .flatMap((line) => line.split(/(?<=[a-z\d)"\u201d][.!?])\s+(?=[A-Z])/))
      .find((sentence) => commonImport.assessmentSentences.some((pattern) => dataPattern(pattern, 'i').test(sentence)));
    if (tested) setPath(fields, targets.assessment, tested.trim());
  }
  for (const concept of ['sponsor', 'japanese_level', 'country', 'matching_partner', 'industry', 'url'] as const) {
    const path = targets[concept];
    if (!path || getPath(fields, path) !== undefined) continue;
    // A page's Apply link is in the page's chrome, read apart from the posting (paste.ts).
    const source = concept === 'url' ? [text, ...aside].join('\n') : text;
    // A country read from a sentence must be a country (ISO 3166 names): "the Namibia Country Office" is Namibia.
    const value = commonImport.inference[concept]
      .map((pattern) => dataPattern(pattern).exec(source)?.[1])
      .find((found) => found && (concept !== 'country' || countryCode(found)));
    // A printed page's header writes its address without the scheme ("careers.un.org/…"): the url is a web address.
    // ("日本語能力試験Ｎ３程度": a level in full-width letters is N3.)
    const written = concept === 'japanese_level' ? value?.normalize('NFKC') : value;
    if (written) setPath(fields, path, concept === 'url' && !/^https?:\/\//.test(written) ? `https://${written}` : written);
  }
  // "JPO programme sponsored by the Government of Denmark": an agency's opening that names its sponsor in a sentence.
  if (targets.sponsor && getPath(fields, targets.sponsor) === undefined) {
    const said = [
      commonImport.inference.sponsorSentence,
      commonImport.inference.sponsorPostSentence,
      commonImport.inference.sponsorFundsSentence,
    ]
      .map((source) => dataPattern(source).exec(text))
      .find(Boolean);
    // "the Grand Duchy of Luxembourg", "the Kingdom of the Netherlands", "New Zealand": the name read on from where its
    // group starts (after "by"); the country is the name after the state's form.
    const nameAt = said ? said.index + said[0].indexOf(said[2], said[0].search(/\bby\b/)) : 0;
    const longName = said
      ? /^(?:the )?(?:Republic|Kingdom|Grand Duchy|Principality) of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?/.exec(
          text.slice(nameAt, nameAt + 80),
        )?.[0]
      : undefined;
    const fullName = said ? (/^(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?/.exec(text.slice(nameAt, nameAt + 60))?.[0] ?? said[2]) : '';
    // "the Republic of Korea": the country without its article, which the sponsor's name keeps.
    const named = (longName ?? fullName).replace(/^the /, '');
    const stateForm = /^(?:Republic|Kingdom|Grand Duchy|Principality) of (?:the )?/;
    const country = said ? (countryIn(named) ?? countryIn(named.replace(stateForm, ''))) : undefined;
    const article = said?.[2].startsWith('the ') && country === named ? 'the ' : '';
    // "the Government of the Grand Duchy of Luxembourg": the long name is kept as the sentence writes it.
    const written = longName && country && country !== named ? longName : `${article}${country}`;
    if (said && country && countryCode(country)) setPath(fields, targets.sponsor, `${said[1] ?? ''}${written}`);
    // "sponsored by the Norwegian Ministry of Foreign Affairs": a body its people's adjective names is the sponsor as written.
    else if (said) {
      const body = sponsorBody(text.slice(nameAt, nameAt + 100));
      if (body) setPath(fields, targets.sponsor, body);
    }
  }
  if (targets.family_type && getPath(fields, targets.family_type) === undefined) {
    const family = familyTypeIn(text);
    if (family) setPath(fields, targets.family_type, family);
  }
  // "Goz Beida is classified as hardship category B": the hardship level a sentence states (common.json inference).
  if (targets.hardship_level && getPath(fields, targets.hardship_level) === undefined) {
    const stated = dataPattern(commonImport.inference.hardshipLevel).exec(text);
    const level = stated?.[1] ?? stated?.[2];
    if (level) setPath(fields, targets.hardship_level, level);
  }
  // "… in Santiago, Chile": the country a sentence names right after the duty station.
  const station = typeof fields.duty_station === 'string' ? fields.duty_station.trim() : '';
  if (targets.country && station.length > 2 && getPath(fields, targets.country) === undefined) {
    // "the … Force in Cyprus (UNFICYP), in Nicosia": else the one country the station's sentences name.
    const country = countryAfter(text, station) ?? countryAround(text, station);
    if (country) setPath(fields, targets.country, country);
  }
  // "Department/Office: … Mission in the Central African Republic": the country an office's or mission's name ends with.
  if (targets.country && getPath(fields, targets.country) === undefined) {
    const names = read.entries.filter((entry) => entry.kind === 'field' && ['unit', 'organization'].includes(entry.concept));
    const country = names.map((entry) => countryInName(entry.value ?? '')).find(Boolean);
    if (country) setPath(fields, targets.country, country);
  }
  // "UNICEF C\u00f4te d'Ivoire" atop a ToR: the office's line, the organisation and then the country it is in.
  if (targets.country && getPath(fields, targets.country) === undefined) {
    const organization = targets.organization ? getPath(fields, targets.organization) : undefined;
    const names = [...commonImport.organizations.map((known) => known.name), ...(typeof organization === 'string' ? [organization] : [])];
    const country = officeLineCountry(text, names);
    if (country) setPath(fields, targets.country, country);
  }
  // "This temporary job opening is for an initial period of six months, until 31 May 2026": the contract's end.
  if (targets.contract_end_date && getPath(fields, targets.contract_end_date) === undefined) {
    const end = contractEndStated(text);
    if (end) setPath(fields, targets.contract_end_date, end);
  }
  // "… (KWHN) is a registered Gambian NGO": the country an organisation introducing itself names (common.json demonyms).
  if (targets.country && getPath(fields, targets.country) === undefined) {
    const country = demonymCountry(text);
    if (country) setPath(fields, targets.country, country);
  }
  // "This position is open to Kenyan nationals only", "Fijian citizens only": a national post is in its nationals'
  // country (a JPO's nationals are its sponsor's: common.json nationalsOnly).
  if (targets.country && profile.id !== 'jpo' && getPath(fields, targets.country) === undefined) {
    const country = nationalsCountry(text);
    if (country) setPath(fields, targets.country, country);
  }
  // "Reports to: Head of Supply Chain, Pemba Area Office": the field office the supervisor's title names is the post's
  // unit, where nothing else names one (common.json officeUnit: an office named by its place, not a section).
  const supervisor = targets.supervisor ? getPath(fields, targets.supervisor) : undefined;
  if (targets.unit && typeof supervisor === 'string' && getPath(fields, targets.unit) === undefined) {
    const office = /, ([^,]{3,60})$/.exec(supervisor);
    if (office && dataPattern(commonImport.officeUnit).test(office[1].trim())) setPath(fields, targets.unit, office[1].trim());
  }
  // Last, where nothing in the text names the country: the one its duty station is in, said in a finding.
  countryOfStation(read, fields, targets, findings);
  // "Senior Registration Assistant (UNOPS LICA7) – Tapachula" from a careers page's headline, in every layout: the
  // title without its duty station and contract level; the headline stays in notes as written.
  const headline = typeof fields.title === 'string' ? fields.title : undefined;
  const bare = headline && station ? titleWithoutPlace(headline, station) : headline;
  if (headline && bare && bare !== headline) {
    fields.title = bare;
    lead.unshift({ text: `Title: ${headline}`, line: 1 });
  }
  // "Associate Programme Officer (…), P-2" heading a Terms of Reference after the notice: the grade beside the title.
  const title = typeof fields.title === 'string' ? fields.title.trim().toLowerCase() : '';
  if (targets.grade && title && getPath(fields, targets.grade) === undefined) {
    // The lines as pasted: unwrapping may have joined the title's line to the next.
    const graded = pasted
      .split(/\r\n|\r|\n/)
      .filter((line) => line.length <= 200 && line.toLowerCase().startsWith(title))
      .map((line) => titleGradeOf(line.trim()))
      .find((found) => found && found.title.trim().toLowerCase() === title);
    const grade = graded ? gradeOf(graded.grade) : undefined;
    if (grade) setPath(fields, targets.grade, grade);
  }
  // A language statement alone: its languages, levels and whether each is required, as the rules ask for them.
  // A UNOPS contract level ("IICA-2", "LICA 7") is the ICA level as the profile writes it, and names the affiliate type.
  const levelPath = targets.ica_level;
  const level = levelPath ? getPath(fields, levelPath) : undefined;
  if (levelPath && typeof level === 'string') {
    const code = /\b([IL]ICA)(?:[ -](?:Specialist|Support))?[\s-]?(\d{1,2})\b/i.exec(level);
    if (code) {
      const tor = getPath(fields, levelPath.replace(/\.[^.]+$/, ''));
      if (isRecord(tor)) tor[levelPath.replace(/^.*\./, '')] = `${code[1].toUpperCase()}${code[2]}`;
      if (fields.affiliate_type === undefined) fields.affiliate_type = `UNOPS ${code[1].toUpperCase()}${code[2]}`;
    }
  }
  // "A minimum of five years of … experience": the years a UNOPS ToR asks for, beside the statement.
  const essentialPath = targets.experience;
  if (essentialPath?.endsWith('work_experience.essential')) {
    const work = getPath(fields, essentialPath.replace(/\.essential$/, ''));
    const essential = isRecord(work) ? work.essential : undefined;
    const count = typeof essential === 'string' ? (minimumYears(essential) ?? 0) : 0;
    if (count > 0 && isRecord(work) && work.minimum_years === undefined) work.minimum_years = count;
  }
  const languagesPath = targets.languages;
  if (languagesPath?.endsWith('language_skills.statement')) {
    const skills = getPath(fields, languagesPath.replace(/\.statement$/, ''));
    const statement = isRecord(skills) ? skills.statement : undefined;
    if (isRecord(skills) && typeof statement === 'string' && !skills.languages) {
      const languages = languagesStated(statement);
      if (languages.length) skills.languages = languages;
    }
  }
  // "Type of contract: Individual Consultant (national)", "INDIVIDUAL CONSULTANT (IC)" atop a notice: the kind of affiliate
  // a consultancy makes of the hire (common.json consultantAffiliate).
  const consultant = commonImport.consultantAffiliate;
  if (targets.affiliate_type && consultant.profiles.includes(profile.id) && getPath(fields, targets.affiliate_type) === undefined) {
    const kind = dataPattern(consultant.pattern, 'i');
    const contract = targets.contract_type ? getPath(fields, targets.contract_type) : undefined;
    const top = text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, consultant.lines);
    const named = [typeof contract === 'string' ? contract.trim() : '', ...top].find((value) => value && kind.test(value));
    if (named) setPath(fields, targets.affiliate_type, named);
  }
  // "INTERN - STATISTICS", "Category/grade: National UN Volunteer Specialist": the kind of hire (common.json affiliateKinds).
  const kinds = commonImport.affiliateKinds;
  if (targets.affiliate_type && kinds.profiles.includes(profile.id) && getPath(fields, targets.affiliate_type) === undefined) {
    const title = typeof fields.title === 'string' && !dataPattern(kinds.notTitle, 'i').test(fields.title) ? fields.title : '';
    const stated = [title, ...[targets.contract_type, targets.grade].map((path) => (path ? getPath(fields, path) : undefined))];
    const kind = kinds.kinds.find(({ pattern }) =>
      stated.some((value) => typeof value === 'string' && dataPattern(pattern, 'i').test(value)),
    );
    if (kind) setPath(fields, targets.affiliate_type, kind.code);
  }
  for (const implied of commonImport.impliedFields.fields)
    if (implied.profile === profile.id && getPath(fields, implied.path) === undefined && dataPattern(implied.pattern).test(text))
      setPath(fields, implied.path, implied.value);
  // "派遣期間は原則2年間です": the assignment's length in months beside the statement (common.json durationMonths).
  // Else a sentence that gives it: "The assignment is for two years (24 months), subject to …".
  // (A profile that keeps no duration statement, only its months, reads them from the labelled duration: 採用期間.)
  const labelledDuration = targets.duration
    ? undefined
    : read.entries
        .find((entry) => entry.concept === 'duration' && entry.value)
        // (Up to its remark: one below it, "※…通算２年を上限として更新", is no term.)
        ?.value?.split(/\n|\u203b/)[0];
  const statedDuration =
    (targets.duration ? getPath(fields, targets.duration) : labelledDuration) ??
    commonImport.durationMonths.sentence.map((pattern) => dataPattern(pattern).exec(text)?.[1]).find(Boolean);
  // "The assignment is for two years in principle, subject to …" where no label gives the term: that sentence is the
  // assignment's statement, in a profile that keeps one beside its months (a JPO posting).
  if (targets.duration && targets.duration_months && getPath(fields, targets.duration) === undefined) {
    const sentence = text
      .split(/\r\n|\r|\n/)
      .flatMap((line) => line.split(/(?<=[.\u3002])\s*/))
      .find((part) => commonImport.durationMonths.sentence.some((pattern) => dataPattern(pattern).test(part)));
    if (sentence) setPath(fields, targets.duration, sentence.trim());
  }
  if (targets.duration_months && typeof statedDuration === 'string' && getPath(fields, targets.duration_months) === undefined) {
    for (const reader of commonImport.durationMonths.readers) {
      const count = dataPattern(reader.pattern, 'i').exec(halfWidthDigits(statedDuration))?.[1];
      const number = count === undefined ? 0 : (countOf(count) ?? 0);
      if (number > 0 && setPath(fields, targets.duration_months, number * reader.months)) break;
    }
  }
  // A JPO posting that states its conditions only in passing (a careers page's background: "… is open to Japanese
  // nationals only. Candidates must be aged 35 or under as of …", no eligibility section): the readers that read the
  // whole text, and the degree and years its requirements state, still give the eligibility fields; kept only when
  // the text itself says whom the post is for (a nationality or an age limit), not from its requirements alone.
  const stated = targets.eligibility_statement ? getPath(fields, targets.eligibility_statement) : undefined;
  const unstated = targets.eligibility_statement && stated === undefined ? {} : undefined;
  const eligibility = stated ?? unstated;
  if (isRecord(eligibility))
    readEligibility(
      eligibility,
      [targets.education, targets.experience, targets.languages]
        .map((path) => (path ? getPath(fields, path) : undefined))
        .filter((value): value is string => typeof value === 'string'),
      targets.deadline ? getPath(fields, targets.deadline) : undefined,
      {
        elsewhere: text.split(/\r\n|\r|\n/),
        maxAge: typeof profile.eligibility?.maxAge === 'number' ? profile.eligibility.maxAge : undefined,
      },
    );
  if (unstated && ['nationality', 'max_age', 'age_reference_date'].some((key) => key in unstated))
    setPath(fields, targets.eligibility_statement!, unstated);
  // Paragraphs before any heading, in a text without a section for them: the consultant's work, the candidate's
  // qualifications, how to apply (common.json prose.paragraphs), and the rest the background (an NGO's advert, a ToR
  // written as prose).
  // (A social-media advert ends its sentences with emoji: "… markets in Serekunda and Brikama. \u{1F331}".)
  const paragraphs = lead.filter((line) => line.text.length >= 100 && /[.\u3002]$/.test(withoutEndSymbols(line.text)));
  const used = new Set<unknown>();
  for (const concept of new Set(commonImport.prose.paragraphs.map((entry) => entry.concept))) {
    const path = targets[concept];
    const patterns = commonImport.prose.paragraphs.filter((entry) => entry.concept === concept).map((entry) => dataPattern(entry.pattern));
    const found = paragraphs.filter((line) => !used.has(line) && patterns.some((pattern) => pattern.test(line.text)));
    // (A list already begun, such as the closing remarks an application paragraph ended with, takes them too.)
    if (!path || !found.length || (getPath(fields, path) !== undefined && !/\[[,;]*\]$/.test(path))) continue;
    const texts = found.map((line) => line.text);
    // A qualifications paragraph in a text that has fields for its parts: each sentence where it belongs.
    if (concept === 'qualifications' && splitParagraph(fields, targets, texts)) {
      for (const line of found) used.add(line);
      continue;
    }
    if (setPath(fields, path, /\[[,;]*\]$/.test(path) ? texts : texts.join('\n\n'))) for (const line of found) used.add(line);
  }
  const rest = paragraphs.filter((line) => !used.has(line));
  if (rest.length && targets.background && getPath(fields, targets.background) === undefined)
    if (setPath(fields, targets.background, rest.map((line) => line.text).join('\n\n'))) for (const line of rest) used.add(line);
  lead = lead.filter((line) => !used.has(line));
  // "2026年12月1日" alone on a line of the letterhead, as a 募集要項 is dated: the day it was issued (common.json
  // inference.issueDate), where no field gives the date posted.
  if (targets.date_posted && getPath(fields, targets.date_posted) === undefined) {
    const issued = lead.find((line) => dataPattern(commonImport.inference.issueDate).test(halfWidthDigits(line.text)));
    const date = issued ? readDate(issued.text) : undefined;
    if (issued && date && 'iso' in date && setPath(fields, targets.date_posted, date.iso)) lead = lead.filter((line) => line !== issued);
  }
  const supervisorPath = targets.supervisor;
  if (supervisorPath && getPath(fields, supervisorPath) === undefined) {
    // (The duties too: "Under the supervision of the Chief, Disaster Risk Reduction and Public / Services Division, the
    // incumbent will:" leads them in, its wrapped line joined there as it is not in the text.)
    const sections = read.entries.filter((entry) => entry.kind === 'section' && ['background', 'duties'].includes(entry.concept));
    const said = [...sections.map((entry) => (entry.lines ?? []).map((line) => line.text).join(' ')), text];
    const name = said.map(supervisorIn).find(Boolean);
    if (name) setPath(fields, supervisorPath, name);
  }
  // A published pay as the schema's salary (currency, range, period); the sentence stays where it is, as written.
  if (fields.salary === undefined) {
    // "賃金（手当等を含む）<TAB>215,000円〜245,000円" with "賃金形態等<TAB>月給": the pay form gives the amount its unit.
    const form = read.entries
      .filter((entry) => entry.concept === 'pay_form')
      .map((entry) => dataPattern(commonImport.payForm).exec(entry.value ?? '')?.[0])
      .find(Boolean);
    // "賃金（月額）" over "240,000円〜280,000円": a label that names its unit in brackets gives it to the amount.
    const unit = (entry: Entry) =>
      /[(\uff08](\u6708\u7d66|\u6708\u984d|\u5e74\u53ce|\u5e74\u4ffa|\u6642\u7d66|\u65e5\u7d66|\u65e5\u984d)[)\uff09]/.exec(
        entry.label,
      )?.[1];
    const stated = (entry: Entry) =>
      (form ?? unit(entry)) && /^\d/.test(entry.value ?? '')
        ? `${form ?? unit(entry)}${entry.value}`
        : `${entry.label} ${entry.value ?? ''}`;
    const dollar = dollarOf(targets.country ? getPath(fields, targets.country) : undefined);
    // "¥250,000 – ¥280,000 / month" in a text written in Japanese (kana, which a Chinese text has none of): yen.
    const yenSign = /[\u3040-\u309f]/.test(text)
      ? (line: string) => line.replace(/[\u00a5\uffe5]\s?(?=\d)/g, 'JPY ')
      : (line: string) => line;
    const salary =
      salaryIn(
        read.entries.filter((entry) => entry.concept === 'salary').map((entry) => yenSign(stated(entry))),
        dollar,
      ) ?? salaryIn(text.split(/\r\n|\r|\n/).map(yenSign), dollar);
    if (salary) fields.salary = salary;
  }
  const organizationPath = profile.id === 'refugee-talent' ? 'employer' : 'organization';
  if (header.organization && !hasOrganization(fields, organizationPath))
    if (organizationPath === 'employer')
      fields.employer = { name: header.organization, ...(isRecord(fields.employer) ? fields.employer : {}) };
    else fields.organization = header.organization;
  if (organizationPath === 'employer') employerSite(fields, text);
  for (const [key, value] of Object.entries(options.fields ?? {})) fields[key] = value;
  readStatedFacts(fields, text, profile.id);
  offeredContract(fields, read, targets);
  unitAfterOrganization(fields, targets);
  stationAfterOffice(fields, targets);
  stationInBrackets(fields, targets, text);
  countryInJapaneseNames(fields, targets);
  countryOfJapaneseAddress(fields, targets);
  vocabularyCodes(fields, profile, new Set(Object.keys(options.fields ?? {})));
  let notes = [...lead.map((line) => line.text), ...placed.notes];
  if (!placed.placed.size && !layout) {
    notes = [text.trim()];
    findings.push(finding('import-unrecognised', 1, { missing: commonImport.notFound.join(', ') }));
  }
  notes.push(...aside);
  const data: Record<string, unknown> = { profile: profile.id };
  for (const key of topOrder) if (key in fields && key !== 'profile') data[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!(key in data) && key !== 'closing_statements') data[key] = value;
  if (fields.closing_statements) data.closing_statements = fields.closing_statements;
  if (notes.length) data.notes = notes;
  const missing = requiredHeader.filter((key) => !(key === 'organization' ? header.organization : key in data));
  const source = layout ? `${layout.title} text` : 'text';
  return {
    data,
    yaml: postingYaml(data, missing, source, findings),
    notes,
    missing,
    layout: layout?.id ?? 'unknown',
    profileReason: choice.because,
    findings,
  };
}

const yenPay =
  /(\u6708\u7d66|\u6708\u984d|\u5e74\u53ce|\u5e74\u4ffa|\u6642\u7d66|\u6642\u9593\u984d|\u65e5\u7d66|\u65e5\u5f53|\u65e5\u984d)[)\uff09]?\s*(?:\u7d04\s*)?(\d[\d,]{0,12}(?:\.\d+)?)(\u4e07)?\u5186?(?:\s*[\u301c~\uff5e\u2013-]\s*(\d[\d,]{0,12}(?:\.\d+)?)(\u4e07)?\u5186)?/;
const yenPer: Record<string, string> = {
  '\u6708\u7d66': 'month',
  '\u6708\u984d': 'month',
  '\u5e74\u53ce': 'year',
  '\u5e74\u4ffa': 'year',
  '\u6642\u7d66': 'hour',
  '\u6642\u9593\u984d': 'hour', // "\u6642\u9593\u984d 1,200\u5186\uff5e1,400\u5186": a Hello Work ticket's hourly pay
  '\u65e5\u7d66': 'day',
  '\u65e5\u5f53': 'day',
  '\u65e5\u984d': 'day', // "\u65e5\u984d 22,600": a government notice's daily pay, in yen
};
/** ISO 4217 codes a posting's pay is written in, and the symbols some pages print for one (common.json currencies). */
const currencySymbols: Record<string, string> = commonImport.currencies.symbols;
const currencies = new Set([...Object.keys(currencySymbols), ...commonImport.currencies.codes.split('|')]);
/**
 * A word that may be a currency's code or symbol ("USD", "KShs", "US$", "GH₵"): a capital, up to three letters, a
 * dollar or cedi sign; read by the pattern below and looked up in `currencies` in code (an alternation of every code
 * would make the pattern too large for recheck to prove). Each code and symbol is one such word.
 */
const currencyWord = String.raw`[A-Z][A-Za-z]{0,3}[$\u20b5]?`;
for (const code of currencies)
  if (!new RegExp(`^${currencyWord}$`).test(code)) throw new Error(`a currency code or symbol the pay pattern cannot read: ${code}`);
/** A place's town, as a duty station field may write it with its region or country: "Tahoua, Niger" is tahoua. */
const town = (place: string) => place.split(/[,(]/)[0].trim().toLowerCase();

/**
 * A headline's title without the duty station after its last dash ("… – Tapachula", "… - Tahoua, Niger") and then
 * without a UNOPS contract level in brackets at its end ("(UNOPS LICA7)", "(IICA-1)"); as it is when no dash names
 * the station.
 */
function titleWithoutPlace(title: string, station: string): string {
  const placed = / [-\u2013\u2014] ([^-\u2013\u2014]+)$/.exec(title);
  if (!placed || placed.index < 3 || town(placed[1]) !== town(station)) return title;
  const bare = title.slice(0, placed.index).trim();
  // ("… (UNOPS LICA5) - Tapachula", "… - UNOPS IICA2 - Amman": the contract goes with the place.)
  return (
    bare
      .replace(
        / (?:\((?:UNOPS )?[IL]ICA(?:[ -](?:Specialist|Support))?[- ]?\d{1,2}\)|- (?:UNOPS )?[IL]ICA(?:[ -](?:Specialist|Support))?[- ]?\d{1,2})$/,
        '',
      )
      .trim() || bare
  );
}

/** Each duty station whose country goes without saying (schemas/import/duty-stations.json), by its name in lower case. */
const stationCountries = new Map(Object.entries(dutyStations.stations).map(([station, code]) => [station.toLowerCase(), code]));

/**
 * "Duty Station: GENEVA" in a text that names no country: the country of a station that names one wherever it is
 * written, with a finding that says where it came from.
 */
function countryOfStation(read: ReadText, fields: Record<string, unknown>, targets: Record<string, string>, findings: ImportFinding[]) {
  if (!targets.duty_station || !targets.country || getPath(fields, targets.country) !== undefined) return;
  const station = getPath(fields, targets.duty_station);
  if (typeof station !== 'string') return;
  const code = stationCountries.get(town(station));
  const country = code && countryName(code);
  if (!country || !setPath(fields, targets.country, country)) return;
  const line = read.entries.find((entry) => entry.concept === 'duty_station')?.line ?? 1;
  findings.push(finding('import-country-from-station', line, { station, country }));
}

/** "The Danish Refugee Council (DRC)": the first name spelled out before the acronym in brackets. */
function spelledOut(text: string, acronym: string): string | undefined {
  return acronymDefinitions(text).find((definition) => definition.acronym === acronym)?.name;
}

const currencyAmount = String.raw`\s?(\d[\d,]{0,12}(?:\.\d+)?)`;
const currencyPay = builtPattern('import: pay in a currency', String.raw`\b(${currencyWord})${currencyAmount}`, 'g');
const currencyUpTo = builtSticky(
  'import: pay in a currency, the top of a range',
  String.raw`^\s*(?:-|\u2013|to|and)\s*(${currencyWord})?${currencyAmount}`,
);

/**
 * The first pay in a currency a line states ("USD 4,500 - 6,000", "KShs 80,000 to KShs 95,000"): a code or symbol of
 * the data, an amount, and the top of a range when one follows (after a code or symbol of the data, or none). The same
 * as the one pattern `\b(CODES)AMOUNT(?:RANGE)?` with the data's codes and symbols (longest first) as an alternation
 * where `currencyWord` stands: from a start, the only such word an amount can follow is the whole run of letters (and
 * sign) there, so a word that is no currency fails the start, or the range; and the optional range is tried only
 * where the amount's first (greedy) reading ends, so it is read after the start's match.
 */
export function currencyPayIn(line: string): { index: number; currency: string; amount: string; upTo?: string } | undefined {
  currencyPay.lastIndex = 0;
  for (let match = currencyPay.exec(line); match; match = currencyPay.exec(line)) {
    if (!currencies.has(match[1])) {
      currencyPay.lastIndex = match.index + 1;
      continue;
    }
    currencyUpTo.lastIndex = match.index + match[0].length;
    const range = currencyUpTo.exec(line);
    const upTo = range && (!range[1] || currencies.has(range[1])) ? range[2] : undefined;
    return { index: match.index, currency: match[1], amount: match[2], upTo };
  }
  return undefined;
}

// CTC: "cost to company", the pay an Indian job board states ("CTC \u20b9 9\u201312 lakh per annum").
// (And a Japanese notice's words for pay, "給与: 月額 18,500 ZMW": a local post abroad is paid in the local currency.)
// A UN Volunteer's "Volunteer Living Allowance (VLA) of USD 3,412 per month" under Conditions of service is the pay.
const payWords =
  /\b(?:salary|fee|fees|remuneration|pay|rate|honorarium|stipend|compensation|ctc|living allowance)\b|\u7d66\u4e0e|\u7d66\u6599|\u5831\u916c|\u8cc3\u91d1|\u6708\u984d|\u6708\u7d66|\u5e74\u53ce|\u65e5\u984d|\u65e5\u7d66|\u6642\u7d66/i;
const payPer: [RegExp, string][] = [
  [/\bper (?:working )?day\b|\bdaily\b|\ba day\b|\/ ?day\b|\u65e5\u984d|\u65e5\u7d66/i, 'day'],
  [/\bper month\b|\bmonthly\b|\ba month\b|\/ ?(?:month|mo)\b|\u6708\u984d|\u6708\u7d66/i, 'month'],
  [/\bper (?:year|annum)\b|\bannual\b|\byearly\b|\/ ?(?:year|yr|annum)\b|\bp\.a\.(?!\w)|\u5e74\u53ce|\u5e74\u984d/i, 'year'],
  [/\bper hour\b|\bhourly\b|\/ ?(?:hour|hr)\b|\u6642\u7d66|\u6642\u9593\u984d/i, 'hour'],
  [/\bper week\b|\bweekly\b|\/ ?(?:week|wk)\b/i, 'week'],
];

/** Signs that name one currency (common.json currencies.signs): "£29,500" is read as "GBP 29,500". */
const currencySigns: Record<string, string> = commonImport.currencies.signs;

/**
 * "9\u201312 lakh", "9-12 Lacs P.A.": amounts in lakhs (a hundred thousand), as Indian job boards state a year's pay;
 * read as the whole amounts.
 */
const lakhs = /\b(\d{1,3}(?:\.\d{1,2})?)(?:\s?[-\u2013]\s?(\d{1,3}(?:\.\d{1,2})?))?\s?(?:lakhs?|lacs?)\b/gi;
const lakhAmount = (digits: string) => String(Math.round(Number(digits) * 100000));
/**
 * "52 000 UAH per month", "40,000 - 50,000 KES": an amount (thousands apart by a space or comma) before an ISO code,
 * as many adverts write it; read as the code before it. A code followed by an amount of its own ("in 2025 USD 3,000")
 * keeps its reading.
 */
const codeAfter =
  /\b(\d{1,3}(?:[ \u00a0,]\d{3}){1,3}|\d{1,9})(?:\s?[-\u2013]\s?(\d{1,3}(?:[ \u00a0,]\d{3}){1,3}|\d{1,9}))?\s?([A-Z]{3})\b(?!\s?\d)/g;

const signAfter = /\b(\d{1,3}(?:[ \u00a0,]\d{3}){1,3}(?:\.\d{1,3})?|\d{1,9}(?:\.\d{1,3})?) ?([^\s\w.,;:()])/gu;
// Not followed by a digit, nor by a decimal or thousands mark and a digit ("XAF 24 516 000, plus" ends at its comma).
const spacedThousands = /\b([A-Z][A-Za-z]{1,3})\.? ?(\d{1,3}(?:[ \u00a0]\d{3}){1,3})(?![\d]|[,.]\d)/g;

/**
 * A pay line as the reader takes it: a currency sign as its code ("£29,500 - £31,000"), a code's or symbol's full stop
 * dropped before the amount ("Tk. 38000"), and the dollar signs of a line that names USD ("USD $58,000 - $64,000").
 */
function payLine(line: string, dollar?: string): string {
  // "日額１４，２００円": a Japanese notice's amount in full-width digits and commas, read as ASCII.
  let text = halfWidthDigits(line)
    .replace(/(\d)\uff0c(?=\d)/g, '$1,')
    .replace(lakhs, (_, low: string, high: string | undefined) => `${lakhAmount(low)}${high ? ` - ${lakhAmount(high)}` : ''}`)
    .replace(codeAfter, (written, low: string, high: string | undefined, code: string) =>
      currencies.has(code) ? `${code} ${low.replace(/[\s,]/g, '')}${high ? ` - ${high.replace(/[\s,]/g, '')}` : ''}` : written,
    );
  // "2,850 \u20ac gross per month": a sign after its amount, as a European page writes it, goes before it.
  text = text.replace(signAfter, (written, digits: string, sign: string) =>
    currencySigns[sign] ? `${currencySigns[sign]} ${digits.replace(/[\s\u00a0]/g, '')}` : written,
  );
  // "KES 4 512 300": thousands parted by spaces after a code, as one number.
  text = text.replace(spacedThousands, (written, code: string, digits: string) =>
    currencies.has(code) ? `${code} ${digits.replace(/[\s\u00a0]/g, '')}` : written,
  );
  // "\u20b9 900000" as "INR 900000": the space after a sign goes with it.
  text = text.replace(/([^\sA-Za-z\d])(\s?)(?=\d)/gu, (written, sign: string) =>
    currencySigns[sign] ? `${currencySigns[sign]} ` : written,
  );
  text = text.replace(/\b([A-Z][A-Za-z]{0,3})\.\s?(?=\d)/g, (word, code: string) => (currencies.has(code) ? `${code} ` : word));
  // "78,510 US $", "78,510 US$": an amount before the US dollar's symbol, as UNESCO's notices write it, goes after it.
  text = text.replace(/\b(\d{1,3}(?:,\d{3}){1,3}|\d{1,9}) ?US ?\$(?![\w$])/g, 'US$ $1');
  // "US $76,481", "US $ 39,012": a symbol printed with a space before its sign ("US$") is that symbol.
  text = text.replace(/\b([A-Z][A-Za-z]{0,3}) \$ ?(?=\d)/g, (word, code: string) => (currencies.has(`${code}$`) ? `${code}$` : word));
  if (/\bUSD\s?\$\d/.test(text)) return text.replace(/\$(?=\d)/g, '');
  // "$48,000 - $54,000 / year" in a posting in the United States: the dollar of the country (common.json dollarCountries).
  return dollar ? text.replace(/(^|[^\p{L}$])\$\s?(?=\d)/gu, `$1${dollar} `) : text;
}

/** The dollar a dollar sign alone means in a posting in `country` (common.json currencies.dollarCountries), if any. */
function dollarOf(country: unknown): string | undefined {
  const code = typeof country === 'string' ? countryCode(country) : undefined;
  return code ? (commonImport.currencies.dollarCountries as Record<string, string>)[code] : undefined;
}

/**
 * Whether a line states a pay: it says so ("Salary", "fee", "rate"), the line before it is a pay heading
 * ("Remuneration and budget:" above "Band level B - USD 7,000 - 9,980 per month"), or it is the pay alone, as a job
 * board prints it on its own line ("KSh 60,000 - 75,000", "Tk. 38000 (Monthly)").
 */
function statesPay(line: string, before: string | undefined, payIndex: number): boolean {
  if (payWords.test(line)) return true;
  // "Budget (travel costs excluded): Level B, USD 6,500 per month": a WHO consultancy's pay, a budget for a period.
  // (Only a line that opens with it: "€1,000 yearly learning budget" among a company's perks is no pay.)
  if (/^\W{0,3}budget\b/i.test(line) && payPer.some(([per]) => per.test(line))) return true;
  if (before !== undefined && before.length <= 80 && payWords.test(before)) return true;
  // "We offer: USD 1,100 net per month, health insurance …": the first thing an offer names, by the month or year.
  if (
    /^(?:we offer|what we offer|our offer|benefits|package)\s?:\s?$/i.test(line.slice(0, payIndex)) &&
    payPer.some(([per]) => per.test(line))
  )
    return true;
  // A pay that opens its line, after at most a pictograph or bullet (a company's "💶 €48,000 – €56,000 gross per year,
  // plus meal allowance"): alone, or with the period it is paid for. So does a board's cell of pay in a line of cells
  // ("On-site | Full Time | $48,000 - $54,000 / year"), by itself.
  const cellStart = /\s[|\u00b7]\s+$/.exec(line.slice(0, payIndex));
  if (cellStart) {
    const cell = line.slice(payIndex).split(/\s[|\u00b7]\s/)[0];
    return cell.trim().length <= 40 && payPer.some(([per]) => per.test(cell));
  }
  if (!/^(?:[\s\p{Extended_Pictographic}\u2022\u00b7*-]|\ufe0f)*$/u.test(line.slice(0, payIndex))) return false;
  return line.trim().length <= 40 || payPer.some(([per]) => per.test(line.slice(payIndex, payIndex + 60)));
}

const amount = (digits: string, man?: string) => Number(digits.replace(/,/g, '')) * (man ? 10000 : 1);

/** The pay a line states: "月給21万円〜25万円", "月額約36万円", "a daily fee between USD 250 and USD 350". */
function salaryIn(lines: readonly string[], dollar?: string): Record<string, unknown> | undefined {
  let before: string | undefined;
  for (const written of lines) {
    const line = payLine(written, dollar);
    const previous = before;
    if (written.trim()) before = written.trim();
    const yen = yenPay.exec(line);
    // "通勤手当 実費支給（上限あり）月額 10,000円": an allowance (手当, 交通費) paid by the month is no pay; nor is a ticket's
    // raise, bonus, overtime or rent ("昇給 あり 前年度実績 月額3,000円": 昇給, 賞与, 残業, 寮費, 家賃), nor a company's flat
    // ("社宅 あり（単身用、月額25,000円）"). "基本給（月額） 220,000円〜255,000円": the month's pay, its unit in brackets.
    if (
      yen &&
      /\u624b\u5f53|\u4ea4\u901a\u8cbb|\u6607\u7d66|\u8cde\u4e0e|\u6b8b\u696d|\u5bee\u8cbb|\u5bb6\u8cc3|\u793e\u5b85/.test(
        line.slice(0, yen.index),
      )
    )
      continue;
    if (yen) {
      const salary: Record<string, unknown> = { currency: 'JPY' };
      if (yen[4]) Object.assign(salary, { minimum: amount(yen[2], yen[3]), maximum: amount(yen[4], yen[5] ?? yen[3]) });
      // "月給22万円以上", "月給22万円～": the least it pays, not the amount.
      else if (/^\s*(?:\u4ee5\u4e0a|[\u301c~\uff5e](?!\s*\d))/.test(line.slice(yen.index + yen[0].length)))
        salary.minimum = amount(yen[2], yen[3]);
      else salary.amount = amount(yen[2], yen[3]);
      // "基本給（月額平均）又は時間額 200,000円～": a ticket's month's pay, which it may also give by the hour.
      salary.per = /\u6708\u984d/.test(line.slice(0, yen.index)) ? 'month' : yenPer[yen[1]];
      return salary;
    }
    const stated = currencyPayIn(line);
    if (!stated || !statesPay(line, previous, stated.index)) continue;
    // "an annual budget of about EUR 6.5 million": a programme's money, counted in millions, is no one's pay.
    const amountAt = line.indexOf(stated.amount, stated.index);
    if (amountAt >= 0 && /^\s?(?:million|billion|bn|mn)\b/i.test(line.slice(amountAt + stated.amount.length))) continue;
    // "D15,000" is dalasi; "D1" is a grade (common.json currencies): a one-letter symbol needs an amount of thousands.
    if (stated.currency.length === 1 && stated.amount.replace(/\D/g, '').length < 4) continue;
    const salary: Record<string, unknown> = { currency: currencySymbols[stated.currency] ?? stated.currency };
    if (stated.upTo) Object.assign(salary, { minimum: amount(stated.amount), maximum: amount(stated.upTo) });
    // "a daily fee of up to USD 400": the most it pays, not the amount.
    else if (/\b(?:up to|not (?:to )?exceed(?:ing)?|maximum(?: of)?|at most)\s*$/i.test(line.slice(0, stated.index)))
      salary.maximum = amount(stated.amount);
    // "Annual net salary from BDT 4,862,000 depending on experience": the least it pays, not the amount. So is a pay
    // that "starts at" an amount, or a notice's "Minimum net salary US$ 80,153 per annum" (the grade's first step).
    else if (
      /\b(?:from|(?:starting|starts?) (?:at|from)|at least|minimum(?: of)?|minimum (?:[a-z]+ ){0,3}(?:salary|pay|remuneration)(?: of)?|no less than)\s*$/i.test(
        line.slice(0, stated.index),
      )
    )
      salary.minimum = amount(stated.amount);
    else salary.amount = amount(stated.amount);
    // "Annual salary: (Net of tax)" over "US$ 84,989 at single rate": the period the pay heading above names.
    const per =
      payPer.find(([pattern]) => pattern.test(line))?.[1] ??
      (previous !== undefined && previous.length <= 80 && payWords.test(previous)
        ? payPer.find(([pattern]) => pattern.test(previous))?.[1]
        : undefined);
    if (per) salary.per = per;
    return salary;
  }
  return undefined;
}

/** A duration as a text opens it: "one year …", "12 months", "45 working days". */
/** Words that name a kind of contract ("fixed-term contract", "temporary appointment"), after a length or alone. */
const contractKind = /\b(?:fixed[- ]term|contract|appointment|permanent|temporary)\b/i;

const durationStart =
  /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s*(?:-\s*)?(?:\(\w+\)\s*)?(?:(?:working|calendar|work)\s+)?(?:years?|months?|weeks?|days?)\b/i;

const dateWord = String.raw`(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8} \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5)`;
const rangePattern = builtPattern(
  'import: range of dates',
  String.raw`(?:\b(?:between|from) )?(${dateWord}) ?(?:and|to|until|through|[\u301c~\uff5e\u2013-]) ?(${dateWord})`,
);

const yearlessRange = builtPattern(
  'import: range of dates, the first without its year',
  String.raw`\b(?:between|from) (\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8} \d{1,2}) (?:and|to|until|through) (${dateWord})`,
);

/**
 * "between 1 June and 30 September 2027": a term whose start takes the end's year (the year before, when its month
 * comes later in the year than the end's: "from 1 December to 28 February 2027").
 */
function yearlessStart(text: string): RegExpExecArray | undefined {
  const match = yearlessRange.exec(text);
  const end = match ? readDate(match[2]) : undefined;
  if (!match || !end || !('iso' in end)) return undefined;
  const year = Number(end.iso.slice(0, 4));
  const start = readDate(`${match[1]} ${year}`);
  if (!start || !('iso' in start)) return undefined;
  match[1] = `${match[1]}${/^\d/.test(match[1]) ? '' : ','} ${start.iso > end.iso ? year - 1 : year}`;
  return match;
}

/** Two dates a text gives as a term ("between 2 December 2024 and 28 February 2025", "2025年4月1日〜2026年3月31日"). */
function dateRangeIn(text: string): { start: string; end: string; before: string } | undefined {
  const match = rangePattern.exec(text) ?? yearlessStart(text);
  if (!match) {
    // "01.03.2026 - 31.08.2026": a period in numbers, when one end decides its day/month order.
    const numeric = numericPeriod(text);
    if (!numeric) return undefined;
    let before = text.slice(0, numeric.index).replace(/\b(?:from|between)\s*$/i, '');
    while (before && /[\s,:\uff1a(\uff08]/.test(before[before.length - 1])) before = before.slice(0, -1);
    return { start: numeric.start, end: numeric.end, before: before.trim() };
  }
  const start = readDate(match[1]);
  const end = readDate(match[2]);
  if (!start || !end || !('iso' in start) || !('iso' in end)) return undefined;
  let before = text.slice(0, match.index);
  while (before && /[\s,:\uff1a(\uff08]/.test(before[before.length - 1])) before = before.slice(0, -1);
  return { start: match[1], end: match[2], before: before.trim() };
}

/**
 * "SELECTION CRITERIA" over "Master's degree in …" / "At least 8 years of relevant professional experience …": a
 * World Bank posting's requirements under a heading that elsewhere names how offers are assessed. A criteria section
 * whose lines are requirements (two at least about a degree, experience or languages) and that scores nothing (no
 * points, marks or weights) is the requirements.
 */
function requirementsUnderCriteria(read: ReadText): void {
  if (read.entries.some((entry) => entry.kind === 'section' && entry.concept === 'qualifications' && entry.lines?.length)) return;
  for (const entry of read.entries) {
    if (entry.kind !== 'section' || entry.concept !== 'assessment' || !entry.lines || entry.lines.length < 2) continue;
    if (!/criteria/i.test(entry.label)) continue;
    if (entry.lines.some((line) => /\b(?:points?|marks?|score|weight(?:ing)?|scoring)\b|%/i.test(line.text))) continue;
    const about = entry.lines.filter((line) => {
      const concept = qualificationConcept(line.text);
      return concept === 'education' || concept === 'experience' || concept === 'languages';
    });
    if (about.length >= 2) entry.concept = 'qualifications';
  }
}

/** A requirement that is a certificate or licence, not a degree (common.json certificatePattern). */
const certificateLine = dataPattern(commonImport.certificatePattern, 'i');

/** What a line of a mixed list of requirements is about, in this order (common.json qualificationLines). */
const qualificationLines: { concept: string; pattern: string }[] = commonImport.qualificationLines;

/**
 * A list of requirements under one heading (Minimum Requirements, 応募資格) in a text with no section of its own for
 * education, experience or languages: its lines about a degree, years of experience or languages are those fields.
 * Only a list that mixes at least two of them is split; a line about none stays where it is.
 */
function splitQualifications(read: ReadText, targets: Record<string, string>): void {
  const concepts = [...new Set(qualificationLines.map((rule) => rule.concept))];
  if (!concepts.every((concept) => targets[concept])) return;
  const sections = read.entries.filter((entry) => entry.kind === 'section');
  // A job board's summary fact above the text ("Education" / "Master's degree required"): one short line, no sentence.
  // (A board's next heading, "Description", may follow it.)
  const summary = (entry: Entry) =>
    !!entry.lines &&
    entry.lines.length <= 2 &&
    entry.lines.every((line) => line.text.length <= 40 && !/[.;\u3002]/.test(line.text) && !/[\u3040-\u9fff]/.test(line.text));
  // A ticket's row that asks nothing ("学歴" over "不問（国内・海外の学校を問いません）", common.json notRequired): no section.
  const notRequired = dataPattern(commonImport.notRequired.pattern);
  const asksNothing = (entry: Entry) => !!entry.lines?.length && entry.lines.every((line) => notRequired.test(line.text.trim()));
  // The concepts the text gives a section of their own: a requirement about one of them stays where the text put it.
  const own = new Set(
    sections
      .filter((entry) => concepts.includes(entry.concept) && entry.lines?.length && !summary(entry) && !asksNothing(entry))
      .map((entry) => entry.concept),
  );
  if (concepts.every((concept) => own.has(concept))) return;
  // A JPO notice's conditions (eligibility) name the degree the programme asks for: they stay together unless the text
  // has no section for any of their parts.
  if (own.size && targets.qualifications?.startsWith('eligibility.')) return;
  const onlyAbout = (text: string) => {
    const about = new Set(
      qualificationLines.filter((rule) => dataPattern(rule.pattern, 'i').test(halfWidthDigits(text))).map((rule) => rule.concept),
    );
    return about.size === 1 ? [...about][0] : undefined;
  };
  for (const entry of sections) {
    // An experience section that opens with the degree ("KNOWLEDGE AND EXPERIENCE" over "- Bachelor's degree in …; Master's
    // degree preferred." and the years asked), in a text with no section for education: the line about the degree alone
    // is the education. A line that also asks for years of experience stays.
    if (entry.concept === 'experience' && own.has('experience') && !own.has('education') && entry.lines) {
      const degrees = entry.lines.filter((line) => line.text.length <= 200 && onlyAbout(line.text) === 'education');
      if (degrees.length && degrees.length < entry.lines.length) {
        entry.lines = entry.lines.filter((line) => !degrees.includes(line));
        read.entries.push({ concept: 'education', label: entry.label, line: entry.line, kind: 'section', lines: degrees, moved: true });
      }
    }
    // An experience or education section's line about languages ("Fluent English; Arabic is desirable."), in a text
    // with no section for languages: the languages. Only a line that says so itself, never one read by the line before.
    if (entry.concept !== 'qualifications' && own.has(entry.concept) && !own.has('languages') && entry.lines) {
      const languages = entry.lines.filter((line) => line.text.length <= 200 && qualificationConcept(line.text) === 'languages');
      if (!languages.length || languages.length === entry.lines.length) continue;
      entry.lines = entry.lines.filter((line) => !languages.includes(line));
      read.entries.push({ concept: 'languages', label: entry.label, line: entry.line, kind: 'section', lines: languages, moved: true });
      continue;
    }
    if (entry.concept !== 'qualifications' || !entry.lines) continue;
    const conceptOf = qualificationConcept;
    // A paragraph of sentences ("The consultant should hold a master's degree … At least seven years of experience …
    // Familiarity with … is desirable.") is read a sentence at a time, each kept whole and in its order.
    // A paragraph (no bullet) is read a sentence at a time, and a sentence about two requirements a clause at a time
    // ("… hold an advanced degree …, and have at least seven years of experience …"); a sentence about none goes with
    // the one before it in the paragraph, and one that says who may apply ("open to Namibian nationals only") is a note.
    const found: { line: (typeof entry.lines)[number]; concept?: string }[] = [];
    for (const line of entry.lines) {
      // A bullet's requirement, then the sentences that say what is an asset ("… Experience with a UN agency is an asset.").
      const sentences = line.text.length > 200 || !line.bullet ? line.text.split(sentenceBreak) : assetApart(line).map((part) => part.text);
      let before: string | undefined;
      for (const sentence of sentences)
        // Clauses only of a paragraph of one sentence: a paragraph's sentences each stay whole.
        for (const text of sentences.length === 1 && line.text.length > 60 ? clausesOf(sentence) : [sentence]) {
          const read = eligibilitySentence.test(text) ? 'notes' : text.length <= 400 ? (conceptOf(text) ?? before) : undefined;
          // "Certificate in procurement or logistics (CIPS, KISM or equivalent) is required.": a certificate, where the
          // profile lists certificates apart from degrees (UNHCR's Certificates and/or Licenses).
          const certificate = certificateLine.test(text) && !/\b(?:degree|bachelor|master)/i.test(text);
          const concept = read === 'education' && targets.certificates && certificate ? 'certificates' : read;
          found.push({ line: { ...line, text }, concept });
          before = concept === 'notes' ? before : concept;
        }
    }
    // Two kinds of requirement at least, counting those the text gives a section of their own.
    const kinds = new Set([...own, ...found.map((item) => item.concept).filter((concept) => concept && concept !== 'notes')]);
    if (kinds.size < 2) continue;
    // A requirement about a concept the text has a section for stays in this list, as written.
    for (const item of found) if (item.concept && own.has(item.concept)) item.concept = undefined;
    for (const item of found) if (item.concept === 'notes') read.lead.push({ text: item.line.text, line: entry.line });
    entry.lines = found.filter((item) => !item.concept).map((item) => item.line);
    // A heading whose every line found its field says nothing more (placed, never noted).
    if (!entry.lines.length) entry.inferred = true;
    for (const concept of [...concepts, 'desirable', 'certificates']) {
      const lines = found.filter((item) => item.concept === concept).map((item) => item.line);
      if (lines.length) read.entries.push({ concept, label: entry.label, line: entry.line, kind: 'section', lines, moved: true });
    }
  }
}

/** A sentence that says who may apply: "The consultancy is open to Namibian nationals only." (common.json). */
const eligibilitySentence = dataPattern(commonImport.eligibilitySentence, 'i');

/**
 * A sentence about two requirements, clause by clause, the conjunction kept with the clause it opens ("… a degree in
 * law, and have at least seven years of experience …"): only where a clause is about something other than the whole.
 */
function clausesOf(sentence: string): string[] {
  // "Master's degree in midwifery …; at least ten years of experience …; full proficiency in Portuguese …": a UNFPA
  // ToR's one line of requirements, clause by clause at its semicolons, when they are about two requirements or more
  // ("Fluency in Portuguese; Chiteve is an advantage" is one statement of languages).
  const stated = sentence.split(/;\s/);
  const about = new Set(stated.map(qualificationConcept).filter((concept) => concept && concept !== 'desirable'));
  if (stated.length > 1 && about.size > 1) return stated;
  const parts = sentence.split(/,\s(?=and\s)/);
  if (parts.length < 2) return [sentence];
  const whole = qualificationConcept(sentence);
  return parts.some((part) => {
    const concept = qualificationConcept(part);
    return concept !== undefined && concept !== whole;
  })
    ? parts.map((part, index) => (index ? withoutClauseLead(part) : part))
    : [sentence];
}

const clauseLead = dataPattern(commonImport.clauseLead, 'i');

/** A clause without the words that joined it to the one before ("and have at least \u2026" gives "At least \u2026", common.json clauseLead). */
function withoutClauseLead(clause: string): string {
  const rest = clause.replace(clauseLead, '');
  return rest === clause || !rest ? clause : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/** What a requirement is about: desirable, languages, education or experience (common.json qualificationLines). */
function qualificationConcept(text: string): string | undefined {
  // ("経験を２年以上": full-width digits read as the patterns write them.)
  const about = qualificationLines.find((rule) => dataPattern(rule.pattern, 'i').test(halfWidthDigits(text)))?.concept;
  // "Knowledge of Kanuri and/or Hausa is a strong advantage": a language wished for is still about languages.
  if (about === 'languages') return about;
  // ("英語で職務を遂行できること。ポルトガル語ができれば尚可。": a required sentence before the wish is no wish.)
  return isAsset(text) && !text.includes(';') && !/\u3002./.test(text) && !/\b(?:is|are) required\b|\bmust\b/i.test(text)
    ? 'desirable'
    : about;
}

/**
 * "Candidates should hold an advanced degree … They should have at least seven years … Experience in … will be a
 * strong advantage. Excellent English … required.": each sentence of a qualifications paragraph in the field it is
 * about, in its order; a sentence about none goes with the one before it. Only when at least two fields are found,
 * none of them is filled yet and no sentence is about two; otherwise the paragraph is left to be placed whole.
 */
function splitParagraph(fields: Record<string, unknown>, targets: Record<string, string>, texts: readonly string[]): boolean {
  const concepts = [...new Set(qualificationLines.map((rule) => rule.concept)), 'desirable'];
  if (!concepts.every((concept) => targets[concept] && getPath(fields, targets[concept]) === undefined)) return false;
  const sentences = texts.flatMap((text) => text.split(sentenceBreak));
  const found: { concept: string; text: string }[] = [];
  const about = (text: string) =>
    new Set(qualificationLines.filter((rule) => dataPattern(rule.pattern, 'i').test(text)).map((rule) => rule.concept));
  for (const sentence of sentences) {
    // "… holds an advanced university degree in … and has at least eight years of experience …": a sentence about two
    // whose clauses are about one each is, whole, in both fields; any other sentence about two keeps the paragraph whole.
    const concepts = about(sentence);
    if (concepts.size > 1) {
      const clauses = sentence.split(/,?\s(?=and (?:has|have|holds?|brings?|possess(?:es)?|speaks?)\s)/);
      if (clauses.length < 2 || !clauses.every((clause) => about(clause).size <= 1)) return false;
      for (const concept of concepts) found.push({ concept, text: sentence });
      continue;
    }
    const concept = qualificationConcept(sentence) ?? found[found.length - 1]?.concept;
    if (!concept) return false;
    found.push({ concept, text: sentence });
  }
  if (new Set(found.map((item) => item.concept)).size < 2) return false;
  for (const concept of concepts) {
    const said = found.filter((item) => item.concept === concept).map((item) => item.text);
    if (said.length) setPath(fields, targets[concept], /\[[,;]*\]$/.test(targets[concept]) ? said : said.join(' '));
  }
  return true;
}

/**
 * A sentence that says it is an asset: "… is desirable.", "… would be an asset", "… is an advantage", or in Japanese
 * "…の方歓迎", "…尚可", "…優遇", "…ことが望ましい" (written as escapes: the bundles stay Latin-1).
 */
// ("…相談業務の経験がある方を優遇します。", "…の経験があれば尚可": a Japanese wish, as "方歓迎" is; "…の方を歓迎します" says
// whom the employer welcomes to apply, no wish.)
const assetSentence =
  /\b(?:is|are|would be|will be)(?: considered)?(?: (?:an?|a strong|a distinct|a clear|strongly|highly))? (?:asset|desirable|advantage|advantageous|plus|preferred)\b|(?:\u65b9|\u8005|\u7d4c\u9a13|\u8cc7\u683c|\u77e5\u8b58)(?:\u6b53\u8fce|\u5c1a\u53ef|\u512a\u9047)[\u3002.]?$|(?:\u65b9|\u8005|\u7d4c\u9a13|\u8cc7\u683c|\u77e5\u8b58)\u3092\u512a\u9047(?:\u3057\u307e\u3059|\u3044\u305f\u3057\u307e\u3059)?[\u3002.]?$|\u3042\u308c\u3070(?:\u6b53\u8fce|\u5c1a\u53ef)[\u3002.]?$|\u3053\u3068\u304c\u671b\u307e\u3057\u3044[\u3002.]?$/i;

/**
 * A requirement that says it is an asset without a verb, as a list item often does: "Experience in Central Asia
 * strongly preferred.", "Knowledge of Malay or Burmese an asset." (never one that also says what is required:
 * "Degree required, Master's preferred" stays whole where it is).
 */
const verblessAsset = /(?:\bpreferred|\ban? (?:asset|advantage|plus))[.;]?$/i;
const isAsset = (text: string) =>
  assetSentence.test(text) ||
  (verblessAsset.test(text.trim()) && !/\b(?:required|requirements?|must|essential|mandatory|minimum|at least)\b/i.test(text));

/** A purpose section's lines from `first` on, as a section of duties of its own right after it (moved, not stated). */
function dutiesFrom(read: ReadText, section: Entry, first: number): void {
  const all = section.lines ?? [];
  section.lines = all.slice(0, first);
  read.entries.splice(read.entries.indexOf(section) + 1, 0, {
    concept: 'duties',
    label: section.label,
    line: section.line,
    kind: 'section',
    lines: all.slice(first),
    moved: true,
  });
}

/**
 * "PURPOSE AND SCOPE OF ASSIGNMENT" / "Under the supervision of …, the officer will …. Specifically, the incumbent will:" and
 * then bulleted tasks: the sentences are the purpose, the list after the lead-in is the duties, in a text that has no
 * section of duties. Only where every line after the first item is an item, and there are two or more.
 */
/**
 * "Competencies" over "Accountability, Client & results orientation, …, Judgement and decision making": a list of UNHCR's
 * framework without its groups (the careers page's own summary of the post), in a profile that keeps the competencies
 * by group and has no place for them all together. Each name goes to the group the framework puts it in
 * (schemas/catalogues/unhcr.json); only a list whose every name is the framework's, and where no section of a group
 * is read already.
 */
function competenciesByFramework(read: ReadText, targets: Record<string, string>): void {
  const groups: Record<string, string> = {
    core: 'core_competencies',
    managerial: 'managerial_competencies',
    cross_functional: 'cross_functional_competencies',
  };
  if (targets.competencies || !targets.core_competencies) return;
  if (read.entries.some((entry) => Object.values(groups).includes(entry.concept) && entry.lines?.length)) return;
  const list = read.entries.find((entry) => entry.kind === 'section' && entry.concept === 'competencies' && entry.lines?.length);
  if (!list?.lines) return;
  const names = list.lines
    .flatMap((line) => line.text.replace(/\.$/, '').split(/[;,]\s*/))
    .map((name) => name.trim())
    .filter(Boolean);
  const found = names.map((name) => ({ name, group: competencyGroup(name) }));
  if (!found.length || found.some(({ group }) => !group || !groups[group])) return;
  read.entries.splice(
    read.entries.indexOf(list),
    1,
    ...Object.entries(groups)
      .map(([group, concept]) => ({ concept, names: found.filter((item) => item.group === group).map((item) => item.name) }))
      .filter(({ names: inGroup }) => inGroup.length)
      .map(({ concept, names: inGroup }) => ({
        ...list,
        concept,
        lines: inGroup.map((name) => ({ text: name, bullet: false })),
      })),
  );
}

function listOutOfPurpose(read: ReadText): void {
  if (read.entries.some((entry) => entry.kind === 'section' && entry.concept === 'duties' && entry.lines?.length)) return;
  const { sections, pattern } = commonImport.dutiesLeadIn;
  const leadIn = dataPattern(pattern, 'i');
  for (const concept of sections) {
    const section = read.entries.find((entry) => entry.kind === 'section' && entry.concept === concept && entry.lines?.length);
    if (!section?.lines) continue;
    const first = section.lines.findIndex((line) => line.bullet);
    if (first < 1 || section.lines.length - first < 2 || section.lines.slice(first).some((line) => !line.bullet)) continue;
    const lead = section.lines[first - 1].text;
    // An overview's lead-in must say it leads into tasks ("以下の業務を行う。"); a purpose's may end with a colon.
    if (!(concept === 'objectives' && /[:\uff1a]$/.test(lead)) && !leadIn.test(lead)) continue;
    dutiesFrom(read, section, first);
    return;
  }
}

/**
 * "仕事内容 (wide space) …する仕事です。" above its list of tasks: the sentences before the list describe the role, the list is its
 * duties (common.json roleDescription), for the profiles named there and where no section describes the role.
 */
function splitDescription(read: ReadText, profileId: string): void {
  const { profiles, from, to } = commonImport.roleDescription;
  if (!profiles.includes(profileId) || read.entries.some((entry) => entry.kind === 'section' && entry.concept === to)) return;
  const section = read.entries.find((entry) => entry.kind === 'section' && entry.concept === from && entry.lines?.length);
  if (!section?.lines) return;
  const first = section.lines.findIndex((line) => line.bullet);
  const lead = section.lines.slice(0, first);
  if (first < 1 || section.lines.length - first < 2 || section.lines.slice(first).some((line) => !line.bullet)) return;
  if (!lead.every((line) => /[.\u3002]$/.test(line.text))) return;
  section.lines = section.lines.slice(first);
  read.entries.splice(read.entries.indexOf(section), 0, {
    concept: to,
    label: section.label,
    line: section.line,
    kind: 'section',
    lines: lead,
  });
}

/**
 * "Position Summary" / "The Livelihoods Officer will lead …", "Job Description:" / "The Field Monitoring Officer checks
 * …" above a list of duties: a section that opens by describing the role is the role's purpose (common.json
 * roleSummary), in a text with no section for it. A job description's prose moves only when another section holds
 * the duties; a section of list items stays.
 */
function roleSummary(read: ReadText, targets: Record<string, string>): void {
  const { from, headings, opening, post } = commonImport.roleSummary;
  const headed = new Set(headings.map((heading) => heading.toLowerCase()));
  const sections = read.entries.filter((entry) => entry.kind === 'section' && entry.lines?.length);
  if (!targets.objectives || sections.some((entry) => entry.concept === 'objectives')) return;
  const opens = dataPattern(opening);
  const role = dataPattern(commonImport.prose.roleWords);
  const names = (words: string) => {
    const parts = words.split(' ');
    const last = parts[parts.length - 1].replace(/[\u2019']s$/, '');
    return role.test(last) || (parts.length > 1 && role.test(`${parts[parts.length - 2]} ${last}`)) || dataPattern(post, 'i').test(last);
  };
  for (const concept of from)
    for (const entry of sections.filter((section) => section.concept === concept)) {
      const lines = entry.lines ?? [];
      if (
        !headed.has(
          entry.label
            .trim()
            .replace(/[:\uff1a]$/, '')
            .trimEnd()
            .toLowerCase(),
        ) ||
        lines.some((line) => line.bullet)
      )
        continue;
      if (concept === 'duties' && !sections.some((other) => other !== entry && other.concept === 'duties')) continue;
      const match = opens.exec(lines[0].text);
      if (!match || (match[1] !== undefined && !names(match[1]))) continue;
      entry.concept = 'objectives';
      return;
    }
}

/**
 * The initials of a name written in capitals ("WORLD METEOROLOGICAL ORGANIZATION" → WMO; "of", "for", "the", "and" left
 * out), from three words to six; undefined for any other line.
 */
function initialsOf(line: string): string | undefined {
  if (!/^[A-Z][A-Z' -]{8,80}$/.test(line)) return undefined;
  const words = line.split(/[\s-]+/).filter((word) => word && !/^(?:OF|FOR|THE|AND|ON|IN)$/.test(word));
  return words.length >= 3 && words.length <= 6 ? words.map((word) => word[0]).join('') : undefined;
}

/** A letterhead's line that names an office ("ILO Country Office for Bangladesh", "Zambia Country Office"). */
const unitLine = (line: string) =>
  dataPattern(commonImport.inference.unitLine).test(line) || dataPattern(commonImport.inference.officeLine).test(line);

/** A job board's cell that gives the working time or the kind of contract alone. */
const headerWorkingTime = /^(?:full|part)[- ]?time$|^(?:permanent|temporary|fixed[- ]term|contract|consultancy|internship)$/i;

/**
 * "Finance Assistant" / "Lake Region Orphans Support Programme" / "Kisumu", "Senior Grants Manager" / "Kilimo Bora
 * International · Nairobi, Kenya": a job board's header names the organisation on one of its first lines, as a name
 * the text uses again. A line of capitalised words (a short name in brackets may follow, and a place after a middle
 * dot) that ends in no role, announces nothing and recurs further down is the organisation; the place after the dot is
 * the duty station and its country, and the cells right under the name the working time and the duty station, when the
 * text gives none. The lines stay in notes as written.
 */
function headerName(read: ReadText, text: string): void {
  const has = (concept: string) => read.entries.some((entry) => entry.concept === concept && (entry.value || entry.lines?.length));
  const announces = dataPattern(commonImport.prose.titleLabels, 'i');
  for (const lead of read.lead.slice(0, 3)) {
    if (lead.line > 5) break;
    const [cell, place] = lead.text.split(/\s\u00b7\s/);
    const name = cell.replace(/ \([A-Z]{2,10}\)$/, '').trim();
    const words = name.split(' ');
    const named = words.every((word) => /^(?:[A-Z][\w&'\u2019.-]*|of|for|and|the|de|&)$/.test(word));
    if (words.length < 2 || words.length > 8 || !named || endsInRole(name) || announces.test(name) || isDate(name)) continue;
    // "Subregional Office for the Caribbean (SLC)" under an agency's name: an office of the organisation, no organisation.
    if (unitLine(name)) continue;
    const after = text.indexOf(lead.text) + lead.text.length;
    // "Plan International Malawi": an organisation's name with the country of its office after it, where the text
    // goes on to use the name alone; the organisation is the name.
    const countryAt = words.findIndex((_, at) => at >= 2 && countryCode(words.slice(at).join(' ')) !== undefined);
    const bareName = countryAt > 0 && !/[A-Z]{2}/.test(words[countryAt]) ? words.slice(0, countryAt).join(' ') : undefined;
    const used = text.indexOf(name, after) >= 0 ? name : bareName && text.indexOf(bareName, after) >= 0 ? bareName : undefined;
    if (!used) continue;
    // "UNHCR Careers": a known organisation's careers site is that organisation.
    const known = isOrganisationLine(used) ? organizationNamedIn(used) : undefined;
    if (!has('organization'))
      read.entries.push({
        concept: 'organization',
        label: 'Organization',
        line: lead.line,
        kind: 'field',
        value: known ?? used,
        inferred: true,
      });
    const cityCountry = place ? /^([A-Z][\w'\u2019 .-]{1,40}), ([A-Z][\w'\u2019 .-]{1,40})$/.exec(place.trim()) : null;
    if (cityCountry && countryCode(cityCountry[2]) && !has('duty_station') && !has('country')) {
      read.entries.push({
        concept: 'duty_station',
        label: 'Location',
        line: lead.line,
        kind: 'field',
        value: cityCountry[1],
        inferred: true,
      });
      read.entries.push({ concept: 'country', label: 'Country', line: lead.line, kind: 'field', value: cityCountry[2], inferred: true });
    }
    // The board's next cells, one a line right under the name: the working time ("Full Time") and a place the text
    // names again ("Kisumu" … "in Kisumu and Siaya counties").
    const index = read.lead.indexOf(lead);
    for (const next of read.lead.slice(index + 1, index + 4).filter((cell) => cell.line <= lead.line + 4)) {
      const value = next.text.trim();
      if (headerWorkingTime.test(value)) {
        if (!has('contract_type'))
          read.entries.push({ concept: 'contract_type', label: 'Job type', line: next.line, kind: 'field', value, inferred: true });
      } else if (
        /^[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}$/.test(value) &&
        !has('duty_station') &&
        !isDate(value) &&
        // "Finance Department" under the name is a unit, no place (prose.notPlace).
        !dataPattern(commonImport.prose.notPlace).test(value) &&
        text.indexOf(value, text.indexOf(next.text) + next.text.length) >= 0
      )
        read.entries.push({ concept: 'duty_station', label: 'Location', line: next.line, kind: 'field', value, inferred: true });
    }
    return;
  }
}

/**
 * "Purpose and scope of the assignment" written as paragraphs: from the first paragraph that opens like the
 * consultant's work ("The consultant will first review …", common.json prose.paragraphs, duties) to the end of the
 * section, the paragraphs are the duties, in a text with no section of duties; the purpose before them stays.
 */
function splitScope(read: ReadText, targets: Record<string, string>): void {
  if (!targets.duties || read.entries.some((entry) => entry.kind === 'section' && entry.concept === 'duties' && entry.lines?.length))
    return;
  const patterns = commonImport.prose.paragraphs.filter((entry) => entry.concept === 'duties').map((entry) => dataPattern(entry.pattern));
  const section = read.entries.find((entry) => entry.kind === 'section' && entry.concept === 'objectives' && entry.lines?.length);
  if (!section?.lines || section.lines.some((line) => line.bullet)) return;
  const first = section.lines.findIndex((line) => line.text.length >= 80 && patterns.some((pattern) => pattern.test(line.text)));
  if (first < 1) return;
  dutiesFrom(read, section, first);
}

/** Where a sentence ends: a stop after a word, before a capital, but not an abbreviation's ("e.g. ACCA", "i.e. UN"). */
const sentenceBreak = /(?<=[a-z)][.!?])(?<!\b(?:e\.g|i\.e|incl|approx|cf|vs)\.)\s+(?=[A-Z])/;

/**
 * "A minimum of one year of experience in … Experience with a UN agency is an asset.": an item whose last sentences,
 * and only those, say they are an asset is the requirement and then each asset, as written.
 */
function assetApart<T extends { text: string }>(line: T): T[] {
  if (line.text.length > 800) return [line];
  const sentences = line.text.split(sentenceBreak);
  const first = sentences.findIndex((sentence) => isAsset(sentence));
  if (first < 1 || sentences.slice(first).some((sentence) => !isAsset(sentence))) return [line];
  return [sentences.slice(0, first).join(' '), ...sentences.slice(first)].map((text) => ({ ...line, text }));
}

/**
 * In a text without a section for what is desirable, the sentences of its education and experience sections that say
 * they are an asset ("Experience in the arid lands … is desirable.") are the desirable qualifications.
 */
function moveDesirable(read: ReadText, targets: Record<string, string>): void {
  if (!targets.desirable) return;
  const sections = read.entries.filter((entry) => entry.kind === 'section');
  if (sections.some((entry) => ['desirable', 'experience_desirable'].includes(entry.concept) && entry.lines?.length)) return;
  for (const entry of sections) {
    // (FAO's "Technical/Functional Skills" list what is assessed beyond the minimum: "… is considered a strong asset".)
    if (!['education', 'experience', 'experience_essential', 'qualifications', 'functional_skills'].includes(entry.concept) || !entry.lines)
      continue;
    // "A minimum of one year of experience in … Experience with a UN agency is an asset.": the requirement stays, the
    // sentence that says it is an asset goes on as an item of its own.
    entry.lines = entry.lines.flatMap(assetApart);
    // A list item may end with a semicolon ("… is an advantage;"); one inside joins two statements and stays.
    const moved = entry.lines.filter((line) => line.text.length <= 300 && !line.text.replace(/;$/, '').includes(';') && isAsset(line.text));
    if (!moved.length || moved.length === entry.lines.length) continue;
    entry.lines = entry.lines.filter((line) => !moved.includes(line));
    read.entries.push({ concept: 'desirable', label: entry.label, line: entry.line, kind: 'section', lines: moved, moved: true });
  }
}

/**
 * What the entries say only together: the title on the first line under Workday's Standard Job Description, a grade
 * after the title ("HUMANITARIAN AFFAIRS OFFICER, P4"), a country after the duty station ("Kyiv, Ukraine"), and a
 * vacancy number written without a label ("Vacancy Notice VN2025/UA/HR/077").
 */
/** Fields that name something: a number alone is none of them. */
const namedConcepts = ['title', 'organization', 'unit', 'duty_station', 'country', 'supervisor'];

const dateConcepts = new Set(commonImport.fields.filter((field) => 'kind' in field && field.kind === 'date').map((field) => field.concept));

/**
 * "応募締切：2月15日(土)" beside "掲載日：2025年1月10日": a date field printed without its year takes the year of the
 * text's own date (its posting date, else its first full date, then only where a weekday confirms it; dates.ts).
 */
function yearsOfDates(read: ReadText, text: string): void {
  const isoOf = (value: string | undefined) => {
    const date = value === undefined ? undefined : readDate(value);
    return date && 'iso' in date ? date.iso : undefined;
  };
  const fields = read.entries.filter((entry) => entry.kind === 'field' && entry.value !== undefined && dateConcepts.has(entry.concept));
  if (!fields.some((entry) => isoOf(entry.value) === undefined)) return;
  const posted = isoOf(fields.find((entry) => entry.concept === 'date_posted')?.value);
  const reference =
    posted ??
    text
      .split(/\r\n|\r|\n/)
      .map(isoOf)
      .find(Boolean);
  for (const entry of fields)
    if (isoOf(entry.value) === undefined) entry.yearRead = isoOf(withYearOf(entry.value ?? '', reference, posted !== undefined));
}

function refine(read: ReadText, text: string, aside: readonly string[] = []): void {
  // (Before the generic title goes under notes for the headline that says more.)
  contractFromJobCode(read);
  // "Post Number: N/A": a value that states nothing fills no field; the line stays under notes as written.
  const noValue = dataPattern(commonImport.prose.noValue, 'i');
  const noContractType = dataPattern(commonImport.prose.noContractType, 'i');
  for (const entry of [...read.entries])
    if (
      entry.kind === 'field' &&
      entry.value !== undefined &&
      (noValue.test(entry.value.trim()) || (entry.concept === 'contract_type' && noContractType.test(entry.value.trim())))
    ) {
      read.entries.splice(read.entries.indexOf(entry), 1);
      read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    }
  // "Job - Specific Qualification" over "Not available.": a section whose one line states nothing stays under notes too,
  // heading and line, as a section of no concept (never a lead line, which a text without a title would take as it).
  for (const entry of read.entries)
    if (entry.kind === 'section' && entry.lines?.length === 1 && !entry.moved && noValue.test(entry.lines[0].text.trim()))
      entry.concept = 'no_value';
  // "Type of contract: 12 months, with possibility of extension" beside "Position type: National": a contract given as
  // its length, where another label states its type, is the duration (where no other line gives it; else a note).
  for (const entry of [...read.entries]) {
    if (entry.kind !== 'field' || entry.concept !== 'contract_type' || !entry.value || !durationStart.test(entry.value.trim())) continue;
    const stated = (concept: string) =>
      read.entries.some((other) => other !== entry && other.kind === 'field' && other.concept === concept && other.value);
    if (!stated('contract_type')) continue;
    if (!stated('duration')) entry.concept = 'duration';
    else {
      read.entries.splice(read.entries.indexOf(entry), 1);
      read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    }
  }
  // "Who we are" / "What we do" / "Careers" / "Donate": a site's menu whose item is a known heading opens no section. The
  // text's first section, of menu lines (short, no bullet, no sentence but one such as a cookie banner among four times
  // as many), whose concept comes again below in the text's own sentences, is the page's chrome: it stays under notes.
  const sentence = (text: string) => text.split(/\s+/).length > 8 || /[.!?]$/.test(text.trim());
  for (const entry of [...read.entries]) {
    if (entry.kind !== 'section' || !entry.lines?.length || entry.lines.some((line) => line.bullet)) continue;
    const at = read.entries.indexOf(entry);
    // (Only the page's first section: a list of competencies further down is no menu.)
    if (read.entries.slice(0, at).some((other) => other.kind === 'section' && other.lines?.length)) continue;
    const said = entry.lines.filter((line) => sentence(line.text)).length;
    if (said > 1 || entry.lines.length - said < Math.max(4, 4 * said)) continue;
    const again = read.entries
      .slice(at + 1)
      .some((other) => other.kind === 'section' && other.concept === entry.concept && other.lines?.some((line) => sentence(line.text)));
    if (!again) continue;
    read.entries.splice(at, 1);
    read.lead.push({ text: entry.label, line: entry.line }, ...entry.lines.map((line) => ({ text: line.text, line: entry.line })));
  }
  // "… will be contacted." then "Other open positions" / "Livelihoods Officer – Kakuma, Kenya" / "© … 2027": the page's
  // footer after its last section of statements (closing remarks, how to apply), two short lines or more with no
  // sentence after the last sentence, stays under notes.
  const last = read.entries.filter((entry) => entry.kind === 'section' && !entry.moved).pop();
  if (last?.lines && (last.concept === 'closing' || last.concept === 'how_to_apply')) {
    let end = last.lines.length;
    while (end > 0 && !sentence(last.lines[end - 1].text)) end--;
    if (end > 0 && last.lines.length - end >= 2) {
      read.lead.push(...last.lines.slice(end).map((line) => ({ text: line.text, line: last.line })));
      last.lines = last.lines.slice(0, end);
    }
  }
  // "ポスト番号 / 機関名称 / ポスト名称 / 勤務地" over "1 / 国連人口基金 / …": a column's number read under a name's label is
  // the post's number in a table, not a title, place or organisation; the line stays under notes as written.
  for (const entry of [...read.entries])
    if (
      entry.kind === 'field' &&
      namedConcepts.includes(entry.concept) &&
      entry.value !== undefined &&
      /^\d{1,4}$/.test(entry.value.trim())
    ) {
      read.entries.splice(read.entries.indexOf(entry), 1);
      read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    }
  // "Country Office, Lao People's Democratic Republic": a page heading that begins with a label is no country field.
  for (const entry of [...read.entries])
    if (
      entry.kind === 'field' &&
      entry.concept === 'country' &&
      entry.value &&
      !countryCode(entry.value) &&
      dataPattern(`^(?:${commonImport.prose.notPlace})`).test(entry.value.trim())
    ) {
      read.entries.splice(read.entries.indexOf(entry), 1);
      read.lead.push({ text: `${entry.label} ${entry.value}`, line: entry.line });
    }
  const entries = read.entries;
  const has = (concept: string) => entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  const titled = entries.find((entry) => entry.titleFollows && entry.lines?.length);
  const first = titled?.lines?.shift();
  if (titled && first) {
    const stated = entries.find((entry) => entry.kind === 'field' && entry.concept === 'title' && entry.value)?.value;
    if (!stated) entries.unshift({ concept: 'title', label: 'Title', line: titled.line + 1, kind: 'field', value: first.text });
    else if (bareTitle(stated) !== bareTitle(first.text)) read.lead.push({ text: first.text, line: titled.line + 1 });
  }
  // "Job Code Title: PROGRAMME MANAGEMENT OFFICER" under the page's heading "PROGRAMME MANAGEMENT OFFICER (FOOD SYSTEMS),
  // P3": the heading, which says more, is the title; the generic title stays under notes.
  const generic = entries.find(
    (entry) => entry.kind === 'field' && entry.concept === 'title' && entry.value && commonImport.genericTitleLabels.includes(entry.label),
  );
  // "## ASSOCIATE HUMAN RIGHTS OFFICER (TEMPORARY), P2": a Markdown paste's heading is compared without its hashes.
  const unhashed = (text: string) => text.replace(/^#{1,6}\s+/, '');
  const heading = generic?.value
    ? read.lead.find(
        (line) =>
          unhashed(line.text).length > generic.value!.length && unhashed(line.text).toLowerCase().startsWith(generic.value!.toLowerCase()),
      )
    : undefined;
  // The generic title's line goes under notes after the heading's own (in the order the page gives them).
  const genericNote = generic && heading ? { text: `${generic.label}: ${generic.value}`, line: generic.line } : undefined;
  if (generic && heading) Object.assign(generic, { label: 'Title', value: unhashed(heading.text), line: heading.line });
  // "Job Opening Number" before "Job Opening ID": the label whose value is the field comes first (common.json preferredLabels).
  for (const [concept, labels] of Object.entries(commonImport.preferredLabels)) {
    if (!Array.isArray(labels)) continue;
    // (Compared without case: an e-mailed advert writes its labels in capitals, "CONTRACT: Fixed term, …".)
    const named = new Set(labels.map((label) => label.toLowerCase()));
    const preferred = entries.findIndex(
      (entry) => entry.kind === 'field' && entry.concept === concept && entry.value && named.has(entry.label.toLowerCase()),
    );
    const first = entries.findIndex((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
    if (preferred > first && first >= 0) entries.splice(first, 0, ...entries.splice(preferred, 1));
  }
  if (!has('title')) {
    // "# Terms of Reference – Endline Evaluation Consultant": the title after the page's heading (the line stays in notes).
    const headed = read.lead.map((line) => ({ line, match: headedTitle.exec(line.text)?.groups })).find((found) => found.match?.title);
    if (headed?.match) {
      entries.unshift({ concept: 'title', label: 'Title', line: headed.line.line, kind: 'field', value: headed.match.title.trim() });
      // "Call for Individual Consultant – …": the contract the call is for.
      const contract = headed.match.contract;
      if (contract && !has('contract_type'))
        entries.push({
          concept: 'contract_type',
          label: 'Contract type',
          line: headed.line.line,
          kind: 'field',
          value: contract,
          inferred: true,
        });
    }
  }
  if (!has('title')) {
    // "TERMS OF REFERENCE" or "Call for Expressions of Interest" alone on a line: the next line is the title.
    const kind = dataPattern(commonImport.prose.documentKind, 'i');
    const at = read.lead.findIndex((line, index) => {
      const next = read.lead[index + 1];
      return kind.test(line.text.trim()) && next && next.line <= line.line + 2 && titleLine(next.text);
    });
    if (at >= 0) {
      const [next] = read.lead.splice(at + 1, 1);
      entries.unshift({ concept: 'title', label: 'Title', line: next.line, kind: 'field', value: next.text.trim() });
    }
  }
  if (!has('title')) {
    // "Home / Careers / Vacancies / Education Project Coordinator" above "Education Project Coordinator": a careers page's
    // breadcrumb ends in the title its heading repeats. The line said twice near the top, naming a role, is the title
    // (even where a menu's "Who we are" took it into a section); the lines stay where they were read.
    const repeated = repeatedTitle(text);
    if (repeated) {
      entries.unshift({ concept: 'title', label: 'Title', line: repeated.line, kind: 'field', value: repeated.text, inferred: true });
      read.lead = read.lead.filter((line) => line.text.trim() !== repeated.text);
    }
  }
  if (!has('title')) headlineRow(read);
  if (!has('title')) numberedHeadline(read);
  boardHeadline(read, aside);
  if (!has('title')) {
    // "Social and Behaviour Change Officer, NO-1, Fixed Term, Kigali, Rwanda (…)", "National Consultant: Review of …,
    // Windhoek, Namibia": a jobs site's headline on the text's first line, whose first part names a role, is the title
    // (the line stays in notes) - rather than a slogan further down ("For every child, a voice").
    // (A site's or organisation's name above it, "UNICEF Careers", is no headline.)
    const first = read.lead.find((line) => !isOrganisationLine(line.text) && !pageHeading.test(line.text));
    const cell =
      first && first.line <= 3 && !looksLikeTitle(first.text) && titleLine(first.text.replace(/^[^:\uff1a]{2,40}[:\uff1a]\s/, ''))
        ? headlineTitle(first.text)
        : undefined;
    if (cell && first) {
      entries.unshift({ concept: 'title', label: 'Title', line: first.line, kind: 'field', value: cell });
      // "…, Kampala, Uganda (6 months)": the headline's city and country after the title, where no field gives them.
      const [city, country] = withoutEndBracket(first.text).split(/,\s/).slice(1).slice(-2);
      // ("Location: Uganda" under it names only the country: the headline's city is the station; the line stays in notes.)
      const station = entries.find((entry) => entry.kind === 'field' && entry.concept === 'duty_station' && entry.value);
      const countryOnly = !!station?.value && !!countryCode(station.value.trim());
      const place = !!city && !!country && !!countryCode(country.trim()) && placeWord.test(city.trim()) && !countryCode(city.trim());
      if (place && station && countryOnly) {
        read.lead.push({ text: `${station.label}: ${station.value}`, line: station.line });
        station.value = city.trim();
      } else if (place && !station) {
        entries.push({ concept: 'duty_station', label: 'Location', line: first.line, kind: 'field', value: city.trim(), inferred: true });
      }
      if (place && !has('country'))
        entries.push({ concept: 'country', label: 'Country', line: first.line, kind: 'field', value: country.trim(), inferred: true });
    }
  }
  if (!has('title')) {
    // A line that ends in a role ("… Officer", "… Consultant") before any other that could be a title: an organisation's
    // tagline above the text ("For every child, a voice") is no title.
    const first = read.lead[0]?.line ?? 0;
    // The top of the text is its first 15 lines, or its first 12 lines left unread: a header's labelled fields, an
    // e-mail's envelope and a site's menu before the title do not push it out. A Japanese notice's name after its
    // post ("２０２６年度 企画調査員（…）募集要項") is no page heading of its own (titleSuffix).
    // "Program Manager, Refugee Cash Transfers": at the very top, a role and then what it is about. "JPO派遣候補者選考試験
    // 募集要項": a Japanese notice names itself by what it recruits for, above its site's header lines too. (Said here,
    // not inside the expression, where the bundler would keep it and the bundle would leave Latin-1.)
    const roled = read.lead.findIndex(
      (line, index) =>
        (line.line <= first + 15 || index < 12) &&
        looksLikeTitle(line.text.replace(titleSuffix, '')) &&
        (endsInRole(line.text) || (index < 4 && roleThenTopic(line.text)) || japaneseNoticeName.test(line.text)),
    );
    // A line that names no role is the title only where no sentence names the post ("We are looking for a dedicated
    // Community Health Mobiliser to join …"): the organisation's name atop its advert is no title (prose.ts reads it).
    // "Jobs \u203a Vacancies \u203a Political Officer": a page's breadcrumb (kept under notes) ends in its title, which
    // names a role, before a line that names none.
    const crumb =
      roled >= 0
        ? undefined
        : aside
            .map((line) => line.split(/\s?[\u203a\u00bb>\uff1e]\s?/))
            .filter((crumbs) => crumbs.length >= 3 && crumbs.every((step) => /^[^:[\]()]{1,60}$/.test(step.trim())))
            .map((crumbs) => crumbs[crumbs.length - 1].trim())
            .find((last) => looksLikeTitle(last) && endsInRole(last));
    if (crumb) entries.unshift({ concept: 'title', label: 'Title', line: first, kind: 'field', value: crumb, inferred: true });
    const at = roled >= 0 ? roled : crumb || titleInProse(read, text) ? -1 : read.lead.findIndex((line) => looksLikeTitle(line.text));
    if (at >= 0) {
      // "# ICLA Project Coordinator": a Markdown paste's page heading, without its hashes.
      const value = framedBySymbols(read.lead[at].text.replace(/^#{1,6}\s+/, ''));
      entries.unshift({ concept: 'title', label: 'Title', line: read.lead[at].line, kind: 'field', value });
      read.lead.splice(at, 1);
    }
  }
  generalTitle(read);
  const title = entries.find((entry) => entry.kind === 'field' && entry.concept === 'title' && entry.value);
  // "Consultancy: Early Childhood Education Data Consultant": the words before the colon announce the post.
  // ("We're hiring! Community Health Manager – Kisumu, Kenya": a social post's cry announces it as a colon does.)
  const announced = title?.value && /^([^:\uff1a!]{3,40})(?:[:\uff1a]|!)\s*(\S.*)$/.exec(title.value);
  const isAnnounced = !!title && !!announced && dataPattern(commonImport.prose.titleLabels, 'i').test(announced[1]);
  if (title && announced && isAnnounced) title.value = announced[2].trim();
  // "… – Kisumu, Kenya" after an announced post: the place it is in, a city and a country the ISO list knows, where
  // no field gives the duty station (the headline as written stays in notes).
  const announcedPlace =
    isAnnounced && title?.value ? / [-\u2013\u2014] ([^,\u2013\u2014]{2,40}), ([^,\u2013\u2014]{2,40})$/.exec(title.value) : null;
  if (
    title?.value &&
    announcedPlace &&
    countryCode(announcedPlace[2]) &&
    !countryCode(announcedPlace[1]) &&
    !has('duty_station') &&
    !has('country')
  ) {
    read.lead.push({ text: `${title.label}: ${announced ? announced[0] : title.value}`, line: title.line });
    entries.push(inferredField('duty_station', 'Location', title.line, announcedPlace[1].trim()));
    entries.push(inferredField('country', 'Country', title.line, announcedPlace[2].trim()));
    title.value = title.value.slice(0, announcedPlace.index).trim();
  }
  if (title?.value) {
    const remark = /^[\uff1c<\u3010[(\uff08]([^\uff1e>\u3011\])\uff09]{1,40})[\uff1e>\u3011\])\uff09]\s*(\S.*)$/.exec(title.value);
    if (remark) {
      read.lead.push({ text: title.value, line: title.line });
      title.value = remark[2].trim();
    }
  }
  // The page's first line often repeats the title: it is the title, not a note.
  if (title?.value) read.lead = read.lead.filter((line) => unhashed(line.text) !== title.value);
  // A title read from a whole headline row (three cells or more; "Title of the assignment<TAB>…" is a label and its
  // value): its first cell, the row kept in notes.
  if (title?.value && title.value.split('\t').length >= 3) {
    read.lead.unshift({ text: title.value, line: title.line });
    title.value = title.value.split('\t')[0].trim();
  }
  if (title?.value) headlineCells(read, title.value);
  placeLine(read);
  headlineFacts(read);
  // What follows trims the title of what is no part of it; the headline as written stays in notes, once.
  const headline = title?.value;
  const trimTitle = (to: string) => {
    if (!title || !headline) return;
    if (title.value === headline) read.lead.push({ text: `${title.label}: ${headline}`, line: title.line });
    title.value = to;
  };
  // "Community Health Officer (1 position)", "Programme Officer (2 POSTS)", "… - EXT": how many posts, or whom the round is
  // open to, is no part of the title.
  const suffix = title?.value ? dataPattern(commonImport.inference.titleSuffix, 'i').exec(title.value) : undefined;
  if (title?.value && suffix && suffix.index > 2) trimTitle(title.value.slice(0, suffix.index).trim());
  // "2026年度 企画調査員…", "令和8年度第2回 …": the round's fiscal year before a Japanese title (common.json titlePrefix).
  const prefix = title?.value ? dataPattern(commonImport.inference.titlePrefix).exec(title.value) : undefined;
  if (title?.value && prefix && prefix[0].length < title.value.length) trimTitle(title.value.slice(prefix[0].length).trim());
  // "Job Description - Agricultural Officer (2601234)": a careers page's heading before the post, and its requisition
  // number after it (common.json titlePageHeading); the number is the job ID where no field gives one.
  const headingBefore = title?.value ? dataPattern(commonImport.inference.titlePageHeading, 'i').exec(title.value) : undefined;
  if (title?.value && headingBefore && headingBefore[0].length < title.value.length - 2) {
    const rest = title.value.slice(headingBefore[0].length).trim();
    const requisition = dataPattern(commonImport.inference.titleRequisition).exec(rest);
    trimTitle(requisition ? rest.slice(0, requisition.index).trim() : rest);
    if (requisition && !has('job_id'))
      entries.push({ concept: 'job_id', label: 'Requisition', line: title.line, kind: 'field', value: requisition[0].trim().slice(1, -1) });
  }
  // "Project Officer (INT11378)": an NGO's reference in brackets after the title is the job ID (common.json inference).
  const titleRef = title?.value ? dataPattern(commonImport.inference.titleReference).exec(title.value) : undefined;
  if (title?.value && titleRef && titleRef.index > 2 && !has('job_id')) {
    trimTitle(title.value.slice(0, titleRef.index).trim());
    entries.push({ concept: 'job_id', label: 'Reference', line: title.line, kind: 'field', value: titleRef[1] });
  }
  // "Monitoring Specialist (IICA-1) - Tahoua, Niger": a careers page's headline ends with the duty station its header
  // gives; the place is no part of the title.
  const headerStation = entries.find((entry) => entry.kind === 'field' && entry.concept === 'duty_station' && entry.value)?.value;
  if (title?.value && headerStation) {
    const bare = titleWithoutPlace(title.value, headerStation);
    if (bare !== title.value) trimTitle(bare);
  }
  const graded = title && titleGradeOf(title.value!);
  if (title && graded && graded.title.trim()) {
    // "National Project Coordinator - NOB (DC)": the dash before the grade goes with it.
    trimTitle(graded.title.trim().replace(/\s[-\u2013\u2014]$/, ''));
    // (A UNOPS page's "Contract level" gives the level the title repeats: it is the grade.)
    if (!has('grade') && !has('ica_level'))
      entries.push({ concept: 'grade', label: 'Grade', line: title.line, kind: 'field', value: graded.grade });
  }
  // "# ASSOCIATE POPULATION AFFAIRS OFFICER, P2" above a "Job Code Title" field: the page's heading gives the grade.
  if (title?.value && !has('grade')) {
    const wanted = title.value.toLowerCase();
    for (const line of read.lead) {
      const headed = titleGradeOf(line.text.replace(/^#{1,6}\s+/, ''));
      if (!headed || headed.title.trim().toLowerCase() !== wanted) continue;
      entries.push({ concept: 'grade', label: 'Grade', line: line.line, kind: 'field', value: headed.grade, inferred: true });
      break;
    }
  }
  // "## About NRC": a text that names no organisation in a field is from the one it introduces itself as.
  if (!entries.some((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value)) {
    const about = entries
      .filter((entry) => entry.kind === 'section')
      .map((entry) => ({ entry, name: dataPattern(commonImport.inference.aboutOrganization).exec(entry.label)?.[1] }))
      .find((found) => found.name);
    // "About DRC" in a text that spells it out ("The Danish Refugee Council (DRC) is …"): the name as spelled out.
    const acronym = about?.name && /^[A-Z]{2,8}$/.test(about.name) ? about.name : undefined;
    const spelled = acronym ? spelledOut(text, acronym) : undefined;
    const name = spelled?.replace(/^The /, '') ?? about?.name;
    if (about && name) entries.push(inferredField('organization', 'Organization', about.entry.line, name));
  }
  if (!has('target_start_date')) {
    for (const pattern of commonImport.inference.startDate) {
      const match = dataPattern(pattern).exec(text);
      const date = match ? readDate(match[1]) : undefined;
      if (!match || !date || !('iso' in date)) continue;
      const line = text.slice(0, match.index).split(/\r\n|\r|\n/).length;
      entries.push({ concept: 'target_start_date', label: 'Start date', line, kind: 'field', value: date.iso, inferred: true });
      break;
    }
  }
  if (!has('contract_end_date')) {
    const start = entries.find((entry) => entry.kind === 'field' && entry.concept === 'target_start_date' && entry.value)?.value;
    for (const pattern of commonImport.inference.endDate) {
      const match = dataPattern(pattern).exec(text);
      const date = match ? readDate(match[1]) : undefined;
      // (An end that comes before the start is no end of this assignment.)
      if (!match || !date || !('iso' in date) || (start && /^\d{4}-\d{2}-\d{2}$/.test(start) && date.iso <= start)) continue;
      const line = text.slice(0, match.index).split(/\r\n|\r|\n/).length;
      entries.push({ concept: 'contract_end_date', label: 'End date', line, kind: 'field', value: date.iso, inferred: true });
      break;
    }
  }
  // "国連児童基金（UNICEF）", "United Nations Children's Fund (UNICEF)": a known organisation by the name it goes by
  // (common.json organizations; the line stays in notes). Another's full name stays as written.
  const named = entries.find((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value);
  const short = named?.value && /^([^(\uff08]{4,80})[(\uff08]([A-Z][A-Za-z&]{1,11})[)\uff09]$/.exec(named.value.trim());
  if (named && short && commonImport.organizations.some((organization) => organization.name === short[2])) {
    read.lead.push({ text: `${named.label}: ${named.value}`, line: named.line });
    named.value = short[2];
  }
  if (genericNote) read.lead.push(genericNote);
  // "Country Office, Lao People's Democratic Republic" (a letterhead read as "Country …"): no country, kept in notes.
  for (const entry of [...entries])
    if (
      entry.kind === 'field' &&
      entry.concept === 'country' &&
      entry.value &&
      !countryCode(entry.value) &&
      /\bOffice\b/.test(entry.value)
    ) {
      read.lead.push({ text: `${entry.label} ${entry.value}`, line: entry.line });
      entries.splice(entries.indexOf(entry), 1);
    }
  // "Location: Jordan" beside "Duty Station: Amman": a location that is a country is the country.
  for (const entry of entries)
    if (entry.kind === 'field' && entry.concept === 'duty_station' && entry.value && countryCode(entry.value) && !has('country'))
      entry.concept = 'country';
  // "■勤務地" over "本社：神奈川県横浜市中区海岸通3-9（…駅 徒歩3分）": a workplace label left empty whose next line is the head
  // office's address (read as the company's 所在地) names the duty station there; the address stays the company's too.
  if (!has('duty_station')) {
    const empty = entries.find((entry) => entry.kind === 'field' && entry.concept === 'duty_station' && !entry.value);
    const office = empty
      ? entries.find(
          (entry) =>
            entry.kind === 'field' &&
            entry.concept === 'employer_location' &&
            entry.line === empty.line + 1 &&
            // The head office labels (honsha, honten), escaped to keep the bundle Latin-1.
            /^(?:\u672c\u793e|\u672c\u5e97)$/.test(entry.label.trim()) &&
            !!entry.value &&
            !!placeOf(entry.value),
        )
      : undefined;
    if (empty && office?.value) empty.value = office.value;
  }
  const station = entries.find((entry) => entry.kind === 'field' && entry.concept === 'duty_station' && entry.value);
  // "就業場所 事業所所在地と同じ" with no place after it: the place of the ticket's 所在地 (the line stays under notes).
  const address = entries.find((entry) => entry.kind === 'field' && entry.concept === 'employer_location' && entry.value);
  const sameAsAddress =
    !!station?.value &&
    !!address?.value &&
    dataPattern(commonImport.japaneseMunicipality.sameAsAddress).test(station.value) &&
    !placeOf(station.value) &&
    !!placeOf(address.value);
  if (station && address?.value && sameAsAddress) {
    read.lead.push({ text: `${station.label}: ${station.value}`, line: station.line });
    station.value = address.value;
  }
  const place = station?.value ? placeOf(station.value) : undefined;
  if (station && place && (place.city !== station.value || place.country)) {
    const country = entries.find((entry) => entry.kind === 'field' && entry.concept === 'country' && entry.value);
    // "Location: Yola, Adamawa": a state or region after the city is no country (the country is looked for elsewhere);
    // it stays in notes with the line.
    const region = !!place.country && /^[\p{Script=Latin}\s'.-]+$/u.test(place.country) && !countryCode(place.country);
    if (region) place.country = undefined;
    if ((place.rest || region || (country && place.country && country.value !== place.country)) && !sameAsAddress)
      read.lead.push({ text: `${station.label}: ${station.value}`, line: station.line });
    station.value = place.city;
    // ("在ザンビア日本国大使館（ルサカ）": an embassy is the posting's organisation, not a unit of it.)
    const isOrganisation = (unit: string) => commonImport.inference.organization.some((pattern) => dataPattern(pattern).test(unit));
    if (place.unit && !has('unit') && !isOrganisation(place.unit))
      entries.push({ concept: 'unit', label: station.label, line: station.line, kind: 'field', value: place.unit });
    if (!country && place.country)
      entries.push({ concept: 'country', label: 'Country', line: station.line, kind: 'field', value: place.country });
  }
  // "ILO Country Office for Bangladesh" under the organisation's name: the unit, where no field names one.
  if (!has('unit')) {
    const office = read.lead.find((line) => unitLine(line.text));
    if (office) {
      entries.push({ concept: 'unit', label: 'Unit', line: office.line, kind: 'field', value: office.text });
      read.lead = read.lead.filter((line) => line !== office);
    }
    // "Danish Refugee Council \u2013 Somalia Country Office      DRC": a letterhead that names the organisation, a dash and
    // its office (a logo's initials may stand after a wide space): the office is the unit; the line stays in notes.
    const dashed = office
      ? undefined
      : read.lead
          .filter((line) => line.line <= 3)
          .map((line) => ({ line, parts: / [\u2013\u2014-] (.+)$/.exec(line.text.split(/\s{3,}|\t/)[0].trim()) }))
          .find(({ parts }) => parts && unitLine(parts[1].trim()));
    if (dashed?.parts)
      entries.push({ concept: 'unit', label: 'Unit', line: dashed.line.line, kind: 'field', value: dashed.parts[1].trim() });
  }
  // "Home-based with two missions to Thimphu, Bhutan": a station that ends with a country names it, however it begins.
  if (station?.value && !has('country') && station.value.includes(',')) {
    const last = station.value.slice(station.value.lastIndexOf(',') + 1).trim();
    if (countryCode(last)) entries.push(inferredField('country', 'Country', station.line, last));
  }
  // "Duty Station: ADDIS ABABA" and "… headquarters in Addis Ababa, Ethiopia" in a sentence: the country the text gives it.
  const stationed = entries.find((entry) => entry.kind === 'field' && entry.concept === 'duty_station' && entry.value);
  if (stationed?.value && !has('country') && stationed.value.length <= 40) {
    const lower = text.toLowerCase();
    const city = stationed.value.toLowerCase();
    for (let at = lower.indexOf(city); at >= 0; at = lower.indexOf(city, at + 1)) {
      // The words after "<city>, " that are a country: "Ethiopia. The …" is Ethiopia, "Cox's Bazar, Bangladesh" Bangladesh.
      const words =
        /^,\s?((?:[A-Z][\w'\u2019-]*\.? ?){1,4})/
          .exec(text.slice(at + city.length))?.[1]
          .trim()
          .split(' ') ?? [];
      const country = words
        .map((_, count) =>
          words
            .slice(0, count + 1)
            .join(' ')
            .replace(/\.$/, ''),
        )
        .find((name) => countryCode(name));
      if (!country) continue;
      entries.push(inferredField('country', 'Country', stationed.line, country));
      break;
    }
  }
  // "NPO法人ミライブリッジ「ワークブリッジ」", "NPO法人…（難民の就職伴走サービス「ブリッジ・キャリア」）": a matching partner and
  // its service, named alone or in brackets that say what it is (the line stays in notes).
  for (const entry of [...entries]) {
    if (entry.kind !== 'field' || entry.concept !== 'matching_partner' || !entry.value) continue;
    const service =
      /^([^\u300c]{2,40})\u300c([^\u300d]{1,30})\u300d$/.exec(entry.value) ??
      /^([^\u300c(\uff08]{2,40})[(\uff08][^\u300c\u300d()\uff08\uff09]{0,30}\u300c([^\u300d]{1,30})\u300d[)\uff09]$/.exec(entry.value);
    if (!service) continue;
    read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    entry.value = service[1].trim();
    entries.push({ concept: 'matching_service', label: entry.label, line: entry.line, kind: 'field', value: service[2].trim() });
  }
  // "VN 2025/061 (P) - EXT", "SVN2025/041 (Open to Somali nationals only)": the vacancy number without whom it is open
  // to (the line stays in notes).
  for (const entry of entries) {
    if (entry.kind !== 'field' || entry.concept !== 'job_id' || !entry.value) continue;
    const open =
      /^(\S.{2,60}?) [-\u2013] (?:EXT|INT|External|Internal)$/i.exec(entry.value) ??
      /^(\S.{2,60}?) \((?:open|restricted|reserved|limited) (?:only )?to [^()]{2,60}\)$/i.exec(entry.value);
    if (!open) continue;
    read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    entry.value = open[1];
  }
  splitComposites(read);
  if (!has('deadline')) {
    // (A Japanese notice's era years and full-width digits read as Western years and ASCII, "令和8年12月4日（金）17時必着",
    // where the words say it is the day applications must arrive by: "…（令和11年3月31日まで）" of a term is no deadline.)
    const western = withWesternYears(halfWidthDigits(text));
    const readings = [
      ...commonImport.inference.deadline.map((pattern) => ({ pattern, source: text, arrival: false })),
      ...commonImport.inference.deadline.map((pattern) => ({ pattern, source: western, arrival: true })),
    ];
    // (必着, 締切, 締め切, as escapes: the bundles keep one byte a character, test/unit/bundles.test.ts.)
    const arrivalMatch = (pattern: unknown, source: string) =>
      typeof pattern === 'string'
        ? [...source.matchAll(new RegExp(pattern, 'gi'))].find((found) => /\u5fc5\u7740|\u7de0\u5207|\u7de0\u3081\u5207/.test(found[0]))
        : undefined;
    for (const { pattern, source, arrival } of readings) {
      const match = arrival ? arrivalMatch(pattern, source) : execReader(pattern as DataReader, source, 'i');
      const date = match ? readDate(match[1]) : undefined;
      if (!match || match.index === undefined || !date || !('iso' in date)) continue;
      const line = source.slice(0, match.index).split(/\r\n|\r|\n/).length;
      entries.push({ concept: 'deadline', label: 'Deadline', line, kind: 'field', value: date.iso, inferred: true });
      break;
    }
  }
  // "Organization: AF_KEN Kenya": an applicant-tracking system's code for the hiring office (WHO's Taleo pages), no
  // organisation's name; it is the unit (common.json officeCode).
  const officeCode = entries.find(
    (entry) => entry.kind === 'field' && entry.concept === 'organization' && dataPattern(commonImport.officeCode).test(entry.value ?? ''),
  );
  if (officeCode && !entries.some((entry) => entry.concept === 'unit')) officeCode.concept = 'unit';
  // "GOLA WOMEN AND CHILDREN HEALTH NETWORK (GWCHN)" atop a local organisation's advert: its letterhead, when the text
  // goes on to use the short name and names none of the agencies the data knows ("INDIVIDUAL CONSULTANT (IC)" atop a
  // UNDP notice is no organisation).
  const knownAgency = organizationNamedIn(text) !== undefined;
  if (!knownAgency && !entries.some((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value)) {
    const top = text.split(/\r\n|\r|\n/).slice(0, commonImport.inference.letterhead.lines);
    const usedTwice = (short: string) => text.split(new RegExp(`\\b${literalPhrase(short)}\\b`)).length > 2;
    const at = top.findIndex((line) => {
      const short = dataPattern(commonImport.inference.letterhead.pattern).exec(line.trim())?.[2];
      // "WORLD METEOROLOGICAL ORGANIZATION" over a notice that says "WMO": a name in capitals whose initials the text
      // uses as its short name, twice at least.
      return short ? usedTwice(short) : !!initialsOf(line.trim()) && usedTwice(initialsOf(line.trim())!);
    });
    if (at >= 0)
      entries.push({ concept: 'organization', label: 'Organization', line: at + 1, kind: 'field', value: top[at].trim(), inferred: true });
  }
  if (!entries.some((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value)) {
    for (const pattern of commonImport.inference.organization) {
      const match = new RegExp(pattern, 'm').exec(text);
      if (!match) continue;
      entries.push({
        concept: 'organization',
        label: 'Organization',
        line: text.slice(0, match.index).split(/\r\n|\r|\n/).length,
        kind: 'field',
        // "Applications close on 28 February 2027. Acme Youth is an equal opportunity employer": the name is in the
        // sentence that says so, after the full stop of the one before.
        value: (match[1].split(/[.!?] (?=\p{Lu})/u).pop() ?? match[1]).trim(),
      });
      break;
    }
  }
  // "Kombo Women's Horticulture Network (KWHN) is a registered Gambian NGO": an organisation introducing itself.
  let introduced: Entry | undefined;
  if (!entries.some((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value)) {
    const rule = commonImport.inference.selfIntroduced;
    const kinds = dataPattern(rule.kinds);
    const pattern = new RegExp(rule.pattern, 'gm');
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 120);
      if (!kinds.test(rest.split(/[.\n]/)[0])) continue;
      introduced = {
        concept: 'organization',
        label: 'Organization',
        line: text.slice(0, match.index).split(/\r\n|\r|\n/).length,
        kind: 'field',
        // "The Norwegian Refugee Council is an independent humanitarian organisation": the name without its article.
        value: match[1].trim().replace(/^The /, ''),
      };
      entries.push(introduced);
      break;
    }
  }
  // "Pacific Shelter Trust \u2013 Fiji" over "2d \u00b7 \u{1F30F}": the page that posted a social-media advert; on LinkedIn
  // its count of followers stands between ("4,812 followers").
  const organization = entries.find((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value);
  if (!organization || organization === introduced) {
    const top = text.split(/\r\n|\r|\n/).slice(0, 6);
    const at = top.findIndex((line, index) => index > 0 && dataPattern(commonImport.inference.socialPostTime).test(line.trim()));
    const followers = at > 1 && dataPattern(commonImport.inference.socialFollowers).test(top[at - 1].trim());
    const authorAt = followers ? at - 2 : at - 1;
    const author = at > 0 ? top[authorAt].trim() : '';
    const usable = !!author && author.length <= 80 && !/[:\uff1a]/.test(author);
    // "Svitlo Hromad is a Ukrainian NGO": an organisation introducing itself by the first words of the page's name is
    // the page, named in full.
    const shorter = organization?.value?.trim();
    // (A page named with its acronym after a dash, "Chikondi Community Nutrition Trust - CCNT", says no more of the name.)
    const longer = !!shorter && author.startsWith(`${shorter} `) && /^\p{L}/u.test(author.slice(shorter.length + 1));
    if (usable && organization && longer) organization.value = author;
    else if (usable && !organization)
      entries.push({ concept: 'organization', label: 'Organization', line: authorAt + 1, kind: 'field', value: author, inferred: true });
  }
  headerName(read, text);
  // "Médecins Sans Frontières | Work with us": a careers page's site title names the organisation (common.json
  // inference.siteTitle); the line stays in notes.
  if (!has('organization')) {
    const site = read.lead
      .filter((lead) => lead.line <= 3)
      .map((lead) => ({ lead, name: dataPattern(commonImport.inference.siteTitle).exec(lead.text.trim())?.[1] }))
      .find((found) => found.name && !dataPattern(commonImport.inference.siteTitleNot).test(found.name));
    // ("UNFPA Uzbekistan | Vacancies": a known organisation and where it is is that organisation.)
    const known = site?.name && isOrganisationLine(site.name) ? organizationNamedIn(site.name) : undefined;
    if (site?.name) entries.push(inferredField('organization', 'Organization', site.lead.line, known ?? site.name));
  }
  if (!has('job_id')) {
    for (const pattern of commonImport.inference.job_id) {
      const match = dataPattern(pattern).exec(text);
      if (!match) continue;
      const line = text.slice(0, match.index).split(/\r\n|\r|\n/).length;
      entries.push({ concept: 'job_id', label: 'Job ID', line, kind: 'field', value: match[1] });
      break;
    }
  }
  // "VN2025/418 (P) - Migration Health Officer (P2)": the reference is the part before the dash; the line stays in notes.
  const reference = entries.find((entry) => entry.kind === 'field' && entry.concept === 'job_id' && entry.value);
  const numbered = reference?.value && dataPattern(commonImport.prose.jobIdTitle).exec(reference.value);
  if (reference && numbered) {
    read.lead.push({ text: `${reference.label}: ${reference.value}`, line: reference.line });
    reference.value = numbered[1];
  }
  boardDateLine(read);
  readTables(read);
  inferFromProse(read, text);
  inferFromPeriodSection(read);
  readBoardHeader(read, text);
  // A duration read from a sentence may carry its dates too ("45 working days between 2 December 2024 and …").
  splitComposites(read);
}

/**
 * "Job Code Title: ECONOMIC AFFAIRS OFFICER" names the job's generic title (common.json prose.genericTitleLabels); a line
 * near the top that begins with the same words and says more ("Economic Affairs Officer (Fiscal Policy), P-4") is the
 * posting's title. The generic title stays under notes as written; a title under another label is left to decide.
 */
function generalTitle(read: ReadText): void {
  const generic = new Set(commonImport.prose.genericTitleLabels.map((label) => label.toLowerCase()));
  const titles = read.entries.filter((entry) => entry.kind === 'field' && entry.concept === 'title' && entry.value);
  const coded = titles.find((entry) => generic.has(entry.label.toLowerCase()));
  if (!coded?.value) return;
  if (titles.length > 1) return;
  const words = coded.value.trim().toLowerCase();
  const headline = read.lead
    .slice(0, 3)
    .find((line) => line.text.toLowerCase().startsWith(words) && line.text.trim().length > words.length);
  if (!headline) return;
  read.entries.splice(read.entries.indexOf(coded), 1);
  read.lead.push({ text: `${coded.label}: ${coded.value}`, line: coded.line });
  read.lead.splice(read.lead.indexOf(headline), 1);
  read.entries.unshift({ concept: 'title', label: 'Title', line: headline.line, kind: 'field', value: headline.text.trim() });
}

/**
 * "Job Code Title: CONSULTANT": a job opening whose job code names the contract it offers (a UN Secretariat
 * consultancy's; common.json contractJobCodePattern) states its contract type, where no field does. The line stays
 * under notes as written.
 */
function contractFromJobCode(read: ReadText): void {
  if (read.entries.some((entry) => entry.concept === 'contract_type')) return;
  const generic = new Set(commonImport.prose.genericTitleLabels.map((label) => label.toLowerCase()));
  const contract = dataPattern(commonImport.contractJobCodePattern, 'i');
  const coded = read.entries.find(
    (entry) => entry.kind === 'field' && generic.has(entry.label.toLowerCase()) && contract.test(entry.value?.trim() ?? ''),
  );
  if (!coded?.value) return;
  // "CONSULTANT" as a contract's name is written as a word is ("Consultant").
  const value = coded.value.trim().replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
  read.entries.push(inferredField('contract_type', coded.label, coded.line, value));
}

/**
 * "JPO - Child Protection Officer (Children on the Move), P-2, Addis Ababa, Ethiopia #594271 (Open only to Norwegian
 * nationals)": a careers page's headline of cells after the title, its grade first and its job number, where it gives
 * one, last (common.json inference.numberedHeadline, UNICEF's pages). The title, and the grade and job number where no field gives them; the
 * line stays in notes as written.
 */
function numberedHeadline(read: ReadText): void {
  const pattern = dataPattern(commonImport.inference.numberedHeadline);
  const top = Math.min(...read.lead.map((line) => line.line), ...read.entries.map((entry) => entry.line));
  const headed = read.lead
    .filter((line) => line.line <= top + 10)
    .map((line) => ({ line, match: pattern.exec(line.text.trim()) }))
    .find((found) => found.match);
  if (!headed?.match) return;
  const has = (concept: string) => read.entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  const [, title, grade, afterCells, alone] = headed.match;
  const number = afterCells ?? alone;
  const { line } = headed.line;
  read.entries.unshift(inferredField('title', 'Title', line, title.trim()));
  if (!has('grade')) read.entries.push(inferredField('grade', 'Grade', line, grade));
  if (number && !has('job_id')) read.entries.push(inferredField('job_id', 'Job ID', line, number));
}

/**
 * "Associate Public Health Officer<TAB>Kakuma<TAB>Full time<TAB>JR2700877": a careers page's headline row copied as
 * tab-separated cells, the title first (common.json inference.headlineRow). A requisition number is the job ID, a
 * working time says nothing more, and the one other cell that reads as a place name is the duty station. The row
 * stays in notes as written.
 */
function headlineCells(read: ReadText, title: string): void {
  const row = commonImport.inference.headlineRow;
  const cellsOf = (text: string) =>
    text
      .split('\t')
      .map((cell) => cell.trim())
      .filter(Boolean);
  const at = read.lead.findIndex((line) => line.text.startsWith(`${title}\t`));
  let cells = at < 0 ? [] : cellsOf(read.lead[at].text).slice(1);
  let line = at < 0 ? 0 : read.lead[at].line;
  // "Administrative Associate" over "Juba<TAB>Full time<TAB>Posted 1 Day Ago<TAB>JR2601133": the title in a row of its
  // own atop the page, the rest of the headline's cells on the row under it (one that holds a requisition number or a
  // working time).
  const next = at < 0 ? read.lead[0] : undefined;
  if (cells.length < 2 && next && next.line <= 3) {
    const below = cellsOf(next.text);
    const headline = below.some((cell) => dataPattern(row.jobId).test(cell) || dataPattern(row.skip, 'i').test(cell));
    if (below.length >= 3 && headline) [cells, line] = [below, next.line];
  }
  if (cells.length < 2) return;
  const has = (concept: string) => read.entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  const places: string[] = [];
  for (const cell of cells) {
    if (dataPattern(row.jobId).test(cell)) {
      if (!has('job_id')) read.entries.push({ concept: 'job_id', label: 'Job ID', line, kind: 'field', value: cell, inferred: true });
    } else if (!dataPattern(row.skip, 'i').test(cell) && dataPattern(row.place).test(cell)) places.push(cell);
  }
  if (places.length === 1 && !has('duty_station'))
    read.entries.push({ concept: 'duty_station', label: 'Location', line, kind: 'field', value: places[0], inferred: true });
}

/**
 * "Peshawar, Pakistan" or "Libya, Tripoli" alone on a line near the top of the page (a careers page's location line
 * under the title): the duty station and its country, where no field names them. Only a city and a country that the
 * ISO list knows, nothing else on the line.
 */
function placeLine(read: ReadText): void {
  const has = (concept: string) => read.entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  if (has('duty_station')) return;
  const top = Math.min(...read.lead.map((line) => line.line), ...read.entries.map((entry) => entry.line));
  // "San Cristóbal, Táchira – Venezuela (Bolivarian Republic of)": the country after a dash, the city first.
  const dashed = (text: string) => {
    // A name, a dash and a country alone ("Danish Refugee Council – Philippines") is an organisation's office: a region
    // between says it is a place.
    const match = /^([^,\u2013\u2014]{2,40}?),[^,\u2013\u2014]{2,40} [-\u2013\u2014] ([^,\u2013\u2014]{4,45})$/.exec(text);
    return match && countryCode(match[2]) ? { city: match[1].trim(), country: match[2].trim() } : undefined;
  };
  // "群馬県高崎市" alone under a Japanese job board's headline: a prefecture and its municipality, the line no more.
  const japanese = (text: string) => {
    const found = japanesePlaceIn(text);
    return found && found.at === 0 && found.length === text.trim().length
      ? { city: found.place, country: commonImport.japaneseMunicipality.country }
      : undefined;
  };
  const placed = (text: string) =>
    japanese(text) ?? (/^[^,]+(?:,[^,]+){1,2}$/.test(text) && !/ [\u2013\u2014] /.test(text) ? placeOf(text) : dashed(text));
  // "Nairobi, Kenya \u00b7 On-site": a job board's place with how the work is done after a middle dot (the line stays in notes).
  const modeless = (text: string) => text.replace(/\s\u00b7\s(?:On-?site|Remote|Hybrid|In[- ]person|Full[- ]time|Part[- ]time)$/i, '');
  const at = read.lead.findIndex((line) => {
    if (line.line > top + 6 || line.text.length > 60) return false;
    const place = placed(modeless(line.text));
    if (place && japanese(line.text)) return true;
    return !!place?.country && !!countryCode(place.country) && !countryCode(place.city) && placeWord.test(place.city);
  });
  if (at < 0) return;
  const line = read.lead[at];
  // "Full time" alone beside the place under a careers page's title: the working time, where no field gives it.
  const time = read.lead.find((cell) => cell.line <= top + 6 && headerWorkingTime.test(cell.text.trim()));
  if (time && !has('contract_type')) {
    read.lead.splice(read.lead.indexOf(time), 1);
    read.entries.push({
      concept: 'contract_type',
      label: 'Job type',
      line: time.line,
      kind: 'field',
      value: time.text.trim(),
      inferred: true,
    });
  }
  read.lead.splice(read.lead.indexOf(line), 1);
  const place = placed(modeless(line.text))!;
  // The region between stays in notes with the line, as written (as does a work mode after the place).
  if (!('rest' in place) || place.rest || modeless(line.text) !== line.text) read.lead.push(line);
  read.entries.push({ concept: 'duty_station', label: 'Location', line: line.line, kind: 'field', value: place.city, inferred: true });
  if (!has('country') && place.country)
    read.entries.push({ concept: 'country', label: 'Country', line: line.line, kind: 'field', value: place.country, inferred: true });
}

/**
 * "NAIROBI, KENYA / PROGRAMS \u2013 EAST AFRICA / FULL-TIME / HYBRID", "Bamako, Mali \u00b7 Full-time \u00b7 Legal \u00b7 On-site": an
 * applicant tracking system's line of facts under the title, cells between slashes or middle dots. A cell that is a
 * city and a country is the duty station and its country, a working time the contract's, where no field gives them;
 * the line stays in notes as written.
 */
function headlineFacts(read: ReadText): void {
  const has = (concept: string) => read.entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  if (has('duty_station') && has('contract_type')) return;
  const top = Math.min(...read.lead.map((line) => line.line), ...read.entries.map((entry) => entry.line));
  for (const line of read.lead) {
    if (line.line > top + 8 || line.text.length > 120) continue;
    const cells = line.text.split(/ [/\u00b7|] /).map((cell) => cell.trim());
    if (cells.length < 3) continue;
    const places = cells
      .map((cell) => /^([^,]{2,30}),\s*([^,]{2,40})$/.exec(cell))
      .filter((match): match is RegExpExecArray => !!match && !!countryCode(match[2]) && !countryCode(match[1]));
    const time = cells.find((cell) => /^(?:full|part)[- ]?time$/i.test(cell));
    if (places.length !== 1 && !time) continue;
    if (places.length === 1 && !has('duty_station')) {
      read.entries.push({
        concept: 'duty_station',
        label: 'Location',
        line: line.line,
        kind: 'field',
        value: places[0][1],
        inferred: true,
      });
      if (!has('country'))
        read.entries.push({ concept: 'country', label: 'Country', line: line.line, kind: 'field', value: places[0][2], inferred: true });
    }
    if (time && !has('contract_type')) read.entries.push(inferredField('contract_type', 'Job type', line.line, time));
    return;
  }
}

/**
 * "Organization: UNHCR, the UN Refugee Agency", "Hiring organisation: International Organization for Migration (IOM)":
 * an organisation written only by its long name (and its short one), as the data knows it (common.json organizations),
 * is its short name; the line stays under notes as written.
 */
function organizationShortName(read: ReadText): void {
  for (const entry of read.entries) {
    if (entry.kind !== 'field' || entry.concept !== 'organization' || !entry.value) continue;
    const known = commonImport.organizations.find((organization) =>
      organization.patterns.some((pattern) => dataPattern(pattern).test(entry.value ?? '')),
    );
    if (!known || !/^[A-Z]{2,8}$/.test(known.name) || entry.value.trim() === known.name) continue;
    let rest = entry.value;
    for (const pattern of known.patterns) rest = rest.replace(new RegExp(dataPattern(pattern).source, 'g'), '');
    if (/[\p{L}\p{N}]/u.test(rest.replace(/\b(?:the|The)\b/g, ''))) continue;
    read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    entry.value = known.name;
  }
}

/** Values that are two fields at once: a contract type with its duration, a duration or contract type with its dates. */
function splitComposites(read: ReadText): void {
  organizationShortName(read);
  const entries = read.entries;
  const has = (concept: string) => entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  // "Classification: General Service Staff, Grade G5", "Category/grade: National Officer, NOB": the staff category
  // before the grade is the affiliate type, as written (common.json staffCategoryPattern).
  for (const entry of [...entries]) {
    if (entry.kind !== 'field' || entry.concept !== 'grade' || !entry.value || has('affiliate_type')) continue;
    const category = dataPattern(commonImport.staffCategoryPattern, 'i').exec(entry.value.trim())?.[1];
    if (category) entries.push(inferredField('affiliate_type', entry.label, entry.line, category));
  }
  // "IOM Classification: Consultant" (an IOM call for a consultancy): a classification that names a consultant holds no
  // grade but the affiliate type, as written. (A level that does, "Post level: National Consultant", stays the grade.)
  for (const entry of entries) {
    if (entry.kind !== 'field' || entry.concept !== 'grade' || !entry.value || has('affiliate_type')) continue;
    if (!/\bclassification$/i.test(entry.label.trim())) continue;
    if (/^(?:(?:international|national|individual) )?consultant$/i.test(entry.value.trim())) entry.concept = 'affiliate_type';
  }
  // "Category  General Service (locally recruited)": the staff category, how it is recruited kept under notes as written.
  for (const entry of entries) {
    if (entry.kind !== 'field' || entry.concept !== 'affiliate_type' || !entry.value) continue;
    const recruited = /^(\S.*?) \((?:locally|internationally|nationally) recruited\)$/.exec(entry.value.trim());
    if (!recruited) continue;
    read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    entry.value = recruited[1];
  }
  // "Contract: FS-5 (Field Service). Internationally recruited; …": a board's contract cell that gives the grade and its
  // staff category is no contract type: the grade and the affiliate type, the line kept under notes as written.
  for (const entry of [...entries]) {
    if (entry.kind !== 'field' || entry.concept !== 'contract_type' || !entry.value) continue;
    const graded = /^([A-Z]{1,3}-?\d{1,2}) \(([A-Z][A-Za-z ]{2,40})\)(?=$|[.,;])/.exec(entry.value.trim());
    const grade = graded ? gradeOf(graded[1]) : undefined;
    const category = graded ? dataPattern(commonImport.staffCategoryPattern, 'i').exec(`${graded[2]}, ${graded[1]}`)?.[1] : undefined;
    if (!graded || !grade || !category) continue;
    entries.splice(entries.indexOf(entry), 1);
    read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    if (!has('grade')) entries.push(inferredField('grade', entry.label, entry.line, grade));
    if (!has('affiliate_type')) entries.push(inferredField('affiliate_type', entry.label, entry.line, category));
  }
  // "月給 205,000円 ～ 230,000円 - 正社員": a job board's headline pay with the kind of job after a dash (Indeed); the pay
  // is the part before it, the kind the contract type where no field gives one.
  for (const entry of [...entries]) {
    if (entry.kind !== 'field' || entry.concept !== 'salary' || !entry.value) continue;
    const value = entry.value.trim();
    const tail = /\s[-\u2010\u2013\u2212\uff0d]\s+([\u30a1-\u30fa\u30fc\u4e00-\u9fff\u30fb]{2,12})$/.exec(value);
    const pay = tail ? value.slice(0, tail.index).trim() : '';
    const types = commonImport.employmentTypes as { pattern: string }[];
    if (!tail || !pay.includes('\u5186') || !types.some((type) => new RegExp(type.pattern).test(tail[1]))) continue;
    read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    entry.value = pay;
    if (!has('contract_type')) entries.push(inferredField('contract_type', entry.label, entry.line, tail[1]));
  }
  // "ICA Level: LICA-9 (corresponding to NOA)": the UNOPS level as the profile writes it (LICA9), and the staff level it
  // corresponds to.
  for (const entry of [...entries]) {
    if (entry.kind !== 'field' || entry.concept !== 'ica_level' || !entry.value) continue;
    const level = /^([IL]ICA)(?:[ -](?:Specialist|Support))?[ -]?(\d{1,2})\b(.*)$/.exec(entry.value.trim());
    if (!level) continue;
    // The line also stays under notes as written, when the profile's form differs from it.
    if (`${level[1]}${level[2]}` !== entry.value.trim()) read.lead.push({ text: `${entry.label}: ${entry.value}`, line: entry.line });
    entry.value = `${level[1]}${level[2]}`;
    const corresponding = /\bcorresponding (?:level\s*(?::\s*)?|to (?:the )?(?:level (?:of )?)?)([A-Z]{1,3}-?[A-E\d]{1,2})\b/i.exec(
      level[3],
    );
    if (corresponding && !has('corresponding_level'))
      entries.push({ concept: 'corresponding_level', label: entry.label, line: entry.line, kind: 'field', value: corresponding[1] });
  }
  // "Duty Station: Boa Vista" in the page's header and "Duty Station: Boa Vista, Roraima, Brazil" in its Terms of
  // Reference: the country the second one names, where no field gives one.
  if (!has('country')) {
    const stations = entries.filter((entry) => entry.kind === 'field' && entry.concept === 'duty_station' && entry.value);
    const named = stations
      .slice(1)
      .map((entry) => placeOf(entry.value!))
      .find((place) => place?.country && countryCode(place.country) && place.city === stations[0].value!.trim());
    const first = stations[0];
    if (named?.country && first && placeOf(first.value!) === undefined)
      entries.push({ concept: 'country', label: 'Country', line: first.line, kind: 'field', value: named.country, inferred: true });
  }
  // "Fixed term, one year with possibility of extension": the contract type as written, and its duration read from it.
  // "有期雇用契約（契約期間：2025年4月1日〜2026年3月31日、…）": the type, and the term's dates (the line stays in notes).
  for (const entry of [...entries]) {
    // ("Period: May 18, 2026 – July 31, 2026": a term's dates under a label of their own, common.json term_dates.)
    if (entry.kind !== 'field' || !entry.value || !['contract_type', 'duration', 'term_dates'].includes(entry.concept)) continue;
    const value = entry.value;
    if (entry.concept === 'contract_type') {
      // "Special Short-Term (SST) Graded Contract, 6 months": a bracket closed before the comma is part of the type.
      // "Fixed-term; 2 years with possibility of extension" (FAO's header): a semicolon parts them as a comma does.
      const comma = /^((?:[^,(\uff08]|\([^,()]{1,12}\)){3,60}?),\s*(\S.*)$/.exec(
        /^[^,;]{3,60}; /.test(value) ? value.replace('; ', ', ') : value,
      );
      const bracket = /^([^,(\uff08]{2,40}?)\s*[(\uff08](.+)[)\uff09]$/.exec(value);
      const lengthFirst = comma ? durationStart.exec(comma[2].trim()) : null;
      if (comma && lengthFirst && contractKind.test(comma[2].trim().slice(lengthFirst[0].length))) {
        // "Full-time, one-year fixed-term contract, renewable": the contract is named after its length; the type is kept
        // whole, the duration is the length.
        if (!has('duration')) entries.push(inferredField('duration', entry.label, entry.line, lengthFirst[0]));
      } else if (comma && durationStart.test(comma[2])) {
        // "12 months (renewable subject to funding)": the length, the remark staying in the contract type.
        const length = comma[2].trim();
        const open = length.indexOf(' (');
        const remark = open > 0 && length.endsWith(')') && durationStart.test(length.slice(0, open));
        if (!has('duration'))
          entries.push({
            concept: 'duration',
            label: entry.label,
            line: entry.line,
            kind: 'field',
            value: remark ? length.slice(0, open) : length,
          });
        // "Fixed term, one year with possibility of extension": the type is the words before its length (a remark in
        // brackets, which the duration does not keep, stays with the type).
        if (!remark) entry.value = comma[1].trim();
      } else if (bracket && dateRangeIn(bracket[2])) {
        read.lead.push({ text: `${entry.label}: ${value}`, line: entry.line });
        entry.value = bracket[1].trim();
      } else if (bracket && durationStart.test(bracket[2]) && !has('duration')) {
        // "Fixed-Term Appointment (one year, renewable)": the length in the bracket, the type keeping its remark.
        const length = durationStart.exec(bracket[2])?.[0] ?? bracket[2];
        entries.push(inferredField('duration', entry.label, entry.line, length));
      } else if (durationStart.test(value) && !has('duration')) {
        // "CONTRACT: One year (renewable depending on funds and performance)": a contract stated as its length.
        const length = durationStart.exec(value)?.[0] ?? value;
        entries.push(inferredField('duration', entry.label, entry.line, length));
      }
    }
    const range = dateRangeIn(value);
    if (!range) {
      // "契約期間：令和8年4月1日から1年間", "12 months from 1 May 2026": a term given as its start and length (common.json termStart).
      const western = withWesternYears(halfWidthDigits(value));
      const start = commonImport.termStart.map((source) => dataPattern(source).exec(western)?.[1]).find(Boolean);
      const date = start ? readDate(start) : undefined;
      if (date && 'iso' in date && !has('target_start_date'))
        entries.push(inferredField('target_start_date', entry.label, entry.line, start!));
      continue;
    }
    // "Duration: 45 working days between 3 May 2027 and 30 September 2027": the duration as labelled, its dates read as
    // well; a duration read from a sentence ("The assignment is for 30 working days between …") is its length alone.
    if (entry.concept === 'duration' && entry.inferred && range.before && durationStart.test(range.before)) entry.value = range.before;
    if (!has('target_start_date'))
      entries.push({
        concept: 'target_start_date',
        label: entry.label,
        line: entry.line,
        kind: 'field',
        value: range.start,
        inferred: true,
      });
    if (!has('contract_end_date'))
      entries.push({ concept: 'contract_end_date', label: entry.label, line: entry.line, kind: 'field', value: range.end, inferred: true });
  }
}

const placeWord = /^[A-Z][\p{L}'\u2019.-]*(?:\s+(?:of|and|the|du|de|[A-Z][\p{L}'\u2019.-]*)){0,5}$/u;
const kana = /^[\u30a1-\u30fa\u30fc]{2,12}$/;

/**
 * A duty station as its city and country: "Kyiv, Ukraine", "Lusaka, Zambia, with travel to …", "Geneva, Switzerland
 * (home-based …)", "アンマン（ヨルダン）", "ケニア・ナイロビ（…）". `rest` says that something else was said too.
 */
/**
 * Who may apply and the support for a status of residence, as the text states them anywhere (common.json statedFacts):
 * a list path collects each reader's value once, any other path keeps the first value read. The sentences stay as written.
 */
function readStatedFacts(fields: Record<string, unknown>, written: string, profileId: string): void {
  const text = joinedJapanese(written);
  for (const reader of commonImport.statedFacts.readers) {
    if (!reader.profiles.includes(profileId)) continue;
    const given = 'in' in reader && reader.in ? getPath(fields, reader.in) : text;
    if (typeof given !== 'string') continue;
    // A number is read in either width ("２年以上", "年２回").
    const kind = 'kind' in reader ? reader.kind : undefined;
    const source = kind ? halfWidthDigits(given) : given;
    const match = dataPattern(reader.pattern, 'i').exec(source);
    if (!match || ('requires' in reader && reader.requires && !dataPattern(reader.requires, 'i').test(text))) continue;
    // "在留資格の変更手続きは、会社では支援しません。": the sentence the fact stands in says it is not so.
    if ('negation' in reader && reader.negation && dataPattern(reader.negation, 'i').test(sentenceAt(source, match.index))) continue;
    const group = match.slice(1).find((found) => found !== undefined);
    const value = 'value' in reader ? reader.value : kind && group !== undefined ? statedNumber(kind, group) : group;
    if (value === undefined) continue;
    const existing = getPath(fields, reader.path);
    if (reader.path.endsWith('[]')) {
      if (!(Array.isArray(existing) && existing.includes(value))) setPath(fields, reader.path, value);
    } else if (existing === undefined) setPath(fields, reader.path, value);
  }
}

/** The sentence of a text that holds the character at `at`: from the stop or line break before it to the next. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('\u3002', at), text.lastIndexOf('\n', at)) + 1;
  const ends = [text.indexOf('\u3002', at), text.indexOf('\n', at)].filter((end) => end >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/**
 * A number a statement gives: `integer`, the number itself ("年2回" → 2, "two years" → 2); `months`, the months of a term it states
 * ("採用日から2年間（24か月）" → 24, by common.json durationMonths).
 */
function statedNumber(kind: string, stated: string): number | undefined {
  if (kind === 'integer') return countOf(stated.toLowerCase()); // "2", "two"
  for (const reader of commonImport.durationMonths.readers) {
    const count = dataPattern(reader.pattern, 'i').exec(stated)?.[1];
    const number = count === undefined ? 0 : (countOf(count) ?? 0);
    if (number > 0) return number * reader.months;
  }
  return undefined;
}

/**
 * "A 12-month fixed-term contract (CDD) under French law, …", "12-month contract, renewable depending on funding" (an
 * item of the offer): an offer's contract, its length first.
 */
const offeredLength = /(?:\b[Aa]n? |^)(\d{1,2}|one|two|three|six|nine|twelve|eighteen|twenty-four)[- ](month|year)\b[^,;.\n]*/;

/**
 * What an NGO's "What we offer" says of the contract: "A 12-month fixed-term contract (CDD) under French law, salary per
 * ACF grid, …" is the contract type (its first clause) and its length, where no field gives them. The sentence stays
 * where it is, as written.
 */
function offeredContract(fields: Record<string, unknown>, read: ReadText, targets: Record<string, string>): void {
  if (!targets.contract_type || getPath(fields, targets.contract_type) !== undefined) return;
  for (const entry of read.entries) {
    if (entry.kind !== 'section' || !['benefits', 'contract_terms'].includes(entry.concept)) continue;
    for (const line of entry.lines ?? []) {
      const offer = offeredLength.exec(line.text);
      if (!offer || !/\bcontract\b/i.test(offer[0])) continue;
      setPath(fields, targets.contract_type, offer[0].trim());
      if (targets.duration && getPath(fields, targets.duration) === undefined) setPath(fields, targets.duration, `${offer[1]}-${offer[2]}`);
      return;
    }
  }
}

/**
 * The text with a Japanese sentence that a copy wrapped onto an indented line made one line again ("…総務担当者が" /
 * an indented "サポートします。"): a line break, then spaces or tabs, between two wide characters, after no full stop; or a line
 * break right after a comma (、), before a word ("…手続きは、" / "提携する行政書士が…").
 */
function joinedJapanese(text: string): string {
  return text
    .replace(/([\u3001\u3003-\u9fff\uff00-\uffef])\r?\n[ \t\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/([\u3001\uff0c])\r?\n(?=[\u3003-\u9fff])/g, '$1');
}

const stationCountry = dataPattern(`^${commonImport.prose.stationCountry}`);
const regionPart = dataPattern(commonImport.regionWords);

/**
 * ", Chile." after a duty station: the shortest name (of the longest run common.json prose.stationCountry reads, at least
 * three characters) that ends before a stop, a comma, " and ", " with " or only spaces to the end. Checked here, not
 * by a lookahead, which recheck cannot prove.
 */
function countryNameAfter(after: string): string | undefined {
  const run = stationCountry.exec(after);
  if (!run) return undefined;
  const start = run[0].length - run[1].length;
  for (let end = start + 3; end <= run[0].length; end++) {
    const rest = after.slice(end);
    if (/^[.;:),]/.test(rest) || rest.startsWith(' and ') || rest.startsWith(' with ') || !rest.trim())
      return after.slice(start, end).trim();
  }
  return undefined;
}

/** The country named right after the duty station in a sentence ("in Santiago, Chile"), if it is a country. */
function countryAfter(text: string, station: string): string | undefined {
  const lower = text.toLowerCase();
  const wanted = station.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const after = text.slice(at + wanted.length, at + wanted.length + 120);
    const named = countryNameAfter(after);
    if (named && countryCode(named)) return named;
    // "Kenema, Eastern Province, Sierra Leone" (a letterhead's address): the country after the province or district.
    const parts =
      /^,([^\n]*)/
        .exec(after)?.[1]
        // "Buea, South West Region, Cameroon | Tel: …": a letterhead's address ends at a bar.
        .split(/[,|]/)
        .map((part) => part.trim().replace(/\.$/, '')) ?? [];
    for (const part of parts) {
      if (countryCode(part)) return part;
      if (part.length > 40 || !regionPart.test(part)) break;
    }
  }
  return undefined;
}

/**
 * The one country the sentences that name the duty station name, as written ("located at the Centre in Valencia
 * (València), Spain", "the Mission in Kosovo (UNMIK), in Pristina"); undefined when they name none or several. A name
 * inside a longer one ("Guinea" in "Papua New Guinea") or inside the station's own name is not counted, nor one that
 * says where people come from ("refugees from South Sudan").
 */
function countryAround(text: string, station: string): string | undefined {
  const lower = text.toLowerCase();
  const wanted = station.toLowerCase();
  const letter = /[\p{L}\p{N}]/u;
  const named = new Map<string, string>();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (letter.test(lower[at - 1] ?? '') || letter.test(lower[at + wanted.length] ?? '')) continue;
    const start = Math.max(lower.lastIndexOf('. ', at), lower.lastIndexOf('\n', at)) + 1;
    const ends = [lower.indexOf('. ', at + wanted.length), lower.indexOf('\n', at + wanted.length)].filter((end) => end >= 0);
    const end = ends.length ? Math.min(...ends) : lower.length;
    const sentence = lower.slice(start, end);
    const found: { from: number; to: number; code: string }[] = [];
    for (const [name, code] of allCountryNames()) {
      if (name.length < 4 || !/^[a-z]/.test(name)) continue;
      for (let from = sentence.indexOf(name); from >= 0; from = sentence.indexOf(name, from + 1)) {
        const to = from + name.length;
        if (letter.test(sentence[from - 1] ?? '') || letter.test(sentence[to] ?? '')) continue;
        // Not the station's own name ("Panama City"), nor words of another sentence's station.
        if (start + from < at + wanted.length && start + to > at) continue;
        found.push({ from, to, code });
      }
    }
    for (const one of found)
      if (
        !found.some(
          (other) => other !== one && other.from <= one.from && other.to >= one.to && other.to - other.from > one.to - one.from,
        ) &&
        // Nor where people come from ("camps that host some 390,000 refugees from South Sudan").
        !/\b(?:from|fleeing)(?: the)? $/.test(sentence.slice(Math.max(0, one.from - 12), one.from))
      )
        named.set(one.code, text.slice(start + one.from, start + one.to));
  }
  return named.size === 1 ? [...named.values()][0] : undefined;
}

/** A prefecture, where a place in Japan starts. */
const prefectureStart = /(?:\u5317\u6d77\u9053|\u6771\u4eac\u90fd|\u4eac\u90fd\u5e9c|\u5927\u962a\u5e9c|[\u4e00-\u9fff]{2,3}\u770c)/;

/**
 * Where a company posting that gives no 所在地 says the company is (common.json japaneseMunicipality headOffice,
 * placeLine): a workplace it marks as its head office ("群馬県太田市新田木崎町（本社工場）／マイカー通勤可" is
 * 群馬県太田市新田木崎町（本社工場）), else the place a job board prints right under the company's name. The lines stay
 * where they are.
 */
function employerSite(fields: Record<string, unknown>, text: string): void {
  const employer = fields.employer;
  if (!isRecord(employer) || employer.location !== undefined || typeof employer.name !== 'string' || !employer.name) return;
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const headOffice = dataPattern(commonImport.japaneseMunicipality.headOffice);
  for (const line of lines) {
    const office = headOffice.exec(line);
    const start = office ? prefectureStart.exec(line.slice(0, office.index)) : null;
    if (!office || !start) continue;
    employer.location = line.slice(start.index, office.index + office[0].length);
    return;
  }
  // "…の輸出入を手がける貿易会社です（本社：神奈川県横浜市中区、従業員数86名）": the head office a company's introduction
  // names after 本社：, to its municipality (and a city's ward).
  const said = dataPattern(commonImport.japaneseMunicipality.headOfficeSaid).exec(text);
  const saidPlace = said ? japanesePlaceIn(said[1]) : undefined;
  if (saidPlace?.at === 0) {
    employer.location = saidPlace.place;
    return;
  }
  const placeLine = dataPattern(commonImport.japaneseMunicipality.placeLine);
  const named = lines.slice(0, 12).indexOf(employer.name);
  const place = named < 0 ? undefined : lines.slice(named + 1, named + 4).find((line) => placeLine.test(line));
  if (place) employer.location = place;
}

/**
 * "所在地：大阪府大阪市中央区本町…": a company whose address is a place in Japan, prefecture first, posts for work in Japan
 * where no field or duty station names the country (common.json japaneseMunicipality.country).
 */
function countryOfJapaneseAddress(fields: Record<string, unknown>, targets: Record<string, string>): void {
  if (!targets.country || getPath(fields, targets.country) !== undefined || !targets.employer_location) return;
  const address = getPath(fields, targets.employer_location);
  if (typeof address === 'string' && (japaneseMunicipality.test(address) || prefectureStart.exec(address)?.index === 0))
    setPath(fields, targets.country, commonImport.japaneseMunicipality.country);
}

/** "静岡県浜松市", "本社工場(静岡県浜松市)": a place in Japan written prefecture first is its municipality. */
const japaneseMunicipality = dataPattern(commonImport.japaneseMunicipality.pattern);

/**
 * The place in Japan a text names prefecture first, to its municipality and a city's ward, without the space a board
 * puts between them ('神奈川県 横浜市西区' is 神奈川県横浜市西区); where the match stands and how long it is as written.
 */
function japanesePlaceIn(text: string): { place: string; at: number; length: number } | undefined {
  const match = japaneseMunicipality.exec(text);
  return match ? { place: match[1].replace(/[ \u3000]/g, ''), at: match.index, length: match[0].length } : undefined;
}

function placeOf(value: string): { city: string; country?: string; rest: boolean; unit?: string } | undefined {
  // "カンボジア・コンポントム州 ※着任前に東京事務所（東京都新宿区）で研修": a remark after ※ is never the place.
  // "海外：モザンビーク（マプト）", "国内：東京都…": a board's mark of abroad or at home before the place says no more.
  const text = (value.split('\u203b')[0].trim() || value.trim()).replace(/^(?:\u6d77\u5916|\u56fd\u5185)[:\uff1a]\s*/, '');
  const municipality = japanesePlaceIn(text)?.place;
  if (municipality) return { city: municipality, country: commonImport.japaneseMunicipality.country, rest: municipality !== text };
  // "埼玉県・東京都内の各現場（…）": places that start with a prefecture, without a municipality, are in Japan as written.
  const prefectures = dataPattern(commonImport.japaneseMunicipality.prefecture).exec(text);
  if (prefectures) {
    const open = text.search(/[(\uff08]/);
    const city = (open > 0 ? text.slice(0, open) : text).trim();
    return { city, country: commonImport.japaneseMunicipality.country, rest: city !== text };
  }
  // "在ザンビア日本国大使館（ルサカ）", "JICAケニア事務所（ナイロビ）": an office with its city in brackets; the city is the place.
  const japaneseOffice = dataPattern(commonImport.japaneseOfficePlace).exec(text);
  // "…（UNHCR）ガンベラ準事務所（エチオピア）": a country in the brackets; the town the office is named by is the place.
  const town =
    japaneseOffice && countryCode(japaneseOffice[2])
      ? /([\u30a1-\u30fa\u30fc]{2,12})(?:\u6e96|\u526f|\u5730\u57df)?(?:\u4e8b\u52d9\u6240|\u652f\u6240|\u51fa\u5f35\u6240)$/.exec(
          japaneseOffice[1],
        )
      : null;
  if (japaneseOffice && town && !countryCode(town[1]))
    return { city: town[1], country: japaneseOffice[2], unit: japaneseOffice[1], rest: true };
  if (japaneseOffice) {
    // "在タンザニア日本国大使館（ダルエスサラーム）": an embassy named by its country is in that country.
    const seat = /^\u5728(.{2,20}?)\u65e5\u672c\u56fd?(?:\u5927\u4f7f\u9928|\u653f\u5e9c\u4ee3\u8868\u90e8)$/.exec(japaneseOffice[1]);
    const country = seat && countryCode(seat[1]) ? seat[1] : undefined;
    return { city: japaneseOffice[2], ...(country ? { country } : {}), unit: japaneseOffice[1], rest: true };
  }
  // "Kigoma Field Office, Kigoma, Tanzania": the office is the unit, the place after it the duty station.
  const office = /^([^,]{3,60}\bOffice),\s*(\S.*)$/.exec(text);
  if (office && dataPattern(commonImport.officeUnit).test(office[1])) {
    // "Nepalgunj Field Office, Nepal": a country alone after an office named by its town; the town is the duty station.
    const town = office[1].replace(/\s(?:\S+\sOffice|Sub-?[Oo]ffice)$/, '');
    if (countryCode(office[2].trim()) && !countryCode(town)) return { city: town, country: office[2].trim(), unit: office[1], rest: true };
    const place = placeOf(office[2]);
    // "Kakuma Sub-Office, Turkana County": a county or province after an office named by its town; the town is the
    // duty station, the region's country (if named after it) the country.
    const written = place?.city ?? office[2].trim();
    const region = (written.includes('(') ? written.slice(0, written.indexOf('(')) : written).trim();
    if (town !== office[1] && !countryCode(town) && regionPart.test(region) && !countryCode(region))
      return { city: town, country: place?.country, unit: office[1], rest: true };
    return place ? { ...place, unit: office[1], rest: true } : { city: office[2].trim(), unit: office[1], rest: true };
  }
  const japanese = /^([\u30a1-\u30fa\u30fc]{2,12})(?:\u30fb([\u30a1-\u30fa\u30fc]{2,12}))?(?:[\uff08(]([^\uff09)]*)[\uff09)])?(.*)$/.exec(
    text,
  );
  // "ラオス人民民主共和国・ビエンチャン": a country's name in kanji after its kana is one part, not a city and a remark.
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && (!japanese || /[\s\u3000]/.test(text) || /^[\u4e00-\u9fff]/.test(japanese[4])))
    return spacedJapanesePlace(text);
  if (japanese) {
    const [, first, second, inBrackets, after] = japanese;
    if (second) return { city: second, country: first, rest: !!inBrackets || !!after.trim() };
    // "ウクライナ（キーウ、ハルキウ）およびモルドバ（キシナウ）": a country with its cities in brackets is the first city there.
    const city = inBrackets?.split(/[\u3001,\u30fb]/)[0].trim();
    if (city && countryCode(first) && !countryCode(city) && kana.test(city)) return { city, country: first, rest: true };
    // ("ビエンチャン（ラオス人民民主共和国）": a country's name in kanji and kana in the brackets is the country too.)
    if (inBrackets && (kana.test(inBrackets) || countryCode(inBrackets.trim())))
      return { city: first, country: inBrackets, rest: !!after.trim() };
    return { city: first, rest: !!inBrackets || !!after.trim() };
  }
  // "Based in Lautoka (Western Division) with regular travel …": an advert's sentence for its place; the place after it.
  const based = /^(?:[Bb]ased|[Ll]ocated|[Ss]tationed) (?:in|at) (\p{Lu}.*)$/u.exec(text);
  if (based) return { city: based[1], ...placeOf(based[1]), rest: true };
  // "Austria-Vienna-Vienna-IAEA Headquarters": an applicant-tracking system's country, region, city and site, each
  // capitalised (a country of two words first: "Guinea-Bissau-Bissau-Bissau"); the city is the third (the line stays
  // in notes). "Haiti-Port-au-Prince" has a part in lower case: the country and its city, read below.
  const cells = text.split('-');
  if (cells.length >= 3 && cells.length <= 5 && cells.every((cell) => /^[A-Z][\p{L} .'\u2019]{0,40}$/u.test(cell))) {
    const countryCells = countryCode(`${cells[0]}-${cells[1]}`) ? 2 : countryCode(cells[0]) ? 1 : 0;
    const after = cells.slice(countryCells);
    if (countryCells && after.length >= 2 && after.length <= 3)
      return { city: after[1].trim(), country: cells.slice(0, countryCells).join('-').trim(), rest: true };
  }
  // "Fiji-Suva", "Italy-Rome": FAO's primary location is the country, a hyphen, then the city (the line stays in notes).
  const dashed = /^([A-Z][\p{L} .'\u2019]{1,40})-([A-Z][\p{L} .'\u2019-]{1,40})$/u.exec(text);
  if (dashed && !countryCode(text) && countryCode(dashed[1].trim()))
    return { city: dashed[2].trim(), country: dashed[1].trim(), rest: true };
  // "Vientiane with field missions to Savannakhet", "Home-based with two missions to Apia": the place, then the travel
  // the post asks for (a comma before it, "Lusaka, Zambia, with travel to …", is read below).
  const withAt = text.indexOf(' with ');
  const travels =
    /^(?:(?:frequent|regular|occasional|some|possible|extensive|one|two|three|several) )?(?:field )?(?:travel|missions?|visits?|trips?)\b/;
  if (withAt > 1 && !text.slice(0, withAt).includes(',') && travels.test(text.slice(withAt + 6))) {
    const before = text.slice(0, withAt).trim();
    return { ...(placeOf(before) ?? { city: before }), rest: true };
  }
  // The part before the first bracket, found without a regex that would retry at every space of a hostile line.
  const open = text.search(/[(\uff08]/);
  const bracket = open > 0;
  const main = bracket ? text.slice(0, open).trimEnd() : text;
  // `main` is trimmed at both ends, so trimming every part is what splitting on /\s*,\s*/ did.
  const parts = main.split(',').map((part) => part.trim());
  if (parts.length === 1) return bracket ? { city: main, rest: true } : undefined;
  const [city, second, ...others] = parts;
  if (!placeWord.test(city)) return undefined;
  // "Libya, Tripoli": a job board writes the country first; the other part, not a country, is the city.
  if (parts.length === 2 && countryCode(city) && !countryCode(second) && placeWord.test(second))
    return { city: second, country: city, rest: true };
  // "Cúcuta, Norte de Santander, Colombia": the part that is a country (ISO 3166 names) is the country; a country's name
  // before a two-letter code ("Tucson, AZ, United States": AZ is the state, not Azerbaijan's code), the last first.
  const later = parts.slice(1).reverse();
  const named =
    parts.length > 2
      ? (later.find((part) => countryCode(part) && !/^[A-Z]{2}$/.test(part)) ?? later.find((part) => countryCode(part)))
      : undefined;
  if (named) return { city, country: named, rest: true };
  // "Tororo District, Eastern Uganda": a part of the country, named by its compass point, is in that country.
  const compass =
    /^(?:north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western) (\S.*)$/i.exec(
      second,
    );
  if (compass && !countryCode(second) && countryCode(compass[1])) return { city, country: compass[1], rest: true };
  // "Maiduguri, Borno State": a state or province after the city is no country.
  if (placeWord.test(second) && !dataPattern(commonImport.regionWords).test(second))
    return { city, country: second, rest: !!bracket || others.length > 0 };
  return { city, rest: true };
}

/** "共和国" and other state words after a country's Japanese name ("ウガンダ共和国" is ウガンダ, "サモア独立国" サモア). */
const stateSuffix =
  /(?:\u72ec\u7acb\u56fd|\u5171\u548c\u56fd|\u738b\u56fd|\u9023\u90a6|\u9023\u90a6\u5171\u548c\u56fd|\u6c11\u4e3b\u5171\u548c\u56fd|\u56fd)$/;
/**
 * A Japanese place written in parts, country first: "ウガンダ共和国 西ナイル地域 アルア市（アルア事務所）" is アルア in
 * ウガンダ; "静岡県焼津市（焼津工場）" is 静岡県焼津市. A foreign city's 市 is dropped (アルア市 → アルア); a bracket is a remark.
 */
function spacedJapanesePlace(text: string): { city: string; country?: string; rest: boolean } | undefined {
  const open = text.search(/[(\uff08]/);
  const main = (open > 0 ? text.slice(0, open) : text).trim();
  const parts = main.split(/[\s\u3000\u30fb]+/).filter(Boolean);
  if (!parts.length || parts.length > 4) return undefined;
  // "浜松市役所\u3000国際課（浜松市中央区元城町103-2）": a section of an office (課, 室, 係, 局, センター, a 部 that is no
  // region's) is no place; the city and ward its address in brackets opens with is, else the city whose hall it is.
  const hall = /^([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,6}[\u5e02\u533a\u753a\u6751])\u5f79(?:\u6240|\u5834)$/;
  if (
    parts.some(
      (part) =>
        /(?:\u8ab2|\u5ba4|\u4fc2|\u5c40|\u30bb\u30f3\u30bf\u30fc|[^\u6771\u897f\u5357\u5317\u4e2d]\u90e8)$/.test(part) || hall.test(part),
    )
  ) {
    const ward = open > 0 ? /^[(\uff08]\s*([\u4e00-\u9fff]{1,4}\u5e02[\u4e00-\u9fff]{1,3}?\u533a)/.exec(text.slice(open)) : null;
    const city = ward?.[1] ?? parts.map((part) => hall.exec(part)?.[1]).find(Boolean);
    return city ? { city, country: commonImport.japaneseMunicipality.country, rest: true } : undefined;
  }
  const countryPart = parts.find((part) => countryCode(part) || countryCode(part.replace(stateSuffix, '')));
  const country = countryPart && (countryCode(countryPart) ? countryPart : countryPart.replace(stateSuffix, ''));
  const last = parts[parts.length - 1];
  if (last === countryPart) return undefined;
  let city = last;
  if (/^[\u30a1-\u30fa\u30fc]{2,12}\u5e02$/.test(city)) city = city.slice(0, -1);
  if (city === text) return undefined;
  return { city, country, rest: city !== last || open > 0 || parts.length > (country ? 2 : 1) };
}

/** A title without its bracketed remarks, each "(…)" and the spaces around it made one space. */
function bareTitle(title: string): string {
  const text = title.toLowerCase();
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('(', at);
    const close = open < 0 ? -1 : text.indexOf(')', open + 1);
    if (close < 0) break;
    out += `${text.slice(at, open).trimEnd()} `;
    at = close + 1;
    while (at < text.length && /\s/.test(text[at])) at++;
  }
  return (out + text.slice(at)).trim();
}

function hasOrganization(fields: Record<string, unknown>, path: string): boolean {
  if (path === 'employer') return isRecord(fields.employer) && !!fields.employer.name;
  return fields.organization !== undefined;
}

/** "UNICEF Jordan", "UNFPA Country Office, Lebanon": a line that names only an organisation and where it is. */
function isOrganisationLine(line: string): boolean {
  let rest = line;
  for (const organization of commonImport.organizations)
    for (const pattern of organization.patterns) rest = rest.replace(new RegExp(pattern, 'g'), ' ');
  if (rest === line) return false;
  // "UNICEF Jordan", "UNHCR Careers", "IOM \u2014 UN Migration": the organisation, where it is, its careers site or its tagline.
  rest = rest
    .replace(
      /\b(?:country office|regional office|office|representation|mission|careers|jobs|recruitment|UN migration|in|for|the)\b|[,\u2013\u2014|-]/gi,
      ' ',
    )
    .trim();
  return !rest || !!countryCode(rest);
}

const headedTitle =
  /^#{0,6}\s*(?:terms of reference|tor|vacancy notice|vacancy announcement|job opening|call for applications|call for (?:an? )?(?<contract>(?:individual |national |international )?(?:consultant|consultancy|contractor)))\s*[-\u2013\u2014:]\s*(?<title>[A-Z][^.;!?]{2,140})$/i;

/** A date as a board prints it, in full: "November 28, 2025". */
const boardDate = /^([A-Z][a-z]{2,8} \d{1,2}, \d{4})/;

/**
 * "November 28, 2025January 12, 2026PortsudanSudan": a job board's line of facts copied with its cells run together, the
 * date posted, the closing date, then the place (a city run into its country, or the country alone). Read where no field
 * gives them; the line stays in notes as written.
 */
function boardDateLine(read: ReadText): void {
  const has = (concept: string) => read.entries.some((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  for (const line of read.lead.slice(0, 8)) {
    const posted = boardDate.exec(line.text);
    const closing = posted && boardDate.exec(line.text.slice(posted[0].length));
    if (!posted || !closing) continue;
    const push = (concept: string, value: string) => {
      if (!has(concept)) read.entries.push({ concept, label: concept, line: line.line, kind: 'field', value, inferred: true });
    };
    push('date_posted', posted[1]);
    push('deadline', closing[1]);
    const place = line.text.slice(posted[0].length + closing[0].length).trim();
    if (!place) return;
    if (countryCode(place)) push('country', place);
    else
      for (let at = 1; at < place.length; at++) {
        if (!/[a-z][A-Z]/.test(place.slice(at - 1, at + 1)) || !countryCode(place.slice(at))) continue;
        push('duty_station', place.slice(0, at));
        push('country', place.slice(at));
        break;
      }
    return;
  }
}

const demonyms = Object.entries(commonImport.inference.demonyms as Record<string, string>);

/**
 * A sponsoring body named by its people's adjective ("the Norwegian Ministry of Foreign Affairs", "the Swiss Agency
 * for Development and Cooperation"): its name in capitalised words and the small words between them, when the first is
 * an adjective the data knows and a name follows it.
 */
function sponsorBody(after: string): string | undefined {
  const words = /^(?:the )?([A-Z][a-z]+(?: (?:[A-Z][\w'\u2019-]*|of|for|and))+)/.exec(after)?.[1].split(' ') ?? [];
  while (words.length && /^(?:of|for|and)$/.test(words[words.length - 1])) words.pop();
  return words.length > 1 && demonyms.some(([adjective]) => adjective === words[0]) ? words.join(' ') : undefined;
}

/** The country an organisation's self-introduction names by its adjective: "is a registered Malawian NGO" is Malawi. */
function demonymCountry(text: string): string | undefined {
  const introduced = commonImport.inference.selfIntroduced;
  const kinds = dataPattern(introduced.kinds);
  const pattern = new RegExp(introduced.pattern, 'gm');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 120).split(/[.\n]/)[0];
    const kind = kinds.exec(rest);
    if (!kind) continue;
    const words = ` ${rest.slice(0, kind.index)} `;
    const named = demonyms.find(([adjective]) => words.includes(` ${adjective} `));
    if (named && countryCode(named[1])) return named[1];
  }
  return undefined;
}

/** The country whose people a national post is open to ("open to Kenyan nationals only"), by its demonym. */
function nationalsCountry(text: string): string | undefined {
  for (const pattern of commonImport.inference.nationalsOnly) {
    const people = dataPattern(pattern).exec(text)?.[1];
    const named = people ? demonyms.find(([adjective]) => adjective === people) : undefined;
    if (named && countryCode(named[1])) return named[1];
    // "Nationals of Bosnia and Herzegovina Only": the longest run of the words read that is a country's name.
    const words = people?.split(' ') ?? [];
    const country = words.map((_, count) => words.slice(0, words.length - count).join(' ')).find((name) => countryCode(name));
    if (country) return country;
  }
  return undefined;
}

/** A text without the emoji at its start and end ("\u2728 Project Assistant \u2728"). */
function framedBySymbols(text: string): string {
  return withoutEndSymbols(text.replace(/^(?:[\p{Extended_Pictographic}\ufe0f\u200d]+\s*)+/u, ''));
}

/** A text without the emoji at its end. */
function withoutEndSymbols(text: string): string {
  let end = text.length;
  for (const char of [...text].reverse()) {
    // (A flag, "\u{1F1FA}\u{1F1E6}", is two regional letters, no pictograph; skin tones neither.)
    if (!/[\p{Extended_Pictographic}\s\ufe0f\u200d]/u.test(char) && !/[\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}]/u.test(char)) break;
    end -= char.length;
  }
  return text.slice(0, end);
}

/** Whether a text reads as one date ("May 29, 2024"). */
function isDate(text: string): boolean {
  const date = readDate(text);
  return !!date && 'iso' in date && !!date.iso;
}

/** A line that can be a title: short, no sentence, not a label and its value. */
function titleLine(line: string): boolean {
  const text = line.trim();
  // (A date alone, "May 29, 2024", is the page's date.)
  if (text.split(/\s+/).length <= 4 && isDate(text)) return false;
  // (Nor is a label and its value in two cells, "Issued by<TAB>OSCE Mission to \u2026".)
  return (
    text.length >= 5 &&
    text.length <= 150 &&
    !/[.;!?\u3002]$/.test(text) &&
    !/^[^:\uff1a]{2,40}[:\uff1a]\s/.test(text) &&
    text.split('\t').length !== 2
  );
}

/**
 * A Japanese job board's headline (common.json inference.boardHeadline): the line a breadcrumb ends with, or the line
 * right above the company's name, is the title where no label gives one; a headline that opens with the organisation
 * in brackets ("【団体名】…の募集") is the title where a label gives only the post's category (PARTNER's 職種). The
 * category stays under notes as written.
 */
function boardHeadline(read: ReadText, aside: readonly string[]): void {
  const rule = commonImport.inference.boardHeadline;
  const fields = (concept: string) => read.entries.filter((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  const titles = fields('title');
  const top = read.lead[0]?.line ?? 0;
  const near = (line: { text: string; line: number }) => line.line <= top + rule.lines && /[\u3040-\u30ff\u4e00-\u9fff]/.test(line.text);
  const unspaced = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  if (titles.length === 1 && rule.categoryLabels.includes(titles[0].label)) {
    const organization = fields('organization')[0]?.value;
    const bracketed = dataPattern(rule.bracketed);
    const at = read.lead.findIndex((line) => {
      const named = near(line) ? bracketed.exec(line.text.trim())?.[1] : undefined;
      return !!named && !!organization && unspaced(organization).includes(unspaced(named));
    });
    if (at < 0) return;
    const category = titles[0];
    read.lead.push({ text: `${category.label}: ${category.value}`, line: category.line });
    read.entries.splice(read.entries.indexOf(category), 1);
    const [line] = read.lead.splice(at, 1);
    read.entries.unshift({ concept: 'title', label: 'Title', line: line.line, kind: 'field', value: line.text.trim(), inferred: true });
    return;
  }
  if (titles.length > 1) return;
  const company = dataPattern(rule.company);
  const crumbs = [...aside, ...read.lead.map((line) => line.text)]
    .map((line) => line.split(/\s?[\u203a\u00bb>\uff1e]\s?/))
    .filter((steps) => steps.length >= 3)
    .map((steps) => unspaced(steps[steps.length - 1]));
  const crumbed = (line: { text: string }) => crumbs.includes(unspaced(line.text));
  const at = read.lead.findIndex((line, index) => {
    if (!near(line) || !looksLikeTitle(line.text) || company.test(line.text.trim())) return false;
    const next = read.lead[index + 1];
    return crumbed(line) || (!!next && next.line === line.line + 1 && company.test(next.text.trim()));
  });
  if (at < 0) return;
  // A title label in the site's menu above the page's headline ("募集職種" / "社員インタビュー") gives no title: the
  // line the breadcrumb ends with does; the menu's lines stay under notes.
  const labelled = titles[0];
  if (labelled && !(crumbed(read.lead[at]) && labelled.line < read.lead[at].line)) return;
  if (labelled) {
    read.lead.push({ text: `${labelled.label}: ${labelled.value}`, line: labelled.line });
    read.entries.splice(read.entries.indexOf(labelled), 1);
  }
  const [line] = read.lead.splice(at, 1);
  read.entries.unshift({ concept: 'title', label: 'Title', line: line.line, kind: 'field', value: line.text.trim(), inferred: true });
}

/** The first comma-separated part of a headline, without a remark in brackets, when it names a role (prose.roleWords). */
function headlineTitle(line: string): string | undefined {
  const first = line.split(/,\s/)[0].trim();
  // "Consultancy: Social Protection Data Analyst, Kampala, Uganda (6 months)": the words before the colon announce the
  // post; the title is after them.
  const announced = /^([^:\uff1a]{3,40})[:\uff1a]\s*(\S.*)$/.exec(first);
  const cell = announced && dataPattern(commonImport.prose.titleLabels, 'i').test(announced[1]) ? announced[2].trim() : first;
  // "Temporary Job Opening: …", "Terms of Reference for …": a page heading, read by the rules for those.
  if (pageHeading.test(cell) || dataPattern(commonImport.prose.titleLabels, 'i').test(cell.split(/[:\uff1a]/)[0])) return undefined;
  const words = cell.split(/[\s:\uff1a]+/);
  if (words.length < 2 || words.length > 16 || /[.;!?]$/.test(cell)) return undefined;
  const role = dataPattern(commonImport.prose.roleWords);
  return words.some((word) => role.test(word.replace(/[\u2019']s$/, ''))) ? cell : undefined;
}

const titlePageHeading = dataPattern(commonImport.inference.titlePageHeading, 'i');
/** Words of a page heading rather than a title ("Vacancy Notice", "Terms of Reference", 募集要項). */
const pageHeading = dataPattern(
  'vacanc|announcement|notice|terms of reference|job opening|job description|careers?\\b|apply|open to|internal|external|\u52df\u96c6\u8981\u9805|\u6c42\u4eba',
  'i',
);

const roleWord = dataPattern(commonImport.prose.roleWords);
const japaneseRoleEnd = dataPattern(commonImport.prose.japaneseRoleEnd);

/** Whether a line's last word, before any bracket, names a role ("Social and Behaviour Change Officer (Temporary)"). */
const titleSuffix = dataPattern(commonImport.inference.titleSuffix, 'i');
/** A Japanese notice's own name: what it recruits for, then 募集要項 (common.json inference.japaneseNoticeName). */
const japaneseNoticeName = dataPattern(commonImport.inference.japaneseNoticeName);

function endsInRole(line: string): boolean {
  // "\u2728 PROJECT ASSISTANT (LABOUR MIGRATION) \u2728": a social post's title between emoji.
  line = framedBySymbols(line);
  const ends = (text: string) => {
    // "Livelihoods Officer x 3", "… (2 posts)": how many posts is no part of the title (common.json titleSuffix).
    const bare = withoutEndBracket(
      text
        .replace(/^#{1,6}\s+/, '')
        .trim()
        .replace(titleSuffix, ''),
    ).trim();
    // "STATISTICIAN, P3", "Programme Policy Officer (Resilience) - NOC", "… (Nutrition) NOB": the grade after the title.
    const ungraded = bare.replace(/(?:,|\s[-\u2013\u2014])?\s(?:[PDG]-?[1-7]|GS-?[1-7]|NO-?[A-D]|N[OB]-?[A-D])$/, '');
    const words = (ungraded === bare ? bare : withoutEndBracket(ungraded).trim())
      .split(/\s+/)
      .map((word) => (/^[A-Z-]{3,}$/.test(word) ? `${word[0]}${word.slice(1).toLowerCase()}` : word));
    return (
      roleWord.test(words[words.length - 1] ?? '') ||
      roleWord.test(words.slice(-2).join(' ')) ||
      japaneseRoleEnd.test(words[words.length - 1] ?? '')
    );
  };
  // "… Programme Manager – Responsable de programme SMPS": the title in two languages, the first ending in the role.
  // "Manager – Monitoring, Evaluation & Learning (MEL)": a role alone before a dash, then what it is about.
  const first = line.split(/\s[\u2013\u2014|/]\s/)[0];
  const roleThenDash = /^\p{Lu}\S*\s[\u2013\u2014]\s\p{Lu}/u.test(line.trim());
  return ends(line) || (first !== line && (first.split(/\s+/).length >= 2 || roleThenDash) && ends(first));
}

/**
 * "Social and Behaviour Change Officer, NO-1, Fixed Term, Kigali, Rwanda (Open to Rwandan nationals only)": a careers
 * page's headline with the title as its first cell and the grade among the others. The first cell is the title and the
 * grade the grade, where no field gives them; the line stays in notes as written.
 */
function headlineRow(read: ReadText): void {
  const first = read.lead[0]?.line ?? 0;
  const line = read.lead.find((candidate) => candidate.line <= first + 3 && candidate.text.length <= 200);
  const cells = line && withoutEndBracket(line.text.trim()).split(',');
  if (!line || !cells || cells.length < 3 || !looksLikeTitle(cells[0].trim()) || !endsInRole(cells[0])) return;
  const grade = cells
    .slice(1, 3)
    .map((cell) => cell.trim())
    .find((cell) => gradeOf(cell) && cell.length <= 8);
  if (!grade) return;
  read.entries.unshift({ concept: 'title', label: 'Title', line: line.line, kind: 'field', value: cells[0].trim(), inferred: true });
  if (!read.entries.some((entry) => entry.kind === 'field' && entry.concept === 'grade' && entry.value))
    read.entries.push(inferredField('grade', 'Grade', line.line, grade));
}

/**
 * A line a careers page says twice within a few lines near its top (its breadcrumb's last step, then its heading),
 * that can be a title and names a role: "Economic Recovery Manager" over "Economic Recovery Manager".
 */
function repeatedTitle(text: string): { text: string; line: number } | undefined {
  const lines = text
    .split(/\r\n|\r|\n/)
    .slice(0, 60)
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter((line) => line.text);
  for (const [index, line] of lines.entries()) {
    if (line.text.length < 5 || !looksLikeTitle(line.text) || !titleLine(line.text) || !headlineTitle(line.text)) continue;
    if (lines.slice(index + 1, index + 4).some((next) => next.text === line.text)) return line;
  }
  return undefined;
}

/** "Program Manager, Refugee Cash Transfers": two cells, the first of two words or more ending in a role. */
function roleThenTopic(line: string): boolean {
  const cells = line.trim().split(/,\s/);
  return (
    cells.length === 2 &&
    cells[0].split(/\s+/).length >= 2 &&
    line.trim().split(/\s+/).length <= 10 &&
    !placeAlone(line) &&
    endsInRole(cells[0])
  );
}

/** "Manila, Philippines": a city and its country, nothing else. */
function placeAlone(line: string): boolean {
  const text = line.trim();
  const place = /^[^,]{2,40},[^,]{2,40}$/.test(text) ? placeOf(text) : undefined;
  return !!place?.country && !!countryCode(place.country) && !countryCode(place.city);
}

/** A site's menu bar: three cells or more between bars or dots, each of four words at most. */
function menuBar(line: string): boolean {
  const cells = line.trim().split(/\s[|\u2022\u00b7]\s/);
  return cells.length >= 3 && cells.every((cell) => cell.trim().split(/\s+/).length <= 4);
}

/** The first line of a posting is often its title: short, no sentence, not a page heading such as "Vacancy Notice". */
function looksLikeTitle(line: string): boolean {
  return (
    withoutEndBracket(line).length <= 90 &&
    // "idealist", "drjobs", "iom_philippines", "from Bangladeshi nationals for the": a board's logo, an account's
    // handle or a line a sentence wrapped onto starts in lower case; a title does not.
    !/^[a-z](?![A-Z])/.test(line.trim()) &&
    // "Hello Amina,", "Dear colleagues,": a greeting, like a line a sentence goes on from, ends in a comma.
    !/,$/.test(line.trim()) &&
    // "Search jobs | Saved jobs | Sign in", "About \u2022 Careers \u2022 Contact": a menu bar, three cells or more.
    !menuBar(line) &&
    // "English \u25be": a drop-down menu's label, no title.
    !/[\u25be\u25bc\u25b4\u25b2]$/.test(line.trim()) &&
    // "Manila, Philippines": a place under an account's name is where it posts from, no title.
    !placeAlone(line) &&
    // A date alone ("May 29, 2024"), a list's item or a lead-in to a list ("In this position you will:") is no title.
    !(line.trim().split(/\s+/).length <= 4 && isDate(line)) &&
    !/^[-*\u2022\u00b7\u25aa]\s/.test(line.trim()) &&
    !/[:\uff1a]$/.test(line.trim()) &&
    !isOrganisationLine(line) &&
    // "Categories: Child Protection": a label and its value, not a title (a title after a label is read as such).
    !/^[^:\uff1a]{2,40}[:\uff1a]\s/.test(line) &&
    // (A title in two languages counts the words of its first.)
    line.split(/\s[\u2013\u2014|/]\s/)[0].split(/\s+/).length <= 12 &&
    !/[.;!?\u3002]$/.test(line) &&
    /\p{L}/u.test(line) &&
    // "Area Programme Manager (Internals only)": whom the round is open to, in brackets, is a remark on the title.
    // ("Job Description - Agricultural Officer (2601234)": the post after the page's own heading may be one.)
    !pageHeading.test(withoutEndBracket(line).replace(titlePageHeading, ''))
  );
}

function assemble(header: Record<string, unknown>, parts: CareersParts, profileId: string, framework: string): Record<string, unknown> {
  const order = [
    'job_id',
    'title',
    'organization',
    'duty_station',
    'country',
    'hardship_level',
    'family_type',
    'affiliate_type',
    'target_start_date',
    'contract_end_date',
    'deadline',
  ];
  const data: Record<string, unknown> = { profile: profileId };
  for (const key of order) if (header[key] !== undefined) data[key] = header[key];
  for (const [key, value] of Object.entries(header)) if (!(key in data)) data[key] = value;
  if (parts.positionNotes.length) data.position_notes = parts.positionNotes;
  const tor = torData(parts, framework);
  if (Object.keys(tor).length) data.terms_of_reference = tor;
  if (Object.keys(parts.careers).length) {
    const careers: Record<string, unknown> = {};
    for (const key of [...layout.careersOrder, ...Object.keys(parts.careers)]) if (key in parts.careers) careers[key] = parts.careers[key];
    data.careers_site = careers;
  }
  if (parts.closing.length) data.closing_statements = parts.closing;
  if (parts.notes.length) data.notes = parts.notes;
  return data;
}

function torData(parts: CareersParts, framework: string): Record<string, unknown> {
  const tor: Record<string, unknown> = { ...(parts.tor.ica_level ? { ica_level: parts.tor.ica_level } : {}) };
  if (parts.tor.corresponding_level) tor.corresponding_level = parts.tor.corresponding_level;
  if (parts.background.length) tor.background = parts.background.join('\n');
  const purpose: Record<string, unknown> = {};
  const supervisor = parts.tor.supervisor ?? firstGroup(layout.inference.supervisor, parts.introduction.join(' '));
  if (supervisor) purpose.supervisor = supervisor;
  if (parts.introduction.length) purpose.introduction = parts.introduction.join('\n');
  if (parts.duties.length) purpose.duties = parts.duties;
  if (Object.keys(purpose).length) tor.purpose_and_scope = purpose;
  if (parts.monitoring.length) tor.monitoring_and_progress_controls = parts.monitoring;
  const q = parts.qualifications;
  const qualifications: Record<string, unknown> = {};
  if (q.education.length) qualifications.education = q.education.join('\n');
  const work: Record<string, unknown> = {};
  if (q.essential) work.essential = q.essential;
  if (q.desirable) work.desirable = q.desirable;
  if (Object.keys(work).length) qualifications.work_experience = work;
  if (Object.keys(q.competencies).length) qualifications.key_competencies = { framework, ...q.competencies };
  // Each language at the level its own clause states ("Knowledge of Arabic is desirable" asks no fluent Arabic).
  if (q.languageStatement)
    qualifications.language_skills = { statement: q.languageStatement, languages: languagesStated(q.languageStatement) };
  if (Object.keys(qualifications).length) tor.qualifications_and_experience = qualifications;
  return tor;
}

/**
 * A text hard-wrapped like a PDF or e-mail paste (no line over 100 characters, several long lines that stop mid-sentence)
 * with each wrapped line joined to the next, so a paragraph is one line again: "… the floods of" + "April 2021 damaged …".
 * A line is joined when it is near the wrap width and ends without a sentence's end, and the next line is no bullet,
 * label or heading. Any other text is returned as it is; Japanese lines are never joined.
 */
/**
 * The width a text is wrapped at: its longest line, leaving out a few lines over 100 characters (at most one in twenty:
 * a table's row run together, a long link) that a PDF's wrapped paragraphs do not make.
 */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.trim().length).filter(Boolean);
  const wrapped = lengths.filter((length) => length <= 100);
  return lengths.length - wrapped.length <= lengths.length / 20 ? Math.max(0, ...wrapped) : Math.max(0, ...lengths);
}

/** The end of a unit's name ("… Division"), common.json boardHeader.unitLinePattern. */
const unitNameEnd = dataPattern(commonImport.boardHeader.unitLinePattern);
/** A word that joins the words around it, which a title in title case writes small and a phrase does not end with. */
const smallWord = /^(?:and|or|of|the|for|in|on|to|at|by|with|a|an|de|du|des|et|y)$/i;
/** A line that leaves its phrase open for the next: it ends with a comma, a bracket, a dash or a joining word. */
const leavesOpen = (line: string) => /[,(/&\u2013-]$/.test(line) || smallWord.test(line.split(/\W/).pop() ?? '');

/** "Department / Division", "Purpose of the Assignment": a short line of capitalised words (and small ones), no sentence. */
function titleCased(line: string): boolean {
  const words = line.split(/\s+/);
  if (!line || line.length > 60 || words.length > 8 || /[.,;:!?]$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  return words.every((word) => /^[\p{Lu}\d(&/\u2013-]/u.test(word) || smallWord.test(word));
}

export function unwrapped(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const column = narrowColumn(lines);
  const width = column ?? wrapWidth(lines);
  if (!column && (width < 60 || width > 100)) return text;
  // A narrow column's lines end anywhere within a few characters of its width.
  const near = column ? 12 : 30;
  // (A heading in capitals, "2. SCOPE OF WORK, RESPONSIBILITIES AND …", ends its line however long it is; a narrow
  // column's name in capitals goes on: "PEARL VALLEY HEALTH ALLIANCE" + "(PVHA), a registered …".)
  const heading = (line: string) => !column && line === line.toUpperCase() && /\p{Lu}{3}/u.test(line);
  const open = (line: string) =>
    line.length >= width - near &&
    !/[.!?:;\u3002]$/.test(line) &&
    !heading(line) &&
    !/[\u3040-\u30ff\u4e00-\u9fff]/.test(line) &&
    !/\t/.test(line);
  const starts = (line: string) =>
    !!line &&
    !/^(?:[-*\u2022\u00b7\u25aa\u25cf\u2013\u2014#|>\u2713\u2714\u2705\u27a2\u27a4\u25ba\u25b6]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/.test(
      line,
    ) &&
    // (A label has no comma: "Officer, the incumbent will: drive" goes on a narrow column's line.)
    !(column ? /^[\p{Lu}][^:,]{0,40}:(?:\s|$)/u : /^[\p{Lu}][^:]{0,40}:(?:\s|$)/u).test(line) &&
    !/[\u3040-\u30ff\u4e00-\u9fff\t]/.test(line) &&
    // (A social post's line that opens with an emoji, "\u{1F539} Report breakdowns ...", is a bullet or a label of its own.)
    !/^\p{Extended_Pictographic}/u.test(line) &&
    // (In a narrow column, a line of numbers goes on the line before: "(Ukhiya, Camps" + "13\u201316)".)
    (line !== line.toUpperCase() || (!!column && !/\p{L}/u.test(line)));
  // In a narrow column, an abbreviation's full stop ends no sentence when the next line goes on in lower case
  // ("HSC w/ 4 yrs rel." + "exp., OR Bachelor's degree").
  const abbreviated = (line: string, next: string) => !!column && /[a-z]\.$/.test(line) && /^[a-z]/.test(next);
  const trimmed = lines.map((line) => line.trim());
  if (trimmed.filter((line, index) => open(line) && starts(trimmed[index + 1] ?? '')).length < 4) return text;
  // Inside a wrapped paragraph, a line filled to the width that ends a sentence goes on too: "… Pacific country." +
  // "Knowledge of … is an advantage."
  const full = (line: string, joined: boolean) => joined && line.length >= width - 12 && !/[\u3040-\u30ff\u4e00-\u9fff\t]/.test(line);
  // "Two years (with a probationary period of one year)" + "Department / Division", a paragraph + "Purpose of the
  // Assignment": a line in title case that is a label or heading the data knows starts its own line, unless the line
  // before leaves its phrase open ("Services Department, Disaster Risk Reduction and" + "Public Services Division").
  // (A word or two that end a unit's name go on the capitalised word before them: "… Public Services" + "Division".
  // Any other label starts its field: "Programme Associate – … Disaster Risk Reduction" + "Grade".)
  const ownLine = (line: string, next: string) =>
    titleCased(next) &&
    !leavesOpen(line) &&
    !(
      next.split(' ').length <= 2 &&
      /^\p{Lu}[\p{L}'\u2019-]*$/u.test(line.slice(line.lastIndexOf(' ') + 1)) &&
      unitNameEnd.test(`Name ${next}`)
    ) &&
    (isAnyKnownLabel(next) || isAnyKnownHeading(next));
  const out: string[] = [];
  for (let index = 0; index < trimmed.length; index++) {
    let line = trimmed[index];
    const last = () => line.slice(line.lastIndexOf('\u0000') + 1);
    while (
      (open(last()) || full(last(), line.includes('\u0000')) || abbreviated(last(), trimmed[index + 1] ?? '')) &&
      starts(trimmed[index + 1] ?? '') &&
      !ownLine(last(), trimmed[index + 1] ?? '')
    ) {
      line = `${line}\u0000${trimmed[index + 1]}`;
      index++;
    }
    out.push(line.split('\u0000').join(' '));
  }
  return out.join('\n');
}

/** "A minimum of five years", "Minimum 2 years", "at least 3 years": the years of experience a statement asks for. */
function minimumYears(statement: string): number | undefined {
  const years =
    /\b(?:minimum(?: of)?|at least) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?: \(\d{1,2}\))? years?\b/i.exec(
      statement,
    );
  const count = years ? countOf(years[1]) : undefined;
  return count && count > 0 ? count : undefined;
}

function firstGroup(patterns: readonly string[], text: string): string | undefined {
  for (const pattern of patterns) {
    const match = new RegExp(pattern, 'i').exec(text);
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
}

/** Fields the text states only in passing: title and supervisor in the introduction, country, organisation, term. */
/** "Kyiv is classified as a non-family duty station": the family type a sentence states (common.json inference). */
function familyTypeIn(text: string): string | undefined {
  const stated = dataPattern(commonImport.inference.familyType, 'i')
    .exec(text)
    ?.slice(1)
    .find((group) => group !== undefined);
  if (!stated) return undefined;
  return /^(?:non|unaccompanied)/i.test(stated) ? 'Non Family' : 'Family';
}

/** The longest run of a name's first words that is a country: "Panama are eligible" (read without case) is Panama. */
function countryAtStart(found: string): string | undefined {
  const words = found.split(' ');
  for (let count = words.length; count > 0; count--) {
    const name = words.slice(0, count).join(' ');
    if (countryCode(name)) return name;
  }
  return undefined;
}

function inferFields(text: string, parts: CareersParts): Record<string, string> {
  const fields: Record<string, string> = {};
  const introduction = parts.introduction.join(' ');
  const title = firstGroup(layout.inference.title, introduction);
  if (title) fields.title = title;
  const country = firstGroup(layout.inference.country, text);
  // "in Panamá, are eligible", "nationals of Côte d'Ivoire and …": the words that name a country, or nothing.
  const named = country ? countryAtStart(country) : undefined;
  if (named) fields.country = named;
  const counts = layout.inference.organizations
    .map((name) => ({ name, count: text.split(name).length - 1 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  const hosts = counts.filter((entry) => !layout.inference.administrators.includes(entry.name));
  const organization = hosts[0] ?? counts[0];
  if (organization?.count) fields.organization = organization.name;
  const family = familyTypeIn(text);
  if (family) fields.family_type = family;
  const term = new RegExp(layout.inference.term).exec(parts.positionNotes.join(' '));
  const month = term ? layout.months.indexOf(term[3]) : -1;
  if (term && month >= 0) {
    const lastDay = new Date(Date.UTC(Number(term[4]), month + 1, 0)).getUTCDate();
    fields.contract_end_date = `${term[4]}-${String(month + 1).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
  }
  // "The contract will be issued for six months, with possibility of extension …": the length a note on the contract
  // gives (careers-site.json inference.contractLength).
  const length = parts.positionNotes.map((note) => new RegExp(layout.inference.contractLength, 'i').exec(note)?.[1]).find(Boolean);
  if (length) fields.duration = length;
  // "The contract is a UNOPS Local ICA running until 31/12/2028": the date a note on the contract says it runs until.
  if (!fields.contract_end_date) {
    const end = parts.positionNotes
      .filter((note) => /\bcontract\b/i.test(note))
      .map(untilDate)
      .find(Boolean);
    if (end) fields.contract_end_date = end;
  }
  return fields;
}
