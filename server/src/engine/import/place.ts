import common from '../../../../schemas/import/common.json';
import targetTable from '../../../../schemas/import/targets.json';
import { diagnosticInfo } from '../diagnostics/problems';
import { chooseProfile, profileById, type ProfileChoice } from '../template/profiles';
import dateOrder from '../../../../schemas/date-order.json';
import { allCountryNames } from '../text/countries';
import { builtPattern, dataPattern, literalAlternation } from '../text/patterns';
import { countOf } from '../text/numbers';
import { isRecord } from '../text/records';
import { organizationFamily } from '../text/organizations';
import { readPeriod, startFrom, untilDate, withWesternYears } from './dates';
import layoutTable from '../../../../schemas/import/layouts.json';
import { dateValue, gradeOf, periodRange, type Entry, type Layout, type ProfileHint, type ReadText } from './generic';
import { listItems, type ListLine } from './listItems';
import { competencyGroup } from './careersText';

/** Something the importer wants the user to look at, with the 1-based line of the text it is about. */
export interface ImportFinding {
  code: string;
  line: number;
  message: string;
  message_ja: string;
  /** The value the finding is about, as the text writes it ('09/11/2027'), with its label. */
  value?: { text: string; label: string };
  /** Where that value was placed in the posting's data (a dotted path), when it was. */
  path?: string;
}

/** A finding with its message from schemas/diagnostics.json, {placeholders} filled. */
export function finding(
  code: string,
  line: number,
  values: Record<string, string>,
  about?: Pick<ImportFinding, 'value' | 'path'>,
): ImportFinding {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const entry = diagnosticInfo(code);
  if (!entry) throw new Error(`import finding ${code} is not in the catalogue of codes`);
  return { code, line, message: fill(entry.message), message_ja: fill(entry.message_ja ?? entry.message), ...about };
}

/**
 * A requirement a ticket says is not required ("学歴<TAB>不問", "必要な経験等<TAB>不問（接客経験があれば尚可）"), in the
 * profiles named (common.json notRequired): no requirement. The line stays under notes under its label, as written; a
 * remark in brackets that says what is welcome is also a desirable item. So is a whole line that only says what is
 * welcome ("フォークリフトの免許があれば尚可"). The lines leave the entry; the entries returned take them.
 */
function notRequired(entry: Entry, profileId: string): Entry[] {
  const rule = common.notRequired;
  if (!rule.profiles.includes(profileId) || !rule.concepts.includes(entry.concept) || !entry.lines) return [];
  const noted: ListLine[] = [];
  const welcome: ListLine[] = [];
  for (const line of entry.lines) {
    const none = dataPattern(rule.pattern).exec(line.text);
    if (none) {
      noted.push(line);
      if (none[1] && dataPattern(rule.desirable).test(none[1])) welcome.push({ ...line, text: none[1] });
    } else if (dataPattern(rule.welcome).test(line.text)) welcome.push(line);
  }
  if (!noted.length && !welcome.length) return [];
  entry.lines = entry.lines.filter((line) => !noted.includes(line) && !welcome.includes(line));
  if (!entry.lines.length) entry.inferred = true;
  const moved = (concept: string, lines: ListLine[]): Entry[] =>
    lines.length ? [{ concept, label: entry.label, line: entry.line, kind: 'section', lines, moved: true }] : [];
  return [...moved('not_required', noted), ...moved('desirable', welcome)];
}

/** Where each concept goes in a profile (schemas/import/targets.json): concept → dotted data path. */
export function targetsOf(profileId: string): Readonly<Record<string, string>> | undefined {
  return targetsByProfile.get(profileId);
}

// Read once: each import asks for its profile's targets several times.
const targetsByProfile = new Map(
  Object.entries(targetTable).flatMap(([id, entry]: [string, unknown]) =>
    isRecord(entry)
      ? [[id, Object.fromEntries(Object.entries(entry).filter((pair): pair is [string, string] => typeof pair[1] === 'string'))] as const]
      : [],
  ),
);
const kindOf = new Map<string, string | undefined>(common.fields.map((field) => [field.concept, 'kind' in field ? field.kind : undefined]));

/** The header fields a profile is recognised by, read from the entries, with the organisation the text names most. */
/** The first group of each match of a pattern, left to right. */
function everyFirstGroup(pattern: RegExp, text: string): string[] {
  const groups: string[] = [];
  let rest = text;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    if (match[1]) groups.push(match[1]);
    rest = rest.slice(match.index + Math.max(1, match[0].length));
  }
  return groups;
}

/**
 * An organisation's pattern as it is matched: a name of words ("High Commissioner for Refugees") in any case, as a
 * letterhead prints it in capitals ("UNITED NATIONS HIGH COMMISSIONER FOR REFUGEES"); an acronym ("\\bWHO\\b") as written.
 */
export function organizationPattern(source: string, global = false): RegExp {
  const words = /\s/.test(source) && /[a-z]/.test(source.replace(/\\./g, ''));
  return global ? new RegExp(source, words ? 'gi' : 'g') : dataPattern(source, words ? 'i' : '');
}

/** The organisation the data knows (common.json organizations) that a text names, the first in the data's order. */
export function organizationNamedIn(text: string): string | undefined {
  return common.organizations.find((organization) => organization.patterns.some((pattern) => organizationPattern(pattern).test(text)))
    ?.name;
}

const namesOrganization = (value: string) => organizationNamedIn(value) !== undefined;

/**
 * Every "Full Name (ACRONYM)" a text defines, the name as written ("The International Rescue Committee (IRC)"). From
 * each start at most one " (" is reachable (a name's words hold no space nor bracket): one linear match per start.
 */
export function acronymDefinitions(text: string): { name: string; acronym: string }[] {
  const definitions: { name: string; acronym: string }[] = [];
  const spelled = /\b([A-Z][\w'\u2019-]*(?: (?:of|for|and|the|[A-Z][\w'\u2019-]*)){1,6}) \(([A-Z]{2,8})\)/g;
  for (let match = spelled.exec(text); match; match = spelled.exec(text)) {
    definitions.push({ name: match[1], acronym: match[2] });
    // (Again from the next word: "Committee (IRC)" inside "The International Rescue Committee (IRC)" is a reading too.)
    spelled.lastIndex = match.index + 1;
  }
  return definitions;
}

/** How often `word` (letters) stands in `text` as a word of its own. */
function wordCount(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) count++;
  }
  return count;
}

/**
 * The organisation a text defines by its acronym and then names by it more often than any agency the data knows
 * (`named` times at most): an NGO's page that names its UN partners in passing (common.json inference.definedOrganization).
 */
function definedOrganization(text: string, named: number): string | undefined {
  const data = common.inference.definedOrganization;
  let best: { name: string; count: number } | undefined;
  for (const { name, acronym } of acronymDefinitions(text)) {
    const full = name.replace(/^The /, '');
    if (!dataPattern(data.kinds).test(full) || namesOrganization(full) || namesOrganization(acronym)) continue;
    const count = wordCount(text, acronym);
    if (count >= data.minCount && count > named && (!best || count > best.count)) best = { name: full, count };
  }
  return best?.name;
}

