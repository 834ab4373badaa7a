import common from '../../../../schemas/import/common.json';
import languageRequirements from '../../../../schemas/language-requirements.json';
import { countryCode } from '../text/countries';
import { countOf } from '../text/numbers';
import { isRecord } from '../text/records';
import { dataPattern, execReader, type DataReader } from '../text/patterns';
import { halfWidthDigits, numericPeriods, readDate, withWesternYears } from './dates';
import { languagesNamedIn } from '../text/languages';
import { titleGradeOf, type Entry, type ReadText } from './generic';

/**
 * Fields a text states only in its sentences (issue 14): "UNEP is seeking a Programme Management Officer (P-3)", "The
 * consultant will be based in Dakar, Senegal", "for a period of six months", "The deliverables are: …". Each is read
 * only where no label or heading gave the field; the sentence stays where it is, so the entry is `inferred` (placed,
 * never noted). The patterns are data (schemas/import/common.json, `prose`).
 */
const prose = common.prose;

/** The 1-based line of a character offset in the text. */
const lineAt = (text: string, index: number) => text.slice(0, index).split(/\r\n|\r|\n/).length;

function inferred(concept: string, label: string, line: number, value: string): Entry {
  return { concept, label, line, kind: 'field', value, inferred: true };
}

/**
 * A title from the words after "is seeking a": cut after the last word that names a role ("Officer", "Consultant"),
 * so "Senior Programme Associate for AAP in Cabo Delgado" stays "Senior Programme Associate"; none without a role word.
 */
