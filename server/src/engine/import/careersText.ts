import layout from '../../../../schemas/import/careers-site.json';
import { readDate, readPeriod, untilDate } from './dates';
import { countryCode } from '../text/countries';
import { oneLetterValueBefore, trimEndOf, withoutEndBracket } from './generic';
import unhcrCatalogue from '../../../../schemas/catalogues/unhcr.json';
import common from '../../../../schemas/import/common.json';
import { dataPattern } from '../text/patterns';

/** The parts of a careers-site text, each line placed once; `notes` holds every line no part recognised. */
export interface CareersParts {
  header: Record<string, string>;
  /** ICA level, corresponding level and supervisor from the lines a Terms of Reference opens with. */
  tor: Record<string, string>;
  positionNotes: string[];
  background: string[];
  introduction: string[];
  duties: string[];
  monitoring: string[];
  qualifications: {
    education: string[];
    essential?: string;
    desirable?: string;
    competencies: Record<string, string[]>;
    languageStatement?: string;
  };
  careers: Record<string, unknown>;
  closing: string[];
  notes: string[];
}

const sections = ['header', 'lead', 'background', 'purpose', 'monitoring', 'qualifications', 'unknown', 'careers', 'closing'] as const;
type Section = (typeof sections)[number];
const isSection = (kind: string | undefined): kind is Section => sections.some((section) => section === kind);

const numbered = /^\d+[.)]\s+/;
const lettered = /^[a-z][.)]\s+/;
const bullet = /^[-\u2022*\u25aa]\s+/;
const siteName = new RegExp(layout.siteNamePattern);
/** "Search for Jobs    Introduce Yourself    Sign In": a site's menu, three cells or more of a few words apart. */
const siteMenu = (line: string) => {
  const cells = line.split(/\s{3,}|\t/);
  return cells.length >= 3 && cells.every((cell) => cell.split(/\s+/).length <= 4);
};
const desirableExperience = new RegExp(layout.desirableExperiencePattern, 'i');

/** The heading a line is, without its number or letter and colon, compared case-insensitively. */
function headingOf(line: string, headings: readonly { headings: string[]; kind: string }[]): string | undefined {
  const bare = bareHeading(line);
  const exact = exactHeading(line, headings);
  if (exact || !shortHeading(bare)) return exact;
  // "General Background of Project/Assignment", "Language Skills (required)": a short line that opens with a heading.
  return headings.find((entry) =>
    entry.headings.some((heading) => bare.startsWith(heading.toLowerCase()) && /^[\s(/]/.test(bare.slice(heading.length))),
  )?.kind;
}

const bareHeading = (line: string) => line.replace(numbered, '').replace(lettered, '').replace(/:\s*$/, '').trim().toLowerCase();

/** The heading a line is word for word; a longer heading that only opens with one keeps its line under notes. */
function exactHeading(line: string, headings: readonly { headings: string[]; kind: string }[]): string | undefined {
  const bare = bareHeading(line);
  return headings.find((entry) => entry.headings.some((heading) => heading.toLowerCase() === bare))?.kind;
}

/** A line short enough to be a heading: at most eight words, no sentence end and no label with its value. */
function shortHeading(line: string): boolean {
  return line.split(/\s+/).length <= 8 && !/[.:;]\s*\S/.test(line) && !/\.$/.test(line);
}

/**
 * "Label: value" or "Labelvalue" (the careers site runs labels into values); the longest label wins. With `anyCase`
 * (the header of a careers page, where Workday prints "job requisition id" in lower case), the label's case does not
 * matter, and a label with a separator may also stand before a tab ("locations<TAB>San Jose") or alone on its line,
 * its value on the next.
 */
function afterLabel(line: string, labels: readonly string[], separator?: string, anyCase = false): string | undefined {
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    if (anyCase ? line.slice(0, label.length).toLowerCase() !== label.toLowerCase() : !line.startsWith(label)) continue;
    const rest = line.slice(label.length);
    if (separator) {
      if (rest.trimStart().startsWith(separator)) return rest.trimStart().slice(separator.length).trim();
      if (anyCase && (rest.startsWith('\t') || !rest.trim())) return rest.trim();
      // "locationsMonterrey", "job requisition idJR2603390": Workday's header prints its labels in lower case, each run
      // into its value.
      if (anyCase && line.startsWith(label.toLowerCase()) && /^ ?[A-Z\d]/.test(rest)) return rest.trim();
      continue;
    }
    if (rest.startsWith(':')) return rest.slice(1).trim();
    return rest.trim();
  }
  return undefined;
}