/**
 * An applicant-tracking page's own "Organization:" field names the hiring unit, not the organisation (Taleo's footer of
 * an IOM notice: "Organization: MH – Migration Health"): where the layout's organisation is named in the text and the
 * labelled value names no organisation at all, the value is the unit (where no other label gives one) and the layout's
 * organisation is the organisation.
 */
function unitLabelledOrganization(read: ReadText, text: string, layout: Layout | undefined): void {
  const own = common.organizations.find((organization) => organization.name === layout?.organization);
  if (!own || !own.patterns.some((pattern) => dataPattern(pattern).test(text))) return;
  const labelled = read.entries.filter((entry) => entry.kind === 'field' && entry.concept === 'organization' && entry.value);
  if (labelled.length !== 1 || namesOrganization(labelled[0].value!)) return;
  if (!read.entries.some((entry) => entry.kind === 'field' && entry.concept === 'unit')) labelled[0].concept = 'unit';
}

/**
 * "Department/Office: Office of the High Commissioner for Human Rights": in a layout whose unit is the organisation a
 * reader sees (layouts.json unitIsOrganization), the unit that belongs to the layout's organisation
 * (organization-families.json) is the organisation, where no label gives one.
 */
export function organizationLabelledUnit(read: ReadText, layout: Layout | undefined): void {
  if (!layout?.unitIsOrganization) return;
  const field = (concept: string) => read.entries.filter((entry) => entry.kind === 'field' && entry.concept === concept && entry.value);
  const [unit] = field('unit');
  if (field('organization').length) return;
  if (unit && organizationFamily(unit.value!) === layout.organization) {
    unit.concept = 'organization';
    return;
  }
  // "MONUSCO - United Nations Organization Stabilization Mission in …": a job board's line atop the opening that names
  // the office alone, or before its full name, when no label names it. The line stays under notes as written.
  const named = read.lead
    .map((line) => ({ line, name: line.text.split(/ [-\u2013\u2014|] /)[0].trim() }))
    .find(({ name }) => name.length <= 60 && organizationFamily(name) === layout.organization);
  if (named)
    read.entries.push({
      concept: 'organization',
      label: 'Organization',
      line: named.line.line,
      kind: 'field',
      value: named.name,
      inferred: true,
    });
}

export function headerOf(read: ReadText, text: string, layout: Layout | undefined): Record<string, string> {
  const header: Record<string, string> = {};
  unitLabelledOrganization(read, text, layout);
  organizationLabelledUnit(read, layout);
  for (const entry of read.entries) {
    if (entry.kind !== 'field' || !entry.value || entry.concept in header || namesNoOne(entry.concept, entry.value)) continue;
    if (entry.concept === 'grade') {
      const grade = gradeOf(entry.value);
      if (grade) header.grade = grade;
      continue;
    }
    header[entry.concept] = entry.value;
  }
  if (!header.organization) {
    const counted = common.organizations
      .map((organization) => ({
        name: organization.name,
        count: organization.patterns.reduce((sum, pattern) => sum + (text.match(organizationPattern(pattern, true))?.length ?? 0), 0),
      }))
      .filter((organization) => organization.count > 0)
      .sort((a, b) => b.count - a.count);
    // An organisation introducing itself ("特定非営利活動法人 ○○（以下「当会」）は、") is the one the text is from.
    const self = common.inference.selfNamed.map((pattern) => dataPattern(pattern).exec(text)?.[1]).find(Boolean);
    // A post the layout's organization administers for another agency is that agency's (common.json administeredFor).
    const known = (name: string | undefined) => common.organizations.find((organization) => organization.name === name)?.name;
    const administered = layout?.organization
      ? common.inference.administeredFor
          .flatMap((pattern) => everyFirstGroup(dataPattern(pattern), text).map(known))
          .find((name) => name && name !== layout.organization)
      : undefined;
    const own = counted.some((organization) => organization.name === layout?.organization);
    const named = layout?.organizationIfNamed ? own : layout?.organizationUnlessOther ? own || !counted.length : true;
    // The organisation named most, when one is: a list of agencies each named once ("UNDP, UNICEF, UNHCR, WFP …", a
    // JPO notice's host agencies) names none of them as the text's own.
    const most = counted.length > 1 && counted[0].count === counted[1].count ? undefined : counted[0]?.name;
    const organization =
      administered ?? (named ? layout?.organization : undefined) ?? self ?? definedOrganization(text, counted[0]?.count ?? 0) ?? most;
    if (organization) header.organization = organization;
  }
  return header;
}

/** The profile the text states, else one a layout's hints name, else `general`: never a UNOPS one by default. */
/** Hints every layout shares (layouts.json profileHints): a JPO posting says so in its text even when its title does not. */
const sharedHints: ProfileHint[] = layoutTable.profileHints;

const profileOrganizations = common.profileOrganizations as Record<string, string>;

export function profileFor(header: Record<string, string>, text: string, layout: Layout | undefined): ProfileChoice {
  let choice = chooseProfile(header);
  const own = profileOrganizations[choice.profile.id];
  // A grade alone (NOB, GS6: every UN agency's) names the profile only in its organisation's text: the organisation
  // stated or named, or the layout's own (Workday is UNHCR's). An ILO NOB text that names no organisation is general.
  const ownText = !!header.organization && !!own && dataPattern(own).test(header.organization);
  // A staff category (Professional, General Service) in another organisation's text is that organisation's: an FAO
  // "Category/grade  Professional  P-3" post is no UNHCR one either.
  if (choice.how === 'recognised' && own && !ownText && (!header.affiliate_type || header.organization)) choice = chooseProfile({});
  const hints = [...(layout?.profileHints ?? []), ...sharedHints];
  // A profile recognised from the fields alone gives way only to a hint that overrides it (a UNHCR JPO post).
  const open =
    choice.how === 'default' ? hints : hints.filter((hint) => choice.how === 'recognised' && hint.overrides?.includes(choice.profile.id));
  for (const hint of open) {
    const named = hint.patterns.map((candidate) => new RegExp(candidate, 'i').exec(text)?.[0]).find((found) => found !== undefined);
    const profile = named !== undefined ? profileById(hint.profile) : undefined;
    if (profile) return { profile, how: 'recognised', because: `the text names ${named}`, because_ja: `本文に「${named}」とあるため` };
  }
  return choice;
}

type Data = Record<string, unknown>;

const listPath = /\[(?:,|;|,;)?\]$/;
/** The catch-all after a list of fields: "Development Studies or other relevant field", "Law or a related discipline". */
const otherField =
  /^(?:(\S.{0,60}?) )?((?:and\/)?or (?:an?y? )?(?:other |an )?(?:relevant|related) (?:fields?|disciplines?|areas?)(?: of study)?)$/i;

/**
 * The items a list path takes from a section's lines: one a line, or split at commas for [,], semicolons for [;], and
 * at either for [,;] (a list of names, "Results Focus; Teamwork; Communication." or "Integrity, Respect and Care"), or
 * at a middle dot or bullet between spaces, as slides and careers cards join names ("Accountability \u00b7 Communication").
 */