function roleTitle(words: string): string | undefined {
  const parts = words.split(' ');
  const role = dataPattern(prose.roleWords);
  // "a hardworking LOGISTICS & WAREHOUSE OFFICER": a role in capitals is the same role.
  const cased = (word: string) => (/^[A-Z-]{3,}$/.test(word) ? `${word[0]}${word.slice(1).toLowerCase()}` : word);
  for (let end = parts.length; end > 0; end--) {
    const last = cased(parts[end - 1].replace(/[\u2019']s$/, ''));
    if (role.test(last) || (end > 1 && role.test(`${cased(parts[end - 2])} ${last}`))) return parts.slice(0, end).join(' ');
  }
  return undefined;
}

/**
 * "12 month" (of "a 12 month contract"), "six-month": a length written as a word before its noun is a length of time,
 * "12 months", "six months"; one of one unit stays as it is.
 */
export function lengthOfTime(value: string): string {
  const adjectival = /^(\S+)[ -](day|week|month|year)$/.exec(value);
  return adjectival && !/^(?:1|one|a)$/i.test(adjectival[1]) ? `${adjectival[1]} ${adjectival[2]}s` : value;
}

/** "Programme Officer (six months)" → "Programme Officer"; a loop-free cut instead of /\s*\([^)]*\)$/ (quadratic). */
function withoutEndRemark(value: string): string {
  const open = value.lastIndexOf('(');
  return value.endsWith(')') && open > 0 ? value.slice(0, open).trimEnd() : value;
}

/** A title (and the grade right after it) stated in a sentence or in a lead line "Temporary Job Opening: …". */
function titleFrom(read: ReadText, text: string): { title: string; grade?: string; line: number } | undefined {
  for (const pattern of prose.title) {
    const match = execReader(pattern as DataReader, text);
    if (!match) continue;
    const title = roleTitle(match[1]);
    if (!title) continue;
    const after = text.slice(match.index + match[0].length - match[1].length + title.length);
    const grade = dataPattern(prose.grade).exec(after)?.[1];
    // "a National Consultant (Value Chain Analyst)": a remark in brackets right after the role is part of the title.
    const remark = grade ? undefined : /^ \(([^()]{3,60})\)/.exec(after)?.[0];
    return { title: remark ? title + remark : title, grade, line: lineAt(text, match.index) };
  }
  for (const lead of read.lead) {
    const labelled = /^([^:\uff1a]{3,40})[:\uff1a]\s*(\S.{2,100})$/.exec(lead.text);
    if (!labelled || !dataPattern(prose.titleLabels, 'i').test(labelled[1])) continue;
    const value = labelled[2].trim();
    const graded = titleGradeOf(value);
    const title = graded?.title.trim() ? graded.title.trim() : roleTitle(withoutEndRemark(value));
    if (title) return { title, grade: graded?.grade, line: lead.line };
    // "Consultancy: Baseline Survey for the … Project": a consultancy is named for its work, no role; the name is the title.
    if (dataPattern(prose.topicTitleLabels, 'i').test(labelled[1].trim()) && dataPattern(prose.topicTitle).test(value))
      return { title: value, line: lead.line };
  }
  return undefined;
}

/** A duty station and its country from "will be based in Dakar, Senegal"; a place that is a country is the country. */
function placeFrom(text: string): { city?: string; country?: string; line: number } | undefined {
  for (const pattern of prose.dutyStation) {
    const found = execReader(pattern as DataReader, text);
    const match = found && dataPattern(prose.notPlace).test(found[1]) ? placeAfterOffice(pattern as DataReader, text, found) : found;
    if (!match || dataPattern(prose.notPlace).test(match[1])) continue;
    const line = lineAt(text, match.index);
    // A place word may hold a dot ("St. Louis"); the sentence's own full stop is not part of it.
    const [city, second] = [match[1], match[2]].map((part) => part?.replace(/\.$/, ''));
    if (countryCode(city)) return { country: city, line };
    const country = second && countryCode(second) ? second : undefined;
    return { city, country, line };
  }
  return undefined;
}

/**
 * "This position is located in the Engineering Section of MONUSCO in Goma": where the sentence names an office first,
 * the place after a later " in " of the same sentence, read as the reader reads a place (its `thenPattern`).
 */
function placeAfterOffice(reader: DataReader, text: string, found: RegExpExecArray): RegExpExecArray | null {
  if (typeof reader !== 'object' || !('thenPattern' in reader)) return null;
  const from = found.index + found[0].length - found[1].length;
  const sentence = /^[^.;\n]*/.exec(text.slice(from))?.[0] ?? '';
  for (const later of sentence.matchAll(/ in (?:the )?(?=[A-Z])/g)) {
    const at = from + later.index + later[0].length;
    // Read within the sentence: a place's words may hold a dot ("St. Louis"), the sentence's full stop ends them.
    const place = dataPattern(reader.thenPattern).exec(sentence.slice(later.index + later[0].length));
    if (!place || dataPattern(prose.notPlace).test(place[1])) continue;
    place.index = at;
    return place;
  }
  return null;
}

/**
 * "The Information and Communications Technology and Disaster Risk Reduction Division (IDD) of ESCAP supports …": an
 * office that opens a sentence, named in capitalised words up to an office word (common.json prose.unitSubject), with
 * its short name in brackets and the organisation it belongs to after "of", or an office named after its place ("The
 * Kandahar Zone Office covers …"). Scanned word by word, not by a pattern of counted repeats, which recheck cannot prove.
 */
function officeSubject(text: string): { value: string; at: number } | undefined {
  for (let at = text.indexOf('The '); at >= 0; at = text.indexOf('The ', at + 1)) {
    // A sentence's first word: at the start, after a line break or after a full stop and a space.
    if (at > 0 && text[at - 1] !== '\n' && text.slice(at - 2, at) !== '. ') continue;
    const start = at + 4;
    const words = text.slice(start, start + 300).split(' ');
    for (let count = 1; count <= Math.min(words.length - 1, 12); count++) {
      const word = words[count - 1];
      if (!/^[A-Z][\w'\u2019&-]*,?$/.test(word) && !/^(?:and|of|for|on|&)$/.test(word)) break;
      if (count < 2 || !prose.unitSubject.offices.includes(word)) continue;
      const name = words.slice(0, count).join(' ');
      const after = text.slice(start + name.length);
      const short = /^ \([A-Z]{2,10}\)/.exec(after)?.[0] ?? '';
      if (/^ of (?:the )?[A-Z]/.test(after.slice(short.length))) return { value: `${name}${short}`, at };
      // "The Kandahar Zone Office covers …": an office in the field named after its place, its verb after it.
      const placeOffice = prose.unitSubject.placeOffices.some((office) => name.endsWith(` ${office}`) && name.length > office.length + 1);
      // (Not "The ILO Country Office for Nigeria …", whose name goes on.)
      const verb = /^ (?!(?:for|of|in|and|on|at|to|with)\b)[a-z]+\b/.test(after.slice(short.length));
      if (placeOffice && count >= 3 && verb) return { value: `${name}${short}`, at };
      break;
    }
  }
  return undefined;
}

/**
 * "IOM South Sudan's Migration Health Division (MHD) delivers …", "IOM's Shelter and Settlements Unit rehabilitates …":
 * an office an agency's sentence opens with as its own (the agency's short name, perhaps with its country, and "'s"),
 * named in capitalised words up to an office word (prose.unitSubject), its short name in brackets, then the sentence's
 * verb. Scanned word by word over the sentence as a hard-wrapped copy breaks it.
 */
function ownedOfficeSubject(text: string): { value: string; at: number } | undefined {
  const owner = /(?:^|\n|\. )[A-Z]{2,8}(?: [A-Z][a-z]+){0,3}['\u2019]s /g;
  for (let found = owner.exec(text); found; found = owner.exec(text)) {
    const start = found.index + found[0].length;
    const words = text.slice(start, start + 300).split(/[ \n]+/);
    for (let count = 1; count <= Math.min(words.length - 1, 10); count++) {
      const word = words[count - 1];
      if (!/^[A-Z][\w'\u2019&-]*$/.test(word) && !/^(?:and|of|for|on|&)$/.test(word)) break;
      if (count < 2 || !prose.unitSubject.offices.includes(word)) continue;
      const short = /^\([A-Z]{2,10}\)$/.test(words[count] ?? '') ? ` ${words[count]}` : '';
      // (Its verb, in lower case, right after: "… Unit rehabilitates", not "… Unit Coordinator".)
      if (/^[a-z]{3,}$/.test(words[count + (short ? 1 : 0)] ?? ''))
        return { value: `${words.slice(0, count).join(' ')}${short}`, at: start };
      break;
    }
  }
  return undefined;
}

/**
 * "… the successful candidate will be responsible for the counter-trafficking component of the Protection Unit": in
 * the sentence after its lead, the capitalised words after "of the", "in the" or "within the" that end with an office
 * word (Unit, Section, Team). Scanned word by word, not by a pattern of counted repeats, which recheck cannot prove.
 */
function unitOfPost(text: string): { value: string; at: number } | undefined {
  const lead = dataPattern(prose.unitOfPost.lead).exec(text);
  if (!lead) return undefined;
  const rest = text.slice(lead.index + lead[0].length, lead.index + lead[0].length + 300);
  const words = rest.slice(0, rest.search(/[.;\n]|$/)).split(' ');
  for (let at = 2; at < words.length; at++) {
    if (words[at - 1] !== 'the' || !['of', 'in', 'within'].includes(words[at - 2])) continue;
    const name: string[] = [];
    for (const word of words.slice(at, at + 5)) {
      if (!/^[A-Z][\w'\u2019&-]*$/.test(word)) break;
      name.push(word);
      if (name.length > 1 && prose.unitOfPost.offices.includes(word)) return { value: name.join(' '), at: lead.index };
    }
  }
  return undefined;
}

/**
 * "This position is located in the Climate Finance Unit of the Economy Division": the office named, to its last
 * capitalised word, where a word of it names an office (prose.notPlace: Unit, Division, Centre …).
 */
function unitFrom(text: string): { value: string; line: number } | undefined {
  const match = dataPattern(prose.unit).exec(text);
  if (!match) {
    // "The … Division (IDD) of ESCAP supports …": an office that opens a sentence, with its organisation after it.
    const subject = officeSubject(text);
    if (subject) return { value: subject.value, line: lineAt(text, subject.at) };
    const owned = ownedOfficeSubject(text);
    if (owned) return { value: owned.value, line: lineAt(text, owned.at) };
    // "… the successful candidate will be responsible for … of the Protection Unit" (common.json prose.unitOfPost).
    const post = unitOfPost(text);
    if (post) return { value: post.value, line: lineAt(text, post.at) };
    // "品質管理課に所属し、…": the section a Japanese posting says the hire joins (common.json prose.japaneseUnit).
    const joined = dataPattern(prose.japaneseUnit).exec(text);
    return joined ? { value: joined[1], line: lineAt(text, joined.index) } : undefined;
  }
  // "… Shared Economic Prosperity Cluster, Macroeconomic Policy Section": the office it is part of, after a comma.
  const [first, ...within] = match[1].split(', ');
  // Its capitalised words and the small words between them, to the first other word ("… Office in Haiti").
  const words = first.split(/\s+/);
  const end = words.findIndex((word) => !/^(?:[A-Z][A-Za-z'\u2019-]*|of|for|and|on|the|&)$/.test(word));
  // "… Unit of the Economy Division", "… Division of UNEP": the office it belongs to is no part of it.
  const kept = words
    .slice(0, end < 0 ? words.length : end)
    .join(' ')
    .split(' of the ')[0]
    .replace(/ of [A-Z]{2,10}$/, '')
    .split(' ');
  while (kept.length && /^(?:of|for|and|on|the|&)$/.test(kept[kept.length - 1])) kept.pop();
  // "… Middle East Division (MED) of the …": the office's short name in brackets right after it goes with it.
  const named = kept.join(' ');
  const whole = named === first.trim() && within.length ? `${named}, ${within.join(', ')}` : named;
  const short = whole === match[1].trim() ? /^\s?\([A-Z]{2,10}\)/.exec(text.slice(match.index + match[0].length)) : null;
  const value = short ? `${whole} ${short[0].trim()}` : whole;
  return value && dataPattern(prose.notPlace).test(value) ? { value, line: lineAt(text, match.index) } : undefined;
}

function countryFrom(text: string): { country: string; line: number } | undefined {
  for (const pattern of prose.country) {
    const match = dataPattern(pattern).exec(text);
    const country = match?.[1].replace(/\.$/, '');
    if (match && country && countryCode(country)) return { country, line: lineAt(text, match.index) };
  }
  return undefined;
}

/**
 * The first group of the first pattern that matches. With `minLength`, of its first match whose group is at least that
 * long (the search goes on from the next character): a length checked here, not a counted repeat ({10,}) in the
 * pattern, which recheck cannot prove linear.
 */
function firstGroup(patterns: readonly string[], text: string, minLength?: number): { value: string; line: number } | undefined {
  for (const pattern of patterns) {
    const match = minLength === undefined ? dataPattern(pattern, 'i').exec(text) : firstLongMatch(pattern, text, minLength);
    if (match?.[1]) return { value: match[1].trim(), line: lineAt(text, match.index) };
  }
  return undefined;
}

function firstLongMatch(source: string, text: string, minLength: number): RegExpExecArray | undefined {
  const pattern = new RegExp(source, 'gi');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1] && match[1].length >= minLength) return match;
    pattern.lastIndex = match.index + 1;
  }
  return undefined;
}

/** Whether a sentence of the text names the post ("is seeking a Programme Officer"): the title prose.ts would read. */
export function titleInProse(read: ReadText, text: string): boolean {
  return titleFrom(read, text) !== undefined;
}

/** Adds what the sentences of the text state for fields the entries do not have yet. */
export function inferFromProse(read: ReadText, text: string): void {
  const entries = read.entries;
  const has = (concept: string) => entries.some((entry) => entry.concept === concept && (entry.value || entry.lines?.length));
  if (!has('title')) {
    const found = titleFrom(read, text);
    if (found) {
      entries.unshift(inferred('title', 'Title', found.line, found.title));
      if (found.grade && !has('grade')) entries.push(inferred('grade', 'Grade', found.line, found.grade));
    }
  }
  if (!has('duty_station')) {
    const place = placeFrom(text);
    if (place?.city) entries.push(inferred('duty_station', 'Duty station', place.line, place.city));
    if (place?.country && !has('country')) entries.push(inferred('country', 'Country', place.line, place.country));
  }
  if (!has('unit')) {
    const found = unitFrom(text);
    if (found) entries.push(inferred('unit', 'Unit', found.line, found.value));
  }
  if (!has('country')) {
    const found = countryFrom(text);
    if (found) entries.push(inferred('country', 'Country', found.line, found.country));
  }
  if (!has('duration')) {
    // ("24 working days of annual leave + 5 days of wellbeing leave" is an offer's leave, blanked out in place.)
    const found = firstGroup(
      prose.duration,
      text.replace(new RegExp(prose.leaveDays, 'gi'), (leave: string) => ' '.repeat(leave.length)),
    );
    if (found) entries.push(inferred('duration', 'Duration', found.line, lengthOfTime(found.value)));
  }
  if (!has('duties')) {
    const found = firstGroup(prose.duties, text);
    const items = found?.value
      .split(/;\s*/)
      .map((item) => item.trim())
      .filter(Boolean);
    if (found && items && items.length >= prose.dutiesMinItems)
      entries.push({
        concept: 'duties',
        label: 'Duties',
        line: found.line,
        kind: 'section',
        lines: items.map((item) => ({ text: item, bullet: false })),
        moved: true,
        inferred: true,
      });
  }
  if (!has('target_start_date') && !has('contract_end_date')) {
    // The sentence up to the dates: it names the assignment, and no posting or application.
    const aboutAssignment = (index: number) => {
      const before = text.slice(0, index);
      const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
      return dataPattern(prose.assignmentWords).test(sentence) && !/\b(?:posting|applications?|apply|vacancy)\b/i.test(sentence);
    };
    const periods = new RegExp(prose.assignmentPeriod, 'g');
    let found = false;
    for (let period = periods.exec(text); period; period = periods.exec(text)) {
      const start = readDate(period[1]);
      const end = readDate(period[2]);
      if (!aboutAssignment(period.index) || !start || !('iso' in start) || !end || !('iso' in end)) continue;
      const line = lineAt(text, period.index);
      entries.push(
        inferred('target_start_date', 'Start date', line, period[1]),
        inferred('contract_end_date', 'End date', line, period[2]),
      );
      found = true;
      break;
    }
    // "… will be engaged from 01.03.2026 to 31.08.2026": a period in numbers whose order one end decides.
    const numeric = found
      ? undefined
      : numericPeriods(text).find((period) => /\b(?:between|from)\s+$/i.test(text.slice(0, period.index)) && aboutAssignment(period.index));
    if (numeric) {
      const line = lineAt(text, numeric.index);
      entries.push(
        inferred('target_start_date', 'Start date', line, numeric.start),
        inferred('contract_end_date', 'End date', line, numeric.end),
      );
    }
  }
  if (!has('deliverables')) {
    const found = firstGroup(prose.deliverables, text, prose.deliverablesMinLength);
    if (found) {
      const items = found.value
        .split(/;\s*/)
        .map((item) => item.trim())
        .filter(Boolean);
      entries.push({
        concept: 'deliverables',
        label: 'Deliverables',
        line: found.line,
        kind: 'section',
        lines: items.map((item) => ({ text: item, bullet: false })),
        moved: true,
        inferred: true,
      });
    }
  }
}

/** The last day of "2025年7月" or "July 2025" (or the day "2025年7月31日" names), as an ISO date. */
function monthEnd(written: string): string | undefined {
  const text = withWesternYears(written);
  // "2027年7月31日までに": a day given is the date itself.
  const dated = /\d{4}\s*\u5e74\s*\d{1,2}\s*\u6708\s*\d{1,2}\s*\u65e5/.exec(text);
  const exact = dated ? readDate(dated[0]) : undefined;
  if (exact && 'iso' in exact) return exact.iso;
  const japanese = /(\d{4})\s*\u5e74\s*(\d{1,2})\s*\u6708/.exec(text);
  const english = /([A-Z][a-z]+) (\d{4})/.exec(text);
  const month = japanese ? Number(japanese[2]) : english ? common.months.indexOf(english[1]) + 1 : 0;
  const year = japanese ? Number(japanese[1]) : english ? Number(english[2]) : 0;
  if (month < 1 || month > 12) return undefined;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function readAs(kind: string | undefined, text: string): unknown {
  if (kind === 'integer' || kind === 'number') return countOf(text);
  if (kind === 'monthEnd') return monthEnd(text);
  if (kind === 'date') {
    const date = readDate(text);
    return date && 'iso' in date ? date.iso : undefined;
  }
  if (kind === 'country') return countryIn(text);
  return text;
}

const demonyms: Record<string, string> = common.inference.demonyms;

/**
 * The country that the first one to three words of `words` name ("Denmark", "United Arab Emirates"), the longest that
 * is one (ISO 3166 names), or a people's adjective the data knows ("Gambian"); undefined when none is.
 */
export function countryIn(words: string): string | undefined {
  const parts = words.trim().split(/\s+/).slice(0, 3);
  for (let count = parts.length; count > 0; count--) {
    const candidate = parts.slice(0, count).join(' ');
    if (countryCode(candidate) || demonyms[candidate]) return candidate;
  }
  return undefined;
}

/** What readEligibility may use besides the eligibility sentences. */
export interface EligibilityContext {
  /** The text's other lines: read only by the readers marked `anywhere` (common.json eligibility). */
  elsewhere?: readonly string[];
  /** The profile's age limit, for an age limit stated as a birth date. */
  maxAge?: number;
}

/** The day before the `age`th birthday of someone born on `iso` (YYYY-MM-DD): the last day they are `age - 1`. */
function dayBeforeBirthday(iso: string, age: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year + age, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * The structured eligibility a JPO posting states in its sentences (応募資格: "2025年2月1日時点で35歳以下であること",
 * "日本国籍を有すること", "修士号を取得していること（2025年7月末までの取得見込みを含む）"): each field read once, from
 * the first statement that states it (schemas/import/common.json, `eligibility`). The sentences stay as written.
 */
export function readEligibility(
  eligibility: Record<string, unknown>,
  alsoStated: readonly string[] = [],
  deadline?: unknown,
  { elsewhere = [], maxAge }: EligibilityContext = {},
): void {
  // `alsoStated`: the Terms of Reference's education and experience, which state the degree and years the same way.
  const plain = (statement: string) => withWesternYears(halfWidthDigits(statement)); // "令和８年４月１日時点で" → "2026年4月1日時点で"
  const statements = [
    ...(Array.isArray(eligibility.statement) ? eligibility.statement.filter((item): item is string => typeof item === 'string') : []),
    ...alsoStated,
  ].map(plain);
  // The rest of the text, after them, for the facts a 備考 or a note states as well as the eligibility (`anywhere`).
  const anywhere = [...statements, ...elsewhere.map(plain)];
  for (const reader of common.eligibility.readers) {
    const pattern = dataPattern(reader.pattern, 'i');
    for (const statement of 'anywhere' in reader && reader.anywhere ? anywhere : statements) {
      const match = pattern.exec(statement);
      const requires = 'requires' in reader ? reader.requires : undefined;
      if (!match || (requires && !dataPattern(requires, 'i').test(statement))) continue;
      // ("… open only to Dutch nationals and nationals of eligible developing countries": not the one nationality.)
      if ('unless' in reader && reader.unless && dataPattern(reader.unless, 'i').test(statement)) continue;
      const value = 'value' in reader ? reader.value : readAs(reader.kind, match.slice(1).find((group) => group !== undefined) ?? '');
      if (value === undefined) continue;
      // A dotted path ("english.tests", "national_civil_servants.may_apply") is a field of a group, made when first read.
      const keys = reader.path.split('.');
      let group: Record<string, unknown> | undefined = eligibility;
      for (const key of keys.slice(0, -1)) {
        const next: unknown = group[key] ?? (group[key] = {});
        group = isRecord(next) ? next : undefined;
        if (!group) break;
      }
      if (!group) break;
      const last = keys[keys.length - 1];
      const existing = group[last];
      if (Array.isArray(existing) && Array.isArray(value)) {
        for (const item of value) if (!existing.includes(item)) existing.push(item);
      } else if (existing === undefined) group[last] = Array.isArray(value) ? [...value] : value;
      break;
    }
  }
  // "born on or after 2 April 1990": the age limit (the one stated, else the profile's) and the day it is counted on.
  const bornPattern = dataPattern(common.eligibility.bornOnOrAfterPattern, 'i');
  const born = anywhere.map((statement) => bornPattern.exec(statement)).find(Boolean);
  const bornOn = born ? readAs('date', born[1] ?? born[2] ?? '') : undefined;
  const limit = typeof eligibility.max_age === 'number' ? eligibility.max_age : maxAge;
  if (typeof bornOn === 'string' && limit !== undefined && eligibility.age_reference_date === undefined) {
    eligibility.max_age ??= limit;
    eligibility.age_reference_date = dayBeforeBirthday(bornOn, limit + 1);
  }
  // "応募締切日時点で35歳以下": the age is reckoned on the deadline (common.json eligibility.ageAtDeadline).
  const atDeadline = dataPattern(common.eligibility.ageAtDeadline, 'i');
  if (
    typeof deadline === 'string' &&
    eligibility.max_age !== undefined &&
    eligibility.age_reference_date === undefined &&
    statements.some((statement) => atDeadline.test(statement))
  )
    eligibility.age_reference_date = deadline;
  // A group read only in part, without a field it cannot go without (English without its tests), is left for the author.
  for (const [group, needs] of Object.entries(common.eligibility.groupsNeed)) {
    const read = eligibility[group];
    if (isRecord(read) && read[needs] === undefined) delete eligibility[group];
  }
  // The sentences as written come after the fields read from them.
  if ('statement' in eligibility) {
    const statement = eligibility.statement;
    delete eligibility.statement;
    eligibility.statement = statement;
  }
}

/**
 * The columns of a ToR's table by their names (common.json tableColumns): its task, deliverable, timeline and row-number
 * columns (-1 where it has none), and whether it is a table of deliverables alone; undefined for any other table.
 */
function scheduleColumns(
  names: readonly string[],
): { task: number; deliverable: number; timeline: number; number: number; outputsOnly: boolean } | undefined {
  const columns = common.tableColumns;
  const find = (pattern: string) => names.findIndex((name) => dataPattern(pattern, 'i').test(name));
  const task = find(columns.duties);
  const deliverable = find(columns.deliverables);
  const timeline = find(columns.timeline);
  // "Deliverable<TAB>Timeline<TAB>Payment": a table of deliverables alone (no task column), its rows deliverables.
  const outputsOnly = task < 0 && deliverable >= 0 && timeline >= 0 && timeline !== deliverable;
  if (!outputsOnly && (task < 0 || deliverable < 0 || task === deliverable)) return undefined;
  return { task, deliverable, timeline, number: find(columns.number), outputsOnly };
}

/** Whether a table's first row names the columns of a schedule of tasks or deliverables (see readTables). */
export function isScheduleHeader(names: readonly string[]): boolean {
  return scheduleColumns(names) !== undefined;
}

/**
 * A tasks/deliverables/timeline table inside a section (UNICEF's Work Assignment Overview): each row's task becomes a
 * duty and its deliverable, with its timeline in brackets, a deliverable (common.json tableColumns); a table of
 * deliverables alone (a deliverable and a timeline column, no task) gives deliverables. The header row is structure;
 * any other table is left as it is.
 */
export function readTables(read: ReadText): void {
  const added: Entry[] = [];
  for (const entry of read.entries) {
    if (entry.kind !== 'section' || !entry.lines?.length) continue;
    const header = entry.lines.findIndex((line) => line.text.includes('\t'));
    if (header < 0) continue;
    const names = entry.lines[header].text.split('\t').map((cell) => cell.trim());
    const columns = scheduleColumns(names);
    if (!columns) continue;
    const { task, deliverable, timeline, number, outputsOnly } = columns;
    const rows = entry.lines.slice(header + 1).filter((line) => line.text.split('\t').length === names.length);
    if (!rows.length) continue;
    const cell = (line: { text: string }, index: number) => (index < 0 ? '' : (line.text.split('\t')[index] ?? '').trim());
    const duties = rows.map((row) => cell(row, task)).filter(Boolean);
    // A deliverable with its timeline in brackets; in a table of deliverables alone, with every other cell in brackets
    // under its column's name ("Inception report (Due date: 15 March 2027; Payment: 20%)"), so that no cell, and no
    // column's meaning, is lost.
    const othersOf = (row: { text: string }) =>
      outputsOnly
        ? row.text
            .split('\t')
            .map((text, index) =>
              // (A row's number, "No. 1", goes before its deliverable.)
              index === deliverable || index === number || !text.trim()
                ? ''
                : names[index]
                  ? `${names[index]}: ${text.trim()}`
                  : text.trim(),
            )
            .filter(Boolean)
        : [timeline === task || timeline === deliverable ? '' : cell(row, timeline)].filter(Boolean);
    // "1" / "D2" in a column of row numbers: the deliverable's number, before it ("1. Inception report …").
    const numbered = (row: { text: string }) => {
      const mark = cell(row, number);
      return mark ? `${mark}${/^\d+$/.test(mark) ? '.' : ''} ` : '';
    };
    const outputs = rows
      .map((row) => {
        const others = othersOf(row);
        const output = cell(row, deliverable);
        return output && numbered(row) + output + (others.length ? ` (${others.join('; ')})` : '');
      })
      .filter(Boolean);
    const rest = entry.lines.filter((line, index) => index !== header && !rows.includes(line));
    // (The section's own lines keep their places around the table: a total under it stays under its rows.)
    const before = entry.lines.slice(0, header).filter((line) => !rows.includes(line));
    const after = rest.slice(before.length);
    const around = (texts: string[]) => [...before, ...items(texts), ...after];
    const items = (texts: string[]) => texts.map((text) => ({ text, bullet: true }));
    const section = (concept: string, texts: string[]): Entry => ({
      concept,
      label: entry.label,
      line: entry.line,
      kind: 'section',
      lines: items(texts),
    });
    if (outputsOnly) {
      if (entry.concept === 'deliverables') entry.lines = around(outputs);
      else {
        entry.lines = rest;
        added.push(section('deliverables', outputs));
      }
    } else if (entry.concept === 'deliverables' || entry.concept === 'duties') {
      const own = entry.concept === 'duties' ? duties : outputs;
      entry.lines = around(own);
      added.push(entry.concept === 'duties' ? section('deliverables', outputs) : section('duties', duties));
    } else {
      entry.lines = rest;
      added.push(section('duties', duties), section('deliverables', outputs));
    }
  }
  read.entries.push(...added);
}

/**
 * The languages a language statement names, with the level and whether each is required as its clause says
 * ("Fluency in English is required; working knowledge of Arabic is an asset." → English fluent required, Arabic
 * working knowledge not required; "英語: ビジネスレベル" → English fluent). A clause that gives no level takes the
 * level its kind of clause implies (common.json languageStatement.unstatedLevel: a required language is asked
 * fluent, an asset one at working knowledge); a clause that neither gives a level nor says required or asset leaves
 * the list to the author, unguessed. Names are read under every alias (schemas/vocabularies/languages.json: Kiswahili
 * is Swahili, 英語 English). Data: common.json languageStatement.
 */
export function languagesOf(statement: string): { language: string; level: string; required: boolean }[] {
  const data = common.languageStatement;
  const found: { language: string; level: string; required: boolean }[] = [];
  const add = (language: string, level: string, optional: boolean) => {
    if (!found.some((entry) => entry.language === language)) found.push({ language, level, required: !optional });
  };
  // (A line is a clause of its own: "English — Fluent (required)" over "Russian — Working knowledge (desirable)". An
  // organisation's standard sentence, "English and the UN working language of the duty station …", states no level
  // of its own: the post's own sentences say them.)
  const standard = languageRequirements.standardStatements.map((source) => dataPattern(source, 'i'));
  const unlevelled: string[] = [];
  // (Not at the point of a number: "IELTS 7.0以上" is one clause.)
  for (const sentence of statement.split(/[;\u3002\uff1b\n]|\.(?!\d)/)) {
    if (standard.some((pattern) => pattern.test(sentence))) continue;
    // "knowledge of Juba Arabic, Lugbara or Lingala is desirable": a clause that names languages without a level
    // takes the level of the clause after it in the same sentence.
    let waiting: { language: string; at: number }[] = [];
    for (const clause of sentence.split(/,\s/)) {
      const named = languagesNamedIn(clause);
      const optional = dataPattern(data.optional, 'i').test(clause);
      const stated = data.levels.find((entry) => dataPattern(entry.pattern, 'i').test(clause))?.level;
      const unstated = data.unstatedLevel;
      const level =
        stated ?? (optional ? unstated.optional : dataPattern(unstated.requiredPattern, 'i').test(clause) ? unstated.required : undefined);
      if (!level) {
        waiting = [...waiting, ...named];
        continue;
      }
      for (const { language } of waiting) add(language, level, optional);
      waiting = [];
      // "Fluency in Spanish and working knowledge of English": with two levels in a clause, each language takes the
      // level stated before it.
      const levelsAt = data.levels
        .map((entry) => ({ level: entry.level, at: clause.search(dataPattern(entry.pattern, 'i')) }))
        .filter((entry) => entry.at >= 0);
      const levelOf = (at: number) =>
        (levelsAt.length > 1 ? levelsAt.filter((entry) => entry.at < at).sort((a, b) => b.at - a.at)[0]?.level : undefined) ?? level;
      for (const { language, at } of named) add(language, levelOf(at), optional);
    }
    unlevelled.push(...waiting.map(({ language }) => language));
  }
  // A level the statement does not give or imply is never guessed: then the list is left for the author to fill in. A
  // language another clause gives a level ("日本語：日常会話レベル。仕様の議論は英語でも可能です。英語：ビジネスレベル") has one.
  return unlevelled.every((language) => found.some((entry) => entry.language === language)) ? found : [];
}