/** An unknown heading: a short line ending with a colon ("Living and Working Conditions:"). */
function isUnknownHeading(line: string): boolean {
  // "Main duties:", "Key responsibilities include:": the opening of the duties list, not a heading of its own.
  if (/\b(?:duties|responsibilities|tasks|functions|include|will)\s*:$/i.test(line)) return false;
  return /:$/.test(line) && line.split(/\s+/).length <= 8 && !numbered.test(line);
}

/** The ToR's section headings, longest first, as the page writes them. */
const sectionHeadings = layout.sections.flatMap((entry) => entry.headings).sort((a, b) => b.length - a.length);

/**
 * A ToR field with the next section's heading run onto its end, as the page copies a table cell and the heading under
 * it: "Supervisor: Assistant Protection Officer, Nyabiheke General Background" → the field + "General Background".
 */
export function splitTrailingSection(line: string): string[] {
  if (!/^[^:]{2,40}:\s*\S/.test(line) || /[.;]$/.test(line)) return [line];
  const heading = sectionHeadings.find((candidate) => line.endsWith(` ${candidate}`) && line.length > candidate.length + 2);
  const value = heading ? line.slice(line.indexOf(':') + 1, line.length - heading.length).trim() : '';
  return heading && value ? [line.slice(0, line.length - heading.length).trimEnd(), heading] : [line];
}

/** The ToR's section headings and the page's own summary heading, longest first, as they may end a line glued on. */
const gluedHeadings = [...sectionHeadings, ...layout.careersHeadings].sort((a, b) => b.length - a.length);

/**
 * A line with the next heading glued to its end, as a copy of the page's rich text drops the break between a paragraph
 * and the heading under it: "…while maintaining procedural fairness.Purpose and Scope of Assignment", "Supervisor: RSD
 * Officer (P3)General Background" → the line + the heading. Only a heading with nothing between it and a stop, a
 * bracket or a lower-case letter counts; "…of the Project Background" (a space before it) stays a sentence.
 */
export function splitGluedHeading(line: string): string[] {
  const heading = gluedHeadings.find((candidate) => line.endsWith(candidate) && line.length > candidate.length + 1);
  if (!heading) return [line];
  const before = line.slice(0, line.length - heading.length);
  return /[a-z.;:)\]]$/.test(before) ? [before, heading] : [line];
}

/** Header labels longest first, for splitting a line where the page ran one label's value into the next label. */
const headerLabels = [...layout.headerFields.flatMap((field) => field.labels), ...layout.gluedAlso].sort((a, b) => b.length - a.length);

/**
 * Workday's facts under the title run onto one line ("locations Kuala Lumpur time type Full time … job requisition id
 * JR2600112"), split before each of its lower-case labels (careers-site.json workdayFacts); only a line that opens
 * with one of them, so a sentence that says "posted on" stays whole.
 */
function workdayFacts(line: string): string[] {
  if (!layout.workdayFacts.some((label) => line.startsWith(`${label} `))) return [line];
  const cuts: number[] = [];
  for (const label of layout.workdayFacts)
    for (let at = line.indexOf(` ${label} `); at > 0; at = line.indexOf(` ${label} `, at + 1)) cuts.push(at);
  const sorted = [0, ...cuts.sort((a, b) => a - b), line.length];
  return sorted
    .slice(1)
    .map((end, index) => line.slice(sorted[index], end).trim())
    .filter(Boolean);
}

/**
 * A header line split where a label is run into the value before it: "Family TypeNon FamilyDanger Pay" → "Family
 * TypeNon Family" + "Danger Pay"; "Deadline for ApplicationsFebruary 14, 2025Hardship LevelB" likewise. A label
 * counts only after a lower-case letter, digit or bracket, so "Hardship Level (not applicable …)" stays whole.
 */
export function splitHeaderLine(line: string): string[] {
  const facts = workdayFacts(line);
  if (facts.length > 1) return facts.flatMap(splitHeaderLine);
  for (let at = 1; at < line.length; at++) {
    if ((!/[a-z\d)]/.test(line[at - 1]) && !oneLetterValueBefore(line, at)) || !/[A-Z]/.test(line[at])) continue;
    const label = headerLabels.find((candidate) => line.startsWith(candidate, at));
    if (
      label &&
      !headerLabels.some(
        (outer) => outer.length > label.length && line.lastIndexOf(outer, at) >= 0 && line.lastIndexOf(outer, at) + outer.length > at,
      )
    )
      return [line.slice(0, at), ...splitHeaderLine(line.slice(at))];
  }
  return [line];
}