function itemsFor(path: string, lines: readonly string[]): string[] {
  const separator = /\[(,|;|,;)\]$/.exec(path)?.[1];
  if (!separator) return [...lines];
  // ("Communication | Achieving Results | Teamwork": a page's names between bars, as between middle dots.)
  const split =
    separator === ','
      ? /(?:,|\s[\u00b7\u2022|])\s*(?:and\s+)?/
      : separator === ';'
        ? /;\s*/
        : /(?:[;,\u3001]|\s[\u00b7\u2022|])\s*(?:and\s+)?/;
  return lines.flatMap((line) => {
    if (separator === ',;') {
      // Names only: each short and capitalised, no "Group: …" line, a full stop only at the end. A sentence stays whole.
      if (/[:\uff1a]/.test(line)) return groupedNames(line, split) ?? [line];
      // "Engineering (Civil, Mechanical)": a comma in brackets parts no names.
      const names = line
        .replace(/\.$/, '')
        .replace(/\([^()]{0,80}\)/g, (inside) => inside.replace(/,/g, '\u2063'))
        .split(split)
        .map((part) => part.replace(/\u2063/g, ',').trim())
        .filter(Boolean);
      // "…, Development Studies or other relevant field": the list's last name before the catch-all that ends it.
      const last = names.length > 1 ? otherField.exec(names[names.length - 1]) : null;
      if (last?.[1]) names.splice(-1, 1, last[1], last[2]);
      // "UNICEF's core values of Care, Respect, …": a part with a possessive leads a sentence in; it names no competency.
      const isName = (part: string) =>
        part.split(/\s+/).length <= 5 && /^[\p{Lu}\p{Lo}]/u.test(part) && !/[.!?]/.test(part) && !/\w['\u2019]s\b/.test(part);
      if (names.length > 1 && names.every((name, at) => isName(name) || (!!last && at === names.length - 1))) return names;
      // "Learning, sharing knowledge and innovating; Team-working; Managing time, resources and information.": names
      // between semicolons, where the commas part no names.
      const listed = line
        .replace(/\.$/, '')
        .split(/;\s*(?:and\s+)?/)
        .map((part) => part.trim())
        .filter(Boolean);
      return listed.length > 1 && listed.every(isName) ? listed : [line];
    }
    // "Law; International Law; Human Rights; or other relevant field.": the full stop ends the list, not its last name.
    const parts = line
      .replace(/\.$/, '')
      .split(split)
      .map((part) => part.trim())
      .filter(Boolean);
    // Only a list of names is split; a sentence with commas stays one item.
    return parts.length > 1 && parts.every((part) => part.split(/\s+/).length <= 7 && !/[.:]$/.test(part)) ? parts : [line];
  });
}

/** A competency's or a list's name: short, capitalised, no sentence, no possessive that leads a sentence in. */
function isListName(part: string): boolean {
  return part.split(/\s+/).length <= 5 && /^[\p{Lu}\p{Lo}]/u.test(part) && !/[.!?]/.test(part) && !/\w['\u2019]s\b/.test(part);
}

/**
 * "Values: Inclusion and respect for diversity; Integrity and transparency. Core Competencies – behavioural indicators
 * level 2: Teamwork; Delivering results.": groups of names run into one paragraph, as a copy of an IOM page gives its
 * required competencies. Each group's label, then its names, as the lines would read one a line; undefined unless every
 * sentence is such a group.
 */
function groupedNames(line: string, split: RegExp): string[] | undefined {
  const groups = line.replace(/\.$/, '').split(/\.\s+/);
  const items: string[] = [];
  for (const group of groups) {
    const labelled = /^([^:]{2,80}):\s+(\S.*)$/.exec(group);
    const names = labelled?.[2].split(split).map((part) => part.trim());
    if (!labelled || !names || names.length < 2 || !names.every(isListName)) return undefined;
    items.push(labelled[1].trim(), ...names);
  }
  return items.length ? items : undefined;
}

/** Whether a list path's items cut a line's catch-all from its last name ("Development Studies or other relevant field"). */
function catchAllCut(path: string, line: string): boolean {
  const items = itemsFor(path, [line]);
  const last = items[items.length - 1];
  return items.length > 1 && !!last && !otherField.exec(last)?.[1] && otherField.test(last) && !/[,;]\s*(?:and\/)?or\b/.test(line);
}

export function setPath(data: Data, path: string, value: unknown): boolean {
  const keys = path.replace(listPath, '').split('.');
  let node = data;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined) node[key] = {};
    else if (!isRecord(next)) return false;
    const child = node[key];
    if (!isRecord(child)) return false;
    node = child;
  }
  const last = keys[keys.length - 1];
  const existing = node[last];
  if (listPath.test(path)) {
    const items = itemsFor(path, (Array.isArray(value) ? value : [value]).map(String));
    if (existing === undefined) node[last] = [...items];
    else if (!Array.isArray(existing)) return false;
    // A list the text gives twice (a Workday page's competencies in its job description and again in its careers
    // block) is placed once; the repeat stays under notes as written.
    else if (items.length && items.every((item) => existing.some((held) => sameItem(held, item)))) return false;
    else existing.push(...items);
    return true;
  }
  if (existing === undefined) {
    node[last] = value;
    return true;
  }
  if (existing === value) return true;
  // A job board repeats its headline's pay in the details ("月給 23万円 ～ 28万円 - 正社員", then 給与 "月給 23万円 ～ 28万円"): said once.
  if (typeof existing === 'string' && typeof value === 'string' && !isScalarKind(path)) {
    if (value.trim() && spaceless(existing).includes(spaceless(value))) return true;
    // A page's summary says a field in a word that its own section then says at length ("Duration: Open-ended", then
    // "Contract duration: Open-ended, subject to …"): the field keeps the summary's value, the longer line is noted.
    if (!existing.includes('\n') && existing.length <= 40 && spaceless(value).startsWith(spaceless(existing))) return false;
    node[last] = `${existing}\n${value}`;
    return true;
  }
  return false;
}

const spaceless = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const sameItem = (held: unknown, item: string) =>
  typeof held === 'string' && spaceless(held.replace(/&/g, 'and')).toLowerCase() === spaceless(item.replace(/&/g, 'and')).toLowerCase();

const scalarPaths =
  /(^|\.)(job_id|title|organization|duty_station|country|grade|affiliate_type|hardship_level|family_type|reason|sponsor|target_start_date|contract_end_date|deadline|date_posted|residential_location|contract_type|supervisor|unit|ica_level)$/;
const isScalarKind = (path: string) => scalarPaths.test(path);

/**
 * The lines of a list of names with a name wrapped onto the next line ("…; Teamwork &" / "Collaboration; …") joined:
 * a line that ends in "&" or "and" has not ended its name.
 */
function namesJoined(texts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const text of texts) {
    const last = joined.length - 1;
    if (last >= 0 && /(?:\s&|\sand)$/.test(joined[last])) joined[last] = `${joined[last]} ${text.trim()}`;
    else joined.push(text);
  }
  return joined;
}

/** A competency's group written after its name, in brackets: "(cross-functional)", "(core competency)". */
const groupMark = /\((core|managerial|cross[- ]?functional)(?: competenc(?:y|ies))?\)$/i;

/**
 * "Accountability, Communication, Teamwork & Collaboration, Analytical Thinking.": a line that lists competencies of
 * the framework, every one known, goes name by name to each one's group, or to the group the text marks it with in
 * brackets ("Judgement and Decision Making (cross-functional)"). False where a name is unknown, and where a name was
 * marked: the line stays (under notes, as written), as a line with a competency's code and level does.
 */
function namesByGroup(line: ListLine, target: Record<string, string>, byGroup: Map<string, ListLine[]>): boolean {
  const written = line.text
    .replace(/\.$/, '')
    .split(/[;,]\s*(?:and\s+)?/)
    .map((name) => name.trim());
  if (written.length < 2) return false;
  const names = written.map((name) => name.replace(groupMark, '').trimEnd());
  const concepts = written.map((name, at) => {
    const marked = groupMark
      .exec(name)?.[1]
      .toLowerCase()
      .replace(/[- ]?functional$/, '_functional');
    const group = competencyGroup(names[at]) && (marked ?? competencyGroup(names[at]));
    return group && target[`${group}_competencies`] ? `${group}_competencies` : undefined;
  });
  if (concepts.some((concept) => !concept)) return false;
  names.forEach((name, at) => byGroup.set(concepts[at]!, [...(byGroup.get(concepts[at]!) ?? []), { ...line, text: name }]));
  return names.every((name, at) => name === written[at]);
}

/**
 * A competencies section in a profile that keeps competencies by group (UNHCR's core, managerial and cross-functional):
 * each name the framework knows goes to its group, read without a Workday code and level ('C001L3 - Accountability
 * Level 3', a line then also kept under notes as written, for its level); the lines it does not know stay in the
 * section, noted. Returns the groups' entries; the section keeps the rest (and is not noted again when nothing is left).
 */
function competencyGroups(entries: readonly Entry[], target: Record<string, string>): Entry[] {
  if (target.competencies || !target.core_competencies) return [];
  const code = dataPattern(common.competencyCodePattern, 'i');
  const groups: Entry[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'section' || entry.concept !== 'competencies' || !entry.lines?.length) continue;
    const byGroup = new Map<string, ListLine[]>();
    const rest = entry.lines.filter((line) => {
      const name = code.exec(line.text)?.[1] ?? line.text;
      const group = competencyGroup(name);
      const concept = group && `${group}_competencies`;
      if (!concept || !target[concept]) return !namesByGroup(line, target, byGroup);
      byGroup.set(concept, [...(byGroup.get(concept) ?? []), { ...line, text: name }]);
      // A line with its code and level says more than the name: it also stays under notes, as written.
      return name !== line.text;
    });
    if (!byGroup.size) continue;
    for (const [concept, lines] of byGroup)
      groups.push({ concept, label: entry.label, line: entry.line, kind: 'section', lines, moved: true });
    entry.lines = rest;
    if (!rest.length) entry.inferred = true;
  }
  return groups;
}

/** Whether a line states what a rule of common.json lineConcepts names: its pattern, and what the rule requires beside it. */
function saysLineConcept(rule: { pattern: string; requires?: string }, text: string): boolean {
  return dataPattern(rule.pattern, 'i').test(text) && (!rule.requires || dataPattern(rule.requires, 'i').test(text));
}

/**
 * A statement before any section that belongs to a concept of its own wherever it stands (common.json lineConcepts
 * marked `lead`): "Only nationals of Zambia are eligible to apply to this position" under a Workday title is the post's
 * eligibility. Each such line leaves the lead for a section of that concept, where the profile has a place for it.
 */
export function leadStatements(read: ReadText, profileId: string): void {
  const target = targetsOf(profileId) ?? {};
  const rules = common.lineConcepts.filter((rule) => 'lead' in rule && rule.lead && target[rule.concept]);
  read.lead = read.lead.filter((line) => {
    const rule = rules.find((rule) => saysLineConcept(rule, line.text));
    if (!rule) return true;
    // (In text order: before the sections that follow it.)
    const at = read.entries.findIndex((entry) => entry.line > line.line);
    const lines = [{ text: line.text, bullet: false }];
    const entry: Entry = { concept: rule.concept, label: '', line: line.line, kind: 'section', lines, moved: true, inferred: true };
    read.entries.splice(at < 0 ? read.entries.length : at, 0, entry);
    return false;
  });
}