function emptyParts(): CareersParts {
  return {
    header: {},
    tor: {},
    positionNotes: [],
    background: [],
    introduction: [],
    duties: [],
    monitoring: [],
    qualifications: { education: [], competencies: {} },
    careers: {},
    closing: [],
    notes: [],
  };
}

/** A first line that is a title: short, no sentence, no header label, and not a word of the page such as "Apply". */
function headerTitle(line: string, lines: readonly string[]): boolean {
  // "Information Management Officer (Data Systems) - UNOPS IICA2 - Amman": a title with its contract and place after
  // dashes is as short as its title.
  const [head, ...after] = line.split(' - ');
  const short =
    shortHeading(line.toLowerCase()) ||
    (after.length <= 2 && shortHeading(head.toLowerCase()) && after.every((part) => part.split(/\s+/).length <= 4 && shortHeading(part)));
  if (!short || line.length > 120 || !/\p{Lu}/u.test(line) || line.includes('\t')) return false;
  if (
    layout.headerFields.some(
      (field) => afterLabel(line, field.labels, 'separator' in field ? field.separator : undefined, true) !== undefined,
    )
  )
    return false;
  if (afterLabel(line, layout.termsOfReference) !== undefined || layout.pageWords.some((word) => word.toLowerCase() === line.toLowerCase()))
    return false;
  return lines.length > 1;
}

/**
 * The careers-site text as a Markdown copy of the page writes it ("**Deadline for Applications** April 4, 2025",
 * "## Terms of Reference", "**Title:** Driver"), made plain as the page's own copy reads: a bold label without a colon
 * runs into its value ("Deadline for ApplicationsApril 4, 2025"), one with a colon keeps it, heading marks go.
 */
export function plainMarkdownCopy(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const heading = /^#{1,6}[ \t]+(\S.*)$/.exec(line.trim());
      const plain = heading ? heading[1] : line;
      const bold = /^\*\*([^*]{1,80})\*\*(.*)$/.exec(plain.trim());
      if (!bold) return plain;
      const [label, value] = [bold[1], bold[2].trim()];
      return value ? (label.endsWith(':') ? `${label} ${value}` : `${label}${value}`) : label;
    })
    .join('\n');
}

/**
 * "…Target Start Date2026-07-01Terms of Reference": the page's header run together to its last value, with the Terms of
 * Reference heading glued on; the heading goes on a line of its own, so the header ends where the page's does.
 */
function gluedTermsOfReference(line: string): string[] {
  for (const heading of layout.termsOfReference) {
    const at = line.lastIndexOf(heading);
    if (at > 0 && at + heading.length === line.trimEnd().length && /[a-z\d)]/.test(line[at - 1])) return [line.slice(0, at), heading];
  }
  return [line];
}

export function readCareersLines(given: readonly string[]): CareersParts {
  const source = given.flatMap(gluedTermsOfReference);
  // Only the header, before the Terms of Reference, is a run of labels and values.
  const torAt = source.findIndex((line) => afterLabel(line.trim(), layout.termsOfReference) !== undefined);
  let lines: readonly string[] = [
    ...source.slice(0, torAt < 0 ? source.length : torAt).flatMap((line) => splitHeaderLine(line.trim())),
    ...source
      .slice(torAt < 0 ? source.length : torAt)
      .flatMap((line) => splitGluedHeading(line.trim()))
      .flatMap(splitTrailingSection),
  ];
  const parts = emptyParts();
  let section: Section = 'header';
  // The page's first line is the title when it is no label and reads as one ("Associate Energy Officer"); the site's
  // name and menu above it ("UNHCR Careers" over "Search for Jobs    Introduce Yourself    Sign In") stay under notes.
  const site: number[] = [];
  let first = lines.findIndex((line) => line.trim());
  // (A menu copied an item a line, "UNHCR" over "Search for Jobs" and "Sign In": the organisation's name alone, and the
  // site's own words, are no title either.)
  const siteLine = (line: string) =>
    siteName.test(line) ||
    siteMenu(line) ||
    common.organizations.some((organization) => organization.name === line) ||
    layout.siteWords.some((word) => word.toLowerCase() === line.toLowerCase()) ||
    // ("Apply" over the title: the page's button, copied above it, is no title either.)
    layout.pageWords.some((word) => word.toLowerCase() === line.toLowerCase());
  while (first >= 0 && siteLine(lines[first].trim())) {
    site.push(first);
    first = lines.findIndex((line, index) => index > first && line.trim());
  }
  parts.notes.push(...site.map((index) => lines[index].trim()));
  if (first >= 0 && first < (torAt < 0 ? lines.length : torAt) && headerTitle(lines[first].trim(), lines)) {
    parts.header.title = lines[first].trim();
    lines = [...lines.slice(0, first), ...lines.slice(first + 1)];
  }
  lines = lines.filter((_, index) => !site.includes(index));
  let part = '';
  let unknown: string[] | undefined;
  const keepUnknown = () => {
    if (unknown?.length) parts.notes.push(unknown.join('\n'));
    unknown = undefined;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line) continue;

    if (section === 'header' || section === 'careers') {
      const consumed = section === 'header' ? readHeaderField(line, lines, index, parts) : readCareersField(line, parts, lines, index);
      if (consumed !== undefined) {
        index += consumed;
        continue;
      }
    }
    if (section !== 'careers' && section !== 'closing') {
      const tor = afterLabel(line, layout.termsOfReference);
      if (section === 'header' && tor !== undefined) {
        section = 'lead';
        if (tor) lines = [...lines.slice(0, index + 1), tor, ...lines.slice(index + 1)];
        continue;
      }
      // "IMPORTANT INFORMATION:" with its notes, then "TERMS OF REFERENCE" again: the ToR's own lines start there.
      if (section === 'unknown' && afterLabel(line, layout.termsOfReference, undefined, true) === '') {
        keepUnknown();
        section = 'lead';
        continue;
      }
    }
    if (
      section !== 'header' &&
      section !== 'careers' &&
      section !== 'closing' &&
      afterLabel(line, ['Skills']) !== undefined &&
      !line.startsWith('Skills:')
    ) {
      keepUnknown();
      section = 'careers';
      index--;
      continue;
    }
    // "Additional Qualifications": the careers site's own summary of the post (Skills, Education, …) follows.
    if (section !== 'careers' && layout.careersHeadings.some((heading) => line.toLowerCase() === heading.toLowerCase())) {
      keepUnknown();
      parts.notes.push(line);
      section = 'careers';
      continue;
    }
    if (layout.closingHeadings.some((heading) => line.replace(/:$/, '').toLowerCase() === heading.toLowerCase())) {
      keepUnknown();
      section = 'closing';
      continue;
    }
    const known: string | undefined =
      section === 'header' || section === 'careers' || section === 'closing' ? undefined : headingOf(line, layout.sections);
    if (isSection(known)) {
      keepUnknown();
      if (!exactHeading(line, layout.sections)) parts.notes.push(line);
      section = known;
      part = '';
      continue;
    }
    // "d. Language" / "Fluent Spanish …" / (blank) / "Duration: 6 months, …" / "Contract type: …": the ToR's own fields
    // after its last part, a paragraph of their own, are read as the ToR's opening ones are (and what follows them
    // as the lines around those).
    if (section === 'qualifications' && !lines[index - 1]?.trim() && afterLabel(line, torLabels, ':')) {
      section = 'lead';
      index--;
      continue;
    }
    if (section === 'qualifications') {
      const sub = headingOf(line, layout.qualificationParts);
      if (sub && (lettered.test(line) || numbered.test(line) || !line.includes(':'))) {
        if (!exactHeading(line, layout.qualificationParts)) parts.notes.push(line);
        part = sub;
        continue;
      }
      if (readQualificationLine(line, part, parts)) continue;
    }
    if (section !== 'header' && section !== 'careers' && section !== 'closing' && section !== 'qualifications' && isUnknownHeading(line)) {
      keepUnknown();
      section = 'unknown';
      unknown = [line];
      continue;
    }
    switch (section) {
      case 'lead':
        if (line.startsWith('*')) {
          // "**Duration: from 1 April 2026 to 31 December 2026, …": a note that also states a field of the ToR.
          // ("** This is a … position. **": a note a copy kept in bold loses its closing marks too.)
          const note = trimEndOf(line.replace(/^\*+\s*/, ''), /[*\s]/);
          parts.positionNotes.push(note);
          const scratch = emptyParts();
          if (readTorField(note, scratch)) {
            for (const [key, value] of Object.entries(scratch.header)) parts.header[key] ??= value;
            for (const [key, value] of Object.entries(scratch.tor)) parts.tor[key] ??= value;
          }
        } else if (splitTorFields(line).length > 1) {
          lines = [...lines.slice(0, index), ...splitTorFields(line), ...lines.slice(index + 1)];
          index--;
        } else if (readTorField(line, parts)) break;
        // "This position is offered under a UNOPS Local ICA contract until 31/12/2026 …": a note on the position.
        else if (/\bcontract\b/i.test(line) && untilDate(line)) parts.positionNotes.push(line);
        else parts.notes.push(line);
        break;
      case 'background':
        // "(Brief description of the national, sector-specific or other relevant context …)": the template's guidance
        // in brackets right under the heading is no background; it stays under notes.
        if (!parts.background.length && /^\([^()]{20,}\)$/.test(line)) parts.notes.push(line);
        // "1. General Background" over "Title: …", "ICA Level: LICA 7", "Duration: …": a ToR that opens its background
        // with the contract's fields, as a UNHCR Workday page for a UNOPS affiliate prints it; read as in the lead.
        else if (parts.background.every((field) => /^[A-Z][^:]{1,40}: \S/.test(field)) && readTorField(line, parts)) break;
        else parts.background.push(line);
        break;
      case 'purpose':
        if (numbered.test(line) || bullet.test(line) || lettered.test(line))
          parts.duties.push(line.replace(numbered, '').replace(bullet, '').replace(lettered, ''));
        else if (!parts.duties.length) parts.introduction.push(line);
        else parts.notes.push(line);
        break;
      case 'monitoring':
        // The controls as a list, or as a paragraph when the ToR writes them in prose.
        parts.monitoring.push(line.replace(numbered, '').replace(bullet, '').replace(lettered, ''));
        break;
      case 'unknown':
        unknown?.push(line);
        break;
      case 'closing':
        parts.closing.push(line);
        break;
      default:
        parts.notes.push(line);
    }
  }
  keepUnknown();
  contractLevel(parts);
  return parts;
}