/** Places every entry where the profile's targets say; what has no place goes under notes as written. */
export function placeEntries(
  read: ReadText,
  profileId: string,
  findings: ImportFinding[],
): { data: Data; notes: string[]; placed: Set<string> } {
  const target = targetsOf(profileId) ?? targetsOf('general') ?? {};
  const data: Data = {};
  const notes: string[] = [];
  const placed = new Set<string>();
  const note = (entry: Entry) => {
    if (entry.kind === 'field') notes.push(entry.value ? `${entry.label}: ${entry.value}` : entry.label);
    else notes.push([entry.label, ...(entry.lines ?? []).map((line) => line.text)].filter(Boolean).join('\n'));
  };
  const entries: Entry[] = [];
  // Values placed in the profile's own form whose line also stays under notes as written (valueConcepts `noted`).
  const keepWritten = new Set<Entry>();
  // A value as written that names its own field ("Contract level LICA-5" as the unops-ica grade) is placed before any
  // other line of that field: a UNOPS page's "Level LS-5" above it stays under notes.
  const writtenFirst = new Set<Entry>();
  for (const entry of read.entries) {
    entries.push(entry);
    // "Contract level: IICA-1": a value that names its own field, where the profile has that field (common.json valueConcepts).
    const retold = common.valueConcepts.rules.find(
      (rule) =>
        entry.kind === 'field' && entry.concept === rule.from && target[rule.to] && dataPattern(rule.pattern, 'i').test(entry.value ?? ''),
    );
    if (retold) {
      entry.concept = retold.to;
      // "Contract level: IICA-2 (ICS-10)": where the profile also has a field for the value as written (`written`),
      // it goes there too. The line is then noted only if that field cannot take it (it is already set).
      const written = 'written' in retold ? retold.written : undefined;
      if (written && target[written]) {
        const copy = { ...entry, concept: written };
        entries.push(copy);
        writtenFirst.add(copy);
        entry.inferred = true;
      } else if ('noted' in retold && retold.noted) keepWritten.add(entry);
    }
    if (entry.kind === 'field') entries.push(...assessmentApart(entry, read));
    if (entry.kind !== 'section' || !entry.lines) continue;
    entries.push(...notRequired(entry, profileId));
    // "Send your CV … by 28 March, 2027. Applications received after this date will not be considered.": the closing
    // statements an application paragraph ends with, each a line of its own, to move with the rules below.
    if (entry.concept === 'how_to_apply') entries.push(...assessmentApart(entry, read), ...closingApart(entry));
    // A no-fee or diversity statement inside another section is a closing statement; it moves there as a whole line.
    for (const rule of common.lineConcepts) {
      if (rule.concept === entry.concept || ('from' in rule && rule.from && !rule.from.includes(entry.concept))) continue;
      if ('profiles' in rule && rule.profiles && !rule.profiles.includes(profileId)) continue;
      // "** This position is open to …": a careers page's starred note is read without its stars.
      const statement = (written: string) => saysLineConcept(rule, written.replace(/^\*{1,3}\s/, ''));
      // A remark moved out of the closing section ('from') stays there when the same line also holds a closing statement.
      const closing = (text: string) => common.lineConcepts.some((other) => other.concept === 'closing' && saysLineConcept(other, text));
      const moved: Entry['lines'] & object = entry.lines.filter(
        (line) => statement(line.text) && !('from' in rule && rule.from && closing(line.text)),
      );
      // A section's only paragraph that ends with such a statement ("Applications must be submitted through … FAO does
      // not charge any fee …") stays in its section: moving it would leave the section empty.
      const later = (text: string) => /[.!?\u3002]\s/.test(text.slice(0, dataPattern(rule.pattern, 'i').exec(text)?.index ?? 0));
      if (moved.length && moved.length === entry.lines.length && moved.every((line) => later(line.text))) continue;
      // Nor does the section's first paragraph when the statement comes after its own sentences (a narrow column's
      // paragraph read as one line: "Send CV … by closing date. Only shortlisted … IOM does not charge any fee.").
      if (moved.length && moved[0] === entry.lines[0] && later(moved[0].text)) moved.shift();
      if (!moved.length) continue;
      entry.lines = entry.lines.filter((line) => !moved.includes(line));
      // Every line moved: the heading goes with them (it is not noted again on its own).
      if (!entry.lines.length) entry.inferred = true;
      // The heading goes with the lines when none stay under it, or when it heads remarks ("Other", "Additional
      // Information"); "Key responsibilities" is no heading of an eligibility remark moved out of the duties.
      const label = entry.lines.length && entry.concept !== 'closing' ? '' : entry.label;
      const movedEntry: Entry = { concept: rule.concept, label, line: entry.line, kind: 'section', lines: moved, moved: true };
      entries.push(movedEntry, ...(rule.concept === 'how_to_apply' ? closingApart(movedEntry) : []));
    }
  }
  entries.push(...competencyGroups(entries, target));
  const ordered = [...entries.filter((entry) => writtenFirst.has(entry)), ...entries.filter((entry) => !writtenFirst.has(entry))];
  // The text's lines, read once where a period needs the day/month order they show.
  let texts: string[] | undefined;
  for (const entry of ordered) {
    const path = target[entry.concept];
    if (entry.kind === 'section') {
      const lines = entry.lines ?? [];
      if (!lines.length && entry.moved) continue;
      if (entry.concept === 'supervision' && target.supervisor && getPath(data, target.supervisor) === undefined) {
        const name = supervisorIn(lines.map((line) => line.text).join(' '));
        if (name && setPath(data, target.supervisor, name)) placed.add('supervisor');
      }
      if (!path || !lines.length) {
        if (!entry.inferred) note(entry);
        continue;
      }
      if (path.endsWith('education_and_experience')) {
        // Rows read from the sentence; the sentence itself stays under notes, as written.
        const rows = degreeYears(lines.map((line) => line.text).join(' '));
        if (rows.length && getPath(data, path) === undefined && setPath(data, path, rows)) placed.add(entry.concept);
        note(entry);
        continue;
      }
      // A list of sentences keeps its sub-headings as prefixes (listItems.ts); a list of names ([,] [;]) is split as written.
      const value = !listPath.test(path)
        ? lines.map((line) => line.text).join('\n')
        : path.endsWith('[]')
          ? listItems(lines)
          : namesJoined(lines.map((line) => line.text));
      if (typeof value === 'string' && namesNoOne(entry.concept, value)) {
        note(entry);
        continue;
      }
      if (setPath(data, path, value)) {
        placed.add(entry.concept);
        // "…, Development Studies or other relevant field.": a list whose catch-all was cut from its last name also stays
        // under notes, as written.
        const cut = lines.filter((line) => catchAllCut(path, line.text));
        if (cut.length) notes.push(cut.map((line) => line.text).join('\n'));
      } else if (!entry.inferred) note(entry);
      continue;
    }
    const value = entry.value ?? '';
    if (kindOf.get(entry.concept) === 'period') {
      // "01.03.2028 – 15.03.2028": a start that could be read two ways is read in its end's order, and an end in its start's;
      // "From 12.12.2026 to 12.01.2027", where neither end decides, in the order the text's other dates or the countries
      // it names show (as a lone date is, settleDayMonth), and the finding says so.
      const settled = (text: string, path: string | undefined) => {
        const date = dateValue(text);
        if (!date.ambiguous) return undefined;
        // "Closing Date: January 12, 2027" above "Posting period: From 12.12.2026 to 12.01.2027": the reading the text
        // states elsewhere for the same field.
        const stated = new Set([
          getPath(data, path ?? ''),
          ...read.entries
            .filter((other) => other.kind === 'field' && path && target[other.concept] === path && kindOf.get(other.concept) === 'date')
            .map((other) => dateValue(other.value ?? '').iso),
        ]);
        const same = date.ambiguous.filter((reading) => stated.has(reading));
        if (same.length === 1) return same[0];
        texts ??= textsOf(read);
        const separator = /\d([/.])\d/.exec(text)?.[1];
        const order = (separator && orderShownByDates(texts, separator)) || orderShownByDates(texts) || orderOfCountriesNamed(texts);
        if (!order) return undefined;
        const iso = order === 'day' ? date.ambiguous[0] : date.ambiguous[1];
        const code = order === 'day' ? 'import-date-day-first' : 'import-date-month-first';
        const written = { text: text.trim(), label: entry.label };
        findings.push(finding(code, entry.line, { ...written, iso }, { value: written, path }));
        return iso;
      };
      const range = common.inference.range
        // ("R9.2.1(月)10:00 ~ 令和9年3月5日(金)正午": a schedule's era dates are read with their Western years.)
        .map((reader) => periodRange(reader, withWesternYears(value)))
        .find((match) => match && (dateValue(match[0]).iso ?? sameOrder(match[1], match[0]) ?? dateValue(match[0]).ambiguous));
      // An application period opens the applications (a JPO posting's application_opens), a posting period the posting.
      const opens = (entry.concept === 'application_period' && target.application_opens) || target.date_posted;
      // ("令和9年（2027年）1月8日（金）から2月5日（金）正午まで": a Japanese period whose end shares the start's year.)
      const rangeStart = range ? (dateValue(range[0]).iso ?? sameOrder(range[1], range[0]) ?? settled(range[0], opens)) : undefined;
      const stated = range ? dateValue(range[1]).iso : undefined;
      const rangeEnd = range ? (stated ?? sameOrder(range[0], range[1]) ?? settled(range[1], target.deadline)) : undefined;
      const shared = rangeStart && rangeEnd ? undefined : readPeriod(value);
      const start = rangeStart && rangeEnd ? rangeStart : shared?.start;
      const end = rangeStart && rangeEnd ? rangeEnd : shared?.end;
      if (start && end && opens && target.deadline) {
        const first = setPath(data, opens, start);
        const second = setPath(data, target.deadline, end);
        if (first && second) {
          placed.add('date_posted').add('deadline');
          // "…から2026年3月4日（水）正午（日本時間）まで": a time or remark beside the dates stays under notes as written.
          // A date read in the other's order (02.03.2026 after 16.02.2026) too: the text shows how it was read.
          if (saysMoreThanDates(value) || !stated || !dateValue(range?.[0] ?? '').iso) note(entry);
          continue;
        }
      }
      note(entry);
      continue;
    }
    // "時給1,250円" read with 時給 as its label, "Daily fee: USD 350" with its: the unit is part of the salary (hourly,
    // daily, monthly, yearly).
    const unitLabel = entry.concept === 'salary' && dataPattern(common.salaryUnits, 'i').test(entry.label);
    const stated = unitLabel ? `${entry.label}${/[a-z]$/i.test(entry.label) ? ' ' : ''}${value}` : value;
    const scalar = fieldValue(entry, stated, findings, path);
    if (entry.concept === 'duration' || entry.concept === 'contract_type') {
      const period = readPeriod(value);
      // "Full-time, until 31 July 2027 with possibility of extension": the end of the contract.
      period.end ??= untilDate(value);
      // "令和9年4月1日から最長2年間": a term that opens with its first day and gives its length, not its end.
      period.start ??= startFrom(value);
      if (period.start && target.target_start_date && getPath(data, target.target_start_date) === undefined)
        setPath(data, target.target_start_date, period.start);
      if (period.end && target.contract_end_date && getPath(data, target.contract_end_date) === undefined)
        setPath(data, target.contract_end_date, period.end);
    }
    if (!path || scalar === undefined) {
      if (!entry.inferred) note(entry);
      continue;
    }
    if (path.endsWith('employment_type')) {
      const type = employmentTypeOf(value);
      if (!type || !setPath(data, path, type.value)) note(entry);
      else {
        placed.add(entry.concept);
        // The vocabulary's word replaces the text's own: the text's words stay under notes.
        if (type.value !== value.trim()) note(entry);
      }
      continue;
    }
    if (entry.concept === 'grade' && typeof scalar === 'string' && scalar.replace(/[-\s]/g, '') !== value.replace(/[-\s]/g, ''))
      notes.push(`${entry.label}: ${value}`);
    if (setPath(data, path, scalar)) {
      placed.add(entry.concept);
      if (keepWritten.has(entry)) note(entry);
      // "15 February 2027, 17:00 Nairobi time": the field holds the day, the time and zone stay under notes as written.
      if (kindOf.get(entry.concept) === 'date' && !entry.inferred && (saysMoreThanDates(value) || entry.yearRead)) note(entry);
    } else if (!entry.inferred) note(entry);
  }
  settleDayMonth(data, read, target, findings);
  return { data, notes, placed };
}

/** A closing remark said as a sentence of an application paragraph (common.json closingSentences). */
// (Not a no-fee or diversity statement: a paragraph that ends with one stays whole, as the rules below keep it.)
const isClosingSentence = (text: string) => common.closingSentences.some((pattern) => dataPattern(pattern, 'i').test(text));

/**
 * "Applications must be submitted through … Candidates will be required to take a written test and may be invited to a
 * competency-based interview.": how candidates are tested, said as a sentence after an application paragraph's first
 * (common.json assessmentSentence), is the assessment too, where the text has no assessment section of its own. The
 * paragraph stays whole where it is (the corpus keeps an application paragraph whole under how to apply).
 */
function assessmentApart(entry: Entry, read: ReadText): Entry[] {
  // (A deadline that goes on after its date, "Deadline: 21st December 2026, 5:00 pm East Africa Time. Only shortlisted
  // candidates will be contacted for a written test …", as a paragraph of instructions runs its label into it.)
  const lines =
    entry.kind === 'section'
      ? entry.lines
      : entry.concept === 'deadline' && entry.value
        ? [{ text: entry.value, bullet: false }]
        : undefined;
  if (!lines || read.entries.some((other) => other.concept === 'assessment')) return [];
  const tested = dataPattern(common.assessmentSentence, 'i');
  const said = lines.flatMap((line) =>
    line.text.length > 1000
      ? []
      : line.text
          .split(/(?<=[a-z\d)"\u201d][.!?])\s+(?=[A-Z])/)
          .filter((sentence, index) => index > 0 && tested.test(sentence))
          .map((text) => ({ ...line, text })),
  );
  return said.length
    ? [{ concept: 'assessment', label: '', line: entry.line, kind: 'section', lines: said, moved: true, inferred: true }]
    : [];
}

/** The closing remarks an application section's paragraphs end with, as a section of closing remarks of their own. */
function closingApart(entry: Entry): Entry[] {
  if (!entry.lines) return [];
  const apart = entry.lines.map(closingSentencesApart);
  const closing = apart.flatMap((parts) => parts.slice(1));
  if (!closing.length) return [];
  entry.lines = apart.map((parts) => parts[0]);
  return [{ concept: 'closing', label: entry.label, line: entry.line, kind: 'section', lines: closing, moved: true }];
}

/**
 * "Send your CV to jobs@example.org Only shortlisted candidates will be contacted.": an e-mail address before a capital
 * ends its sentence too (a social advert's line, no full stop after the address, joined to the remark under it).
 */
function endsAtAddress(sentence: string): string[] {
  const words = sentence.split(' ');
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < words.length - 1; at++) {
    if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(words[at]) || !/^[A-Z]/.test(words[at + 1])) continue;
    parts.push(words.slice(start, at + 1).join(' '));
    start = at + 1;
  }
  parts.push(words.slice(start).join(' '));
  return parts;
}

/**
 * An application paragraph whose sentences after the first are all closing remarks ("Send your CV … by 28 March, 2027.
 * Applications received after this date will not be considered. Only selected candidates will be contacted."): the
 * instruction, then each remark. Any other paragraph stays whole.
 */