/**
 * The UNOPS contract level a Terms of Reference states in passing: "level LICA7 (corresponding level: G7)" or "ICA
 * Level: IICA1, corresponding to P2" in a note. The affiliate type of the page's header alone does not fill it.
 */
function contractLevel(parts: CareersParts): void {
  // (A ToR's "Contract Type: LICA7" names the level too.)
  const stated = [...parts.positionNotes, ...parts.notes, ...(parts.header.contract_type ? [parts.header.contract_type] : [])];
  for (const text of stated) {
    const level = /\b([IL]ICA)(?:[ -](?:Specialist|Support))?[\s-]?(\d{1,2})\b/.exec(text);
    if (level && !parts.tor.ica_level) parts.tor.ica_level = `${level[1]}${level[2]}`;
    const corresponding = /\bcorresponding (?:level\s*(?::\s*)?|to (?:the )?(?:level (?:of )?)?)((?:P|G|GS|NO)-?\d|NO-?[A-D])\b/i.exec(
      text,
    );
    if (corresponding && !parts.tor.corresponding_level) parts.tor.corresponding_level = corresponding[1];
  }
}

/** The ToR's opening labels, longest first. */
const torLabels = layout.torFields.flatMap((field) => field.labels).sort((a, b) => b.length - a.length);

/**
 * A ToR's opening fields a copy ran onto one line, each label after the value before it ("Title: Registration
 * AssistantDuty station: Tapachula, MexicoDuration: from …"): cut before each label that follows a value's last letter,
 * digit or bracket and is followed by its colon, a tab or, glued, a capital. Only a line that opens with such a label.
 */
function splitTorFields(line: string): string[] {
  const labelAt = (at: number) =>
    torLabels.find((label) => line.startsWith(label, at) && /^(?:[ \t]*:|\t|[A-Z\d])/.test(line.slice(at + label.length)));
  if (!labelAt(0)) return [line];
  for (let at = 1; at < line.length; at++)
    if (/[a-z\d).]/.test(line[at - 1]) && labelAt(at)) return [line.slice(0, at), ...splitTorFields(line.slice(at))];
  return [line];
}

/**
 * The value of a ToR's opening field: "Label: value", "Label<TAB>value" (a copy that keeps the table's cells apart), or
 * glued, "TitleRegistration Assistant", as the page's table copies without its cells.
 */
function torValue(line: string, labels: readonly string[]): string | undefined {
  const colon = afterLabel(line, labels, ':');
  if (colon !== undefined) return colon;
  const label = [...labels].sort((a, b) => b.length - a.length).find((candidate) => line.startsWith(candidate));
  if (!label) return undefined;
  const rest = line.slice(label.length);
  return /^\t|^[A-Z\d]/.test(rest) ? rest.trim() : undefined;
}

/** A line the Terms of Reference opens with ("Duty station: Maicao, Colombia", "ICA Level: LICA5 (Corresponding level: G5)"). */
function readTorField(line: string, parts: CareersParts): boolean {
  for (const field of layout.torFields) {
    // "1. TITLE: Associate Reporting Officer": a ToR that numbers its fields and writes their labels in capitals.
    const value =
      torValue(line, field.labels) ?? (numbered.test(line) ? afterLabel(line.replace(numbered, ''), field.labels, ':', true) : undefined);
    if (!value) continue;
    if (field.kind === 'place') {
      // "…, Panama (with regular missions to …)": the place without its remark (the line stays in notes).
      const plain = withoutEndBracket(value);
      const place = /^([^,]+),\s*([A-Z\u00c0-\u00de][^,]*)$/.exec(plain);
      // "Cúcuta, Norte de Santander, Colombia": the city, and the last part when it is a country (the line stays in notes).
      const named = plain.split(',').map((part) => part.trim());
      if (place) {
        parts.header.duty_station ??= place[1].trim();
        parts.header.country ??= place[2].trim();
        if (plain !== value) parts.notes.push(line);
      } else if (named.length > 2 && countryCode(named[named.length - 1])) {
        parts.header.duty_station ??= named[0];
        parts.header.country ??= named[named.length - 1];
        parts.notes.push(line);
      } else parts.header.duty_station ??= value;
    } else if (field.kind === 'icaLevel') {
      const level = /^([LI]ICA\s*(?:-\s*)?\d+)\s*(?:\(\s*Corresponding level\s*(?::\s*)?([^)\s][^)]*)\))?/i.exec(value);
      if (!level) return false;
      parts.tor.ica_level = level[1].replace(/\s|-/g, '');
      if (level[2]) parts.tor.corresponding_level = level[2].trim();
      else {
        // "LICA7      Corresponding level: NOA": the level beside it, in a column of its own.
        const beside = /^Corresponding level[ \t]*(?::[ \t]*)?((?:P|G|GS|NO)-?[\dA-D])$/i.exec(value.slice(level[0].length));
        if (beside) parts.tor.corresponding_level = beside[1];
      }
    } else if (field.kind === 'period') {
      // "Duration: 5 January 2026 to 30 June 2026": a period without its "from" reads as one with it.
      const period = readPeriod(/^from\b/i.test(value) ? value : `from ${value}`);
      // "Six months (1 July 2027 – 31 December 2027)": the length, with its dates in brackets.
      const dated = /^[^()]{1,30}\(([^()]{10,60})\)$/.exec(value);
      if (!period.start && dated) Object.assign(period, readPeriod(`from ${dated[1].replace(/ [-\u2013\u2014] /, ' to ')}`));
      // "12 months (until 30 April 2026)": the end date alone.
      period.end ??= untilDate(value);
      // "Duration: 6 months": a length alone is the duration, with no end to read; so is one with a remark after a
      // comma ("6 months, with possibility of extension."), as written without its full stop.
      if (
        !period.end &&
        parts.header.duration === undefined &&
        /^\d{1,3} (?:days?|weeks?|months?|years?)(?:, [^\d]{3,80})?\.?$/i.test(value)
      )
        return ((parts.header.duration = value.replace(/\.$/, '')), true);
      if (!period.end) return false;
      parts.header.contract_end_date ??= period.end;
      if (period.start) parts.header.target_start_date ??= period.start;
      // The duration as the ToR words it ("From 1 March 2026 to 31 December 2026 (with possibility of extension)").
      if (parts.header.duration === undefined) parts.header.duration = value;
      else parts.notes.push(line);
    } else if (field.path === 'supervisor') parts.tor.supervisor = value;
    // "Corresponding Level: G7": the staff level the ICA level corresponds to, on a line of its own.
    else if (field.path === 'corresponding_level') {
      if (!/^(?:P|G|GS|NO)-?[\dA-D]$/i.test(value)) return false;
      parts.tor.corresponding_level ??= value;
    }
    // (A value the header already gave otherwise stays under notes, as written.)
    else if (parts.header[field.path] !== undefined && parts.header[field.path] !== value) parts.notes.push(line);
    else parts.header[field.path] = value;
    return true;
  }
  return false;
}