function closingSentencesApart<T extends { text: string }>(line: T): T[] {
  if (line.text.length > 1000) return [line];
  const sentences = line.text.split(/(?<=[a-z\d)"\u201d][.!?])\s+(?=[A-Z])/).flatMap(endsAtAddress);
  const first = sentences.findIndex((sentence, index) => index > 0 && isClosingSentence(sentence));
  // (A paragraph of remarks only is moved whole, as the rules below move it.)
  if (first < 1 || isClosingSentence(sentences[0]) || sentences.slice(first).some((sentence) => !isClosingSentence(sentence)))
    return [line];
  return [sentences.slice(0, first).join(' '), ...sentences.slice(first)].map((text) => ({ ...line, text }));
}

/**
 * The order the text's own numeric dates show: a first number above 12 is a day, a second one above 12 too. With a
 * `separator`, only the dates written with it: a page's header in slashes (02/20/2026) may write the month first where
 * its notice in full stops (20.02.2026) writes the day first.
 */
function orderShownByDates(texts: readonly string[], separator?: string): 'day' | 'month' | undefined {
  const shown = new Set<'day' | 'month'>();
  for (const text of texts)
    for (const match of text.matchAll(/\b(\d{1,2})([/.])(\d{1,2})\2\d{4}\b/g)) {
      if (separator && match[2] !== separator) continue;
      const [first, second] = [Number(match[1]), Number(match[3])];
      if (first > 12 && second <= 12) shown.add('day');
      if (second > 12 && first <= 12) shown.add('month');
    }
  return shown.size === 1 ? [...shown][0] : undefined;
}

/** The order the countries a text names write dates in (schemas/date-order.json), when they all agree. */
function orderOfCountriesNamed(texts: readonly string[]): 'day' | 'month' | undefined {
  // (Without accents, as the names are kept: "Türkiye" is "turkiye".)
  const whole = ` ${texts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const orders = new Set<'day' | 'month' | 'either'>();
  for (const [name, code] of allCountryNames()) {
    if (name.length < dateOrder.shortestCountryName || !whole.includes(` ${name} `)) continue;
    orders.add(dateOrder.monthFirst.includes(code) ? 'month' : dateOrder.either.includes(code) ? 'either' : 'day');
  }
  return orders.size === 1 && !orders.has('either') ? ([...orders][0] as 'day' | 'month') : undefined;
}

/** The text's lines, labels and values, as read. */
const textsOf = (read: ReadText) => [
  ...read.lead.map((line) => line.text),
  ...read.entries.flatMap((entry) => [entry.label, entry.value ?? '', ...(entry.lines ?? []).map((line) => line.text)]),
];

/**
 * A date kept as written because its day and month could be either way round (09/11/2027), read when the text
 * settles the order: its other numeric dates, or the countries it names (a vacancy notice of UNHCR Malaysia writes the
 * day first). The finding then says how it was read; a date nothing settles stays as written, reported.
 */
function settleDayMonth(data: Data, read: ReadText, target: Readonly<Record<string, string>>, findings: ImportFinding[]): void {
  const pending = findings.filter((item) => item.code === 'import-ambiguous-date');
  if (!pending.length) return;
  const texts = textsOf(read);
  const wholeOrder = orderShownByDates(texts) ?? orderOfCountriesNamed(texts);
  for (const item of pending) {
    const { value, path } = item;
    const separator = value ? /\d([/.])\d/.exec(value.text)?.[1] : undefined;
    const order = (separator && orderShownByDates(texts, separator)) || wholeOrder;
    if (!order) continue;
    // A date placed where the profile has a field for it, still as written there.
    if (!value || !path || !Object.values(target).includes(path) || getPath(data, path) !== value.text) continue;
    const date = dateValue(value.text);
    if (!date.ambiguous) continue;
    const iso = order === 'day' ? date.ambiguous[0] : date.ambiguous[1];
    if (!replacePath(data, path, iso)) continue;
    const code = order === 'day' ? 'import-date-day-first' : 'import-date-month-first';
    findings[findings.indexOf(item)] = finding(code, item.line, { label: value.label, text: value.text, iso }, { value, path });
  }
}

/** Replaces the value at a dotted path that holds one; false when the path leads nowhere. */
function replacePath(data: Data, path: string, value: unknown): boolean {
  const keys = path.split('.');
  const parent = keys.length > 1 ? getPath(data, keys.slice(0, -1).join('.')) : data;
  if (!isRecord(parent) || parent[keys[keys.length - 1]] === undefined) return false;
  parent[keys[keys.length - 1]] = value;
  return true;
}

/**
 * "From 16.02.2026 to 02.03.2026": a date of a period that could be read either way (`otherText`), in the order the
 * other date of the period shows (`knownText`: 16.02 can only be day first, so 02.03 is 2 March). Undefined when the
 * known date does not decide it.
 */
function sameOrder(knownText: string, otherText: string): string | undefined {
  const numeric = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
  const start = numeric.exec(knownText);
  const end = numeric.exec(otherText);
  if (!start || !end || start[2] !== end[2]) return undefined;
  const dayFirst = Number(start[1]) > 12 ? true : Number(start[3]) > 12 ? false : undefined;
  if (dayFirst === undefined) return undefined;
  const [day, month] = dayFirst ? [end[1], end[3]] : [end[3], end[1]];
  return dateValue(`${end[4]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`).iso;
}

/** A month's name or its first three letters among `months`, each matched literally, as a word, with a dot after it. */
export function monthWordPattern(months: readonly string[]): string {
  return `\\b${literalAlternation([...months, ...months.map((month) => month.slice(0, 3))])}\\b\\.?`;
}

const monthWords = builtPattern('import: month names', monthWordPattern(common.months), 'gi');

/** Whether a date or period says more than its dates: words left once the dates, weekdays and the words joining them go. */
function saysMoreThanDates(value: string): boolean {
  // "令和8年6月19日": an era year is a year, not words.
  const rest = withWesternYears(value)
    .replace(monthWords, ' ')
    .replace(
      /\d+(?:st|nd|rd|th)?|[\u5e74\u6708\u65e5]|[(\uff08][\u6708\u706b\u6c34\u6728\u91d1\u571f\u65e5][)\uff09]|\u304b\u3089|\u307e\u3067|\b(?:to|until|through|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
      ' ',
    );
  return /\p{L}/u.test(rest);
}

/**
 * The employment type a value names first: "契約社員（1年ごとの更新、正社員登用あり）" is a fixed-term contract that may
 * lead to a permanent one, so the word that comes first wins, not the first entry of the vocabulary.
 */
function employmentTypeOf(value: string): { value: string } | undefined {
  let best: { value: string; at: number } | undefined;
  for (const candidate of common.employmentTypes) {
    const at = value.search(dataPattern(candidate.pattern, 'i'));
    if (at >= 0 && (!best || at < best.at)) best = { value: candidate.value, at };
  }
  return best;
}

/**
 * "For P3/NOC - 6 years relevant experience with Undergraduate degree; or 5 years … with Graduate degree" → rows
 * { degree, years } (common.json degreeYears); a clause without both a number of years and a degree is skipped.
 */
export function degreeYears(text: string): { degree: string; years: number }[] {
  const rows: { degree: string; years: number }[] = [];
  // ("… or a relevant university degree (Bachelor's or equivalent) with 5 years …": an "or" in brackets parts no clauses.)
  const masked = text.replace(/\([^()]{0,80}\)/g, (inside) => inside.replace(/\bor\b/g, 'o\u2063r'));
  for (const clause of masked.split(/;|\bor\b/)) {
    const years = dataPattern(common.degreeYears.years, 'i').exec(clause);
    const degree = common.degreeYears.degrees.find((entry) => dataPattern(entry.pattern, 'i').test(clause))?.degree;
    if (!years || !degree || rows.some((row) => row.degree === degree)) continue;
    rows.push({ degree, years: years[1] ? (countOf(years[1]) ?? 0) : 0 });
  }
  return rows;
}

/** The supervisor a sentence names ("under the supervision of the Head of Office", "reports to …", "supervised by …"). */
export function supervisorIn(text: string): string | undefined {
  const matches = common.inference.supervisor
    .map((pattern) => dataPattern(pattern).exec(text))
    .filter((match): match is RegExpExecArray => !!match?.[1]);
  // "reports to the Head of the Inter-Cluster Coordination Unit, and works under the overall guidance of the Head of
  // Office": the overall (or general) guidance is the line above; the one the post reports to is its supervisor.
  const direct = matches.find((match) => !/\b(?:overall|general)\b/i.test(match[0]));
  for (const match of direct ? [direct] : matches.slice(0, 1)) {
    // A name in Markdown bold ("reports to the **WASH Programme Manager**") without its asterisks.
    const end = match.index + match[0].lastIndexOf(match[1]) + match[1].length;
    const after = text.slice(end, end + 160);
    const place = supervisorPlace(after);
    return `${match[1]}${place || supervisorUnit(after)}`.replace(/\*\*|__/g, '').trim();
  }
  return undefined;
}

const officeWords =
  /^(?:Sub-Office|Sub|Office|Offices|Country|Regional|Field|Area|Head|Headquarters|HQ|Unit|Section|Branch|Service|Department|Division|Team|Programme|Project|Base)$/;

/** Names, and the small words between them, that go on a supervisor's title ("Regional Office in Dakar", "Fada N'Gourma"). */
const placeWords = /^(?:(?:[A-Z][\w'\u2019-]*|of|for|and|in|the|de|la)(?: |(?=[,.;:)]|$)))+/;

/**
 * Where the supervisor sits, or the project it leads, when a name says it: "the Field Coordinator in Fada N'Gourma",
 * "the HIV Specialist in the UNICEF Eswatini Country Office", "the Project Manager, Decentralised Governance Project".
 */
/** A part of a designation: capitalised words ("Women's Economic Empowerment", "UN Women Bangladesh", "Ms Chiara Benedetti"). */
const designationPart = /^[A-Z][\w'\u2019.&()-]*(?: (?:[A-Z][\w'\u2019.&()-]*|of|for|and|the|on|in|de|du|des|la|le))*$/;

/**
 * The unit or name after the supervisor's title, between commas ("the GBV Programme Specialist, UNFPA Tanzania.", "the
 * Programme Specialist, Women's Economic Empowerment, the consultant will", "the Team Leader, Ms Chiara Benedetti,
 * through …"): the parts in capitalised words, up to three, until one that is not.
 */
function supervisorUnit(after: string): string {
  if (!after.startsWith(', ')) return '';
  // (A full stop inside a code, "PESR.1", parts nothing.)
  const parts = after.slice(2).split(/(?=[,;:]|\.(?!\w))/);
  let unit = '';
  for (const [index, part] of parts.entries()) {
    const text = (index ? part.slice(1) : part).trim();
    if (index >= 3 || text.length > 60 || !designationPart.test(text) || / (?:of|for|and|the|on|in|de|du|des|la|le)$/.test(text)) break;
    unit += `, ${text}`;
    // A full stop, semicolon or colon ends the designation.
    if (parts[index + 1] && /^[.;:]/.test(parts[index + 1])) break;
  }
  return unit;
}

function supervisorPlace(after: string): string {
  const where = /^ in (?:the )?(?=[A-Z])/.exec(after);
  const names = where ? placeWords.exec(after.slice(where[0].length))?.[0] : undefined;
  const words = names?.trim().split(' ') ?? [];
  while (words.length && /^(?:of|for|and|in|the|de|la)$/.test(words[words.length - 1])) words.pop();
  const place = words.join(' ');
  // "in the Sub-Office", "in the Country Office": an office the posting does not name says nothing more.
  const named = place?.split(/\s+/).some((word) => /^[A-Z]/.test(word) && !officeWords.test(word));
  // "in Nouakchott": a town alone is where the supervisor sits, not part of the title; an office it names is.
  const office = place?.split(/\s+/).some((word) => officeWords.test(word));
  if (where && place && named && office) return `${where[0]}${place}`;
  // ("…, the National Project Coordinator will:": a project's name ends there; a title that goes on names the post.)
  const project =
    /^, (?:the )?[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|of|for|and)){0,6} (?:Project|Programme|Program)\b(?! [A-Z])/.exec(after);
  return project ? project[0] : '';
}

export function getPath(data: Data, path: string): unknown {
  let node: unknown = data;
  for (const key of path.replace(listPath, '').split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** The value a field takes in the posting, or undefined when it must stay as written under notes. */
/**
 * A passage of sentences under an organisation's label or heading ("派遣先機関" over the agencies a programme sends its
 * officers to): it names no one organisation, and stays under notes.
 */
const namesNoOne = (concept: string, value: string) => concept === 'organization' && value.length > 80 && /\u3002|[.!?]\s/.test(value);

function fieldValue(entry: Entry, value: string, findings: ImportFinding[], path?: string): unknown {
  const kind = kindOf.get(entry.concept);
  // A grade is a code ("SC7", "ICS-9", "NPSA-8"); another word under Level: stays under notes.
  // "SC6, Associate", "NOB, National Officer": a job board's grade code with its category after a comma is the code.
  if (entry.concept === 'grade') {
    const coded = /^([A-Z]{1,6}-?\d{1,2}[A-E]?|[A-Z]{1,4}-?[A-E])\s*,\s*[A-Z][a-z]/.exec(value.trim());
    // ("Post Level: National Consultant", "Level: Consultancy": a consultancy's level in words, common.json grades.)
    // ("Category/grade: National UN Volunteer Specialist": a volunteer's category; "Level: F (International)": an NGO's
    // band, common.json grades.)
    if (
      [common.grades.consultantLevelPattern, common.grades.volunteerLevelPattern, common.grades.bandLevelPattern].some((level) =>
        dataPattern(level, 'i').test(value.trim()),
      )
    )
      return value.trim();
    return gradeOf(value) ?? coded?.[1] ?? (/\d|^[A-Z]{1,4}-?[A-E]$/.test(value.trim()) ? value : undefined);
  }
  if (namesNoOne(entry.concept, value)) return undefined;
  // "ICS-10": UNOPS's level, as the staff grade it corresponds to (common.json icsGrades).
  if (entry.concept === 'corresponding_level') {
    const ics = /^ICS-?(\d{1,2})$/.exec(value.trim());
    const grades: Record<string, string> = common.icsGrades;
    return (ics && grades[`ICS-${ics[1]}`]) || value;
  }
  // "Family duty station: Yes" answers the family type: a family duty station (No: a non-family one).
  if (kind === 'familyType') {
    const answer = yesNo(value);
    return answer === undefined ? value : answer ? 'Family' : 'Non Family';
  }
  if (kind === 'flag') return value ? yesNo(value) : true;
  if (!value) return undefined;
  if (kind === 'yesNo') return yesNo(value);
  // "Source: https://…": a web address alone is the posting's url; any other source stays under notes.
  if (kind === 'url') return /^https?:\/\/\S+$/.test(value.trim()) ? value.trim() : undefined;
  if (kind === 'code') return /^[A-EHU]\b/.test(value) ? value.split(/[\s(]/)[0] : undefined;
  if (kind === 'date') {
    if (entry.yearRead) return entry.yearRead;
    const date = dateValue(value);
    if (date.iso) return date.iso;
    if (date.ambiguous) {
      findings.push(
        finding(
          'import-ambiguous-date',
          entry.line,
          { label: entry.label, text: value, first: date.ambiguous[0], second: date.ambiguous[1] },
          { value: { text: value, label: entry.label }, path },
        ),
      );
      return value;
    }
    return undefined;
  }
  return value;
}

function yesNo(value: string): boolean | undefined {
  if (dataPattern('^(yes|y|true|はい|可|有)\\b', 'i').test(value.trim())) return true;
  if (dataPattern('^(no|n|false|いいえ|不可|無)\\b', 'i').test(value.trim())) return false;
  return undefined;
}