/** Reads a header field; returns how many extra lines its value took (the value on the next line), or undefined. */
function readHeaderField(line: string, lines: readonly string[], index: number, parts: CareersParts): number | undefined {
  for (const field of layout.headerFields) {
    const rest = afterLabel(line, field.labels, 'separator' in field ? field.separator : undefined, true);
    if (rest === undefined) continue;
    let value = rest;
    let extra = 0;
    // The value on the next line, or after a blank line as a browser copy of the page may put it; never another label.
    if (!value) {
      let below = index + 1;
      while (below < lines.length && below - index < 3 && !lines[below].trim()) below++;
      const next = lines[below]?.trim() ?? '';
      if (next && !isCareersLabel(next) && !isHeaderLabelLine(next)) [value, extra] = [next, below - index];
    }
    // ("Residential location (if applicable)" with nothing under it: no value, and no empty field.)
    if (value) parts.header[field.path] = fieldValue(value, field.kind);
    return extra;
  }
  return undefined;
}

function fieldValue(value: string, kind: string): string {
  if (kind === 'code') return value.split(/\s+/)[0];
  if (kind === 'date') {
    const date = readDate(value);
    return isoDate(value) ?? (date && 'iso' in date ? date.iso : value);
  }
  return value;
}

/** "2025-01-01", "2022-11-21-08:00" or "November 8, 2024" as YYYY-MM-DD. */
export function isoDate(value: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const long = /^([A-Z][a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(value.trim());
  const month = long ? layout.months.indexOf(long[1]) : -1;
  if (!long || month < 0) return undefined;
  return `${long[3]}-${String(month + 1).padStart(2, '0')}-${long[2].padStart(2, '0')}`;
}

function readCareersField(line: string, parts: CareersParts, lines: readonly string[], index: number): number | undefined {
  for (const field of layout.careersFields) {
    let rest = afterLabel(line, field.labels);
    if (rest === undefined) continue;
    // "Skills" on its own line with its value on the next ("IM-Data Visualization, IM-GIS"), unless that line is a label.
    const next = lines[index + 1]?.trim();
    if (!rest && field.kind !== 'yesNo' && next && !isCareersLabel(next) && afterLabel(next, layout.closingHeadings) === undefined) {
      rest = next;
      if (field.kind === 'sentences') parts.careers[field.path] = rest.split(/(?<=[.!?])(?=[A-Z])/);
      else parts.careers[field.path] = rest.split(/,\s*/);
      return 1;
    }
    // "Home-Based" with "No" on the next line.
    if (field.kind === 'yesNo' && !rest && next && /^(?:yes|no)$/i.test(next))
      return ((parts.careers[field.path] = /^yes$/i.test(next)), 1);
    if (field.kind === 'yesNo') parts.careers[field.path] = /^yes$/i.test(rest);
    else if (field.kind === 'sentences') parts.careers[field.path] = rest ? rest.split(/(?<=[.!?])(?=[A-Z])/) : [];
    else parts.careers[field.path] = rest ? rest.split(/,\s*/) : [];
    return 0;
  }
  return undefined;
}

/**
 * A line that is a header label, alone or run into its own value ("Staff Member / Affiliate Type" or "Staff Member /
 * Affiliate TypeUNOPS LICA4" under an empty "Grade"): no value of the label above.
 */
function isHeaderLabelLine(line: string): boolean {
  const label = line.endsWith(':') ? line.slice(0, -1).trimEnd() : line;
  if (headerLabels.includes(label)) return true;
  return layout.headerFields.some(
    (field) => afterLabel(line, field.labels, 'separator' in field ? field.separator : undefined, true) !== undefined,
  );
}

function isCareersLabel(line: string): boolean {
  return layout.careersFields.some((field) => afterLabel(line, field.labels) !== undefined);
}

/** Essential/Desirable, competency groups, the language statement and the ",English" rows of the languages table. */
function readQualificationLine(line: string, part: string, parts: CareersParts): boolean {
  const q = parts.qualifications;
  const labelled = layout.labelled;
  if (line.startsWith(',')) {
    const language = line.slice(1).trim();
    const known = parts.careers.languages;
    const languages = Array.isArray(known) ? known : [];
    if (language) languages.push(language);
    parts.careers.languages = languages;
    return true;
  }
  // "Essential: …", "Desirable: …" are the work experience's, except under the key competencies, where they list skills
  // ("c. Key Competencies" / "Essential: advanced Excel and Power BI"), which stay under notes as written; a second
  // line of either goes on the first.
  const essential = part === 'competencies' ? undefined : afterLabel(line, labelled.essential, ':');
  if (essential !== undefined) return ((q.essential = q.essential === undefined ? essential : `${q.essential}\n${essential}`), true);
  const desirable = part === 'competencies' ? undefined : afterLabel(line, labelled.desirable, ':');
  if (desirable !== undefined) return ((q.desirable = q.desirable === undefined ? desirable : `${q.desirable}\n${desirable}`), true);
  for (const group of ['core', 'managerial', 'cross_functional'] as const) {
    const names = afterLabel(line, labelled[group], ':');
    if (names !== undefined) {
      q.competencies[group] = names
        .replace(/\.$/, '')
        .split(/[;,]\s*(?:and\s+)?/)
        .map((name) => name.trim())
        .filter(Boolean);
      return true;
    }
  }
  const statement = afterLabel(line, labelled.language, ':');
  if (statement !== undefined) return ((q.languageStatement = statement), true);
  // "Education: University degree in …", "Work Experience: Essential: Two years …": a part named with its text after it.
  const education = afterLabel(line, labelled.education, ':');
  if (education) return (q.education.push(education), true);
  const experience = afterLabel(line, labelled.workExperience, ':');
  if (experience) {
    const desired = afterLabel(experience, labelled.desirable, ':');
    if (desired !== undefined) q.desirable = desired;
    else q.essential = afterLabel(experience, labelled.essential, ':') ?? experience;
    return true;
  }
  if (part === 'education') return (q.education.push(line), true);
  // "b. Work Experience" over "Minimum three years of …" without "Essential:": what the ToR asks for; its further lines
  // ("• Experience with Power BI is essential", "• … is desirable") go on the part they name.
  if (part === 'workExperience') {
    const item = line.replace(bullet, '');
    const wanted = desirableExperience.test(item) ? 'desirable' : 'essential';
    q[wanted] = q[wanted] === undefined ? item : `${q[wanted]}\n${item}`;
    return true;
  }
  if (part === 'language') return ((q.languageStatement = q.languageStatement ? `${q.languageStatement} ${line}` : line), true);
  if (part === 'competencies') {
    // "Accountability; Teamwork & Collaboration; …" without a label: the group the framework puts every name in.
    const names = line
      .replace(/\.$/, '')
      .split(/[;,]\s*(?:and\s+)?/)
      .map((name) => name.trim())
      .filter(Boolean);
    const groups = new Set(names.map(competencyGroup));
    const [group] = groups;
    if (names.length && groups.size === 1 && group) {
      q.competencies[group] = [...(q.competencies[group] ?? []), ...names];
      return true;
    }
  }
  return false;
}

// (A word's plural is the same name: "Client & results orientation" is the framework's "Client & Result Orientation".)
const bareName = (name: string) =>
  name
    .toLowerCase()
    .split('&')
    .map((part) => part.trim())
    .join(' and ')
    .replace(/\s+/g, ' ')
    .replace(/(\w)s\b/g, '$1');

/** The group of the UNHCR framework a competency's name is in (schemas/catalogues/unhcr.json). */
export function competencyGroup(name: string): string | undefined {
  return Object.entries(unhcrCatalogue.groups).find(([, group]) =>
    group.entries.some((entry) => bareName(entry.name) === bareName(name)),
  )?.[0];
}

/**
 * "UNHCR does not charge a fee at any stage of its recruitment process …" after the careers site's own fields: a note
 * that opens with a closing statement (common.json lineConcepts) is one, wherever the page puts it.
 */
export function closingNotesApart(parts: CareersParts): void {
  const opensWithClosing = (note: string) =>
    !note.includes('\n') &&
    common.lineConcepts.some((rule) => {
      if (rule.concept !== 'closing') return false;
      const found = dataPattern(rule.pattern, 'i').exec(note);
      // (The statement starts the note's first sentence or is in it: "… Vacancy code: …. UNHCR does not …" is no closing.)
      return !!found && !/[.!?]\s/.test(note.slice(0, found.index)) && (!rule.requires || dataPattern(rule.requires, 'i').test(note));
    });
  const closing = parts.notes.filter(opensWithClosing);
  parts.closing.push(...closing);
  parts.notes = parts.notes.filter((note) => !closing.includes(note));
}
