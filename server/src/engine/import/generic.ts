import common from '../../../../schemas/import/common.json';
import paste from '../../../../schemas/import/paste.json';
import otherDutiesData from '../../../../schemas/other-duties.json';
import { lastLatinWord } from '../text/lastWord';
import { isPageFooter } from './paste';
import layoutTable from '../../../../schemas/import/layouts.json';
import { isNumberedSubHeading, type ListLine } from './listItems';
import { countryCode } from '../text/countries';
import { dataPattern } from '../text/patterns';
import { readDate } from './dates';
import { halfWidthDigits } from '../text/japaneseDates';

/**
 * A title with its grade at the end ("Programme Officer, P-3", "Programme Officer, P-3 (re-advertised)"): common.json
 * inference.titleGrade over the value, and over the value without each remark in brackets it may end in (a "(" after
 * the last ")" but the final one, at most titleGradeRemarkLength characters inside, white space before it); the
 * reading with the shortest title wins, as the one pattern with an optional remark `(\s*\([^)]{0,200}\))?$` chose.
 * Each reading is one linear match (recheck proves titleGrade; with the bounded remark in it, recheck could not decide).
 */
export function titleGradeOf(value: string): { title: string; grade: string } | undefined {
  const pattern = dataPattern(common.inference.titleGrade);
  let best = pattern.exec(value);
  if (value.endsWith(')')) {
    const last = value.length - 1;
    for (let open = last - 1; open >= 0 && last - open - 1 <= common.inference.titleGradeRemarkLength; open--) {
      if (value[open] === ')') break;
      if (value[open] !== '(') continue;
      const before = value.slice(0, open).trimEnd();
      // The value without the remark must end in a grade (titleGradeAtEnd, at most six characters: "GS-\t7)"); most do not.
      if (!dataPattern(common.inference.titleGradeAtEnd).test(before.slice(-12))) continue;
      const reading = pattern.exec(before);
      if (reading && (!best || reading[1].length < best[1].length)) best = reading;
    }
  }
  if (!best) return undefined;
  // "Finance Associate (UNOPS LICA6)": a bracket that opens before the grade and closes after it holds it with the
  // words that name whose grade it is; the title ends before the bracket, not inside it.
  const open = best[1].lastIndexOf('(');
  if (open > 0 && !best[1].includes(')', open) && value.endsWith(')') && best[1].slice(0, open).trim())
    return { title: best[1].slice(0, open).trimEnd(), grade: best[2] };
  return { title: best[1], grade: best[2] };
}

/** A period's reader in common.json inference.range: a pattern, or a first date of at most `first` characters and `then`. */
export type RangeReader = string | { first: number; then: string };

const periodContinuations = new Map<string, RegExp>();

/**
 * A period's two dates ("1 May 2026 - 31 May 2026", "2026年5月1日から…") as one reader of common.json inference.range
 * reads them. A `{ first, then }` reader is the pattern `^(.{1,first}?)` + `then` without its `^`, as a search in
 * code: the first date is the value's first 1 to `first` characters on its first line, the fewest for which `then`
 * (sticky) matches right after them; then's last group is the second date, a group before it ends the first. At most
 * `first` tries of a pattern anchored where it starts: linear, where recheck could not decide the one pattern (its
 * bounded lazy repeat), and the unbounded one was quadratic.
 */
export function periodRange(reader: RangeReader, value: string): [string, string] | undefined {
  if (typeof reader === 'string') {
    const match = dataPattern(reader).exec(value);
    return match ? [match[1], match[2]] : undefined;
  }
  let then = periodContinuations.get(reader.then);
  if (!then) {
    if (!reader.then.startsWith('^')) throw new Error(`a range's then must start with ^: ${reader.then}`);
    then = new RegExp(reader.then.slice(1), 'y');
    periodContinuations.set(reader.then, then);
  }
  const lineEnd = value.search(/[\n\r\u2028\u2029]/);
  const longest = Math.min(reader.first, lineEnd < 0 ? value.length : lineEnd);
  for (let length = 1; length <= longest; length++) {
    then.lastIndex = length;
    const rest = then.exec(value);
    if (rest) return rest.length > 2 ? [value.slice(0, length) + rest[1], rest[2]] : [value.slice(0, length), rest[1]];
  }
  return undefined;
}

/** A layout the importer knows (schemas/import/layouts.json). */
export interface Layout {
  id: string;
  title: string;
  signals: string[];
  minSignals?: number;
  /**
   * Signals that together name this layout whatever another layout counts: a UNHCR Workday page for a UNOPS
   * affiliate that carries its Terms of Reference is the careers-site text, however many Workday header labels it shows.
   */
  decisiveSignals?: string[];
  /** `within`: the section (or any of the sections) a heading is this concept only under. */
  headings?: { concept: string; headings: string[]; titleFollows?: boolean; within?: string | string[] }[];
  labels?: { concept: string; labels: string[]; glued?: boolean; tab?: boolean }[];
  organization?: string;
  /** The organization only where the text names it (common.json organizations). */
  organizationIfNamed?: boolean;
  /** The organization unless the text names another known organisation and never this one (common.json organizations). */
  organizationUnlessOther?: boolean;
  /**
   * The office the text names as its unit is the hiring organisation where it belongs to the layout's organisation
   * (organization-families.json): a UN Secretariat opening's Department/Office, "OHCHR", is what a reader sees.
   */
  unitIsOrganization?: boolean;
  profileHints?: ProfileHint[];
  /**
   * Headings that a job board's copy runs on into their text on one line ("Education High school diploma or
   * equivalent is required."), as boards that re-post a layout's pages print them: cut after the heading.
   */
  runOnHeadings?: string[];
}

/** A profile the text names (layouts.json profileHints); `overrides`: the profiles it wins over when only fields named them. */
export interface ProfileHint {
  profile: string;
  patterns: string[];
  overrides?: string[];
}

export const layouts: Layout[] = layoutTable.layouts;

/** The layout whose signals the text shows most (a layout with minSignals needs at least that many), if any. */
export function detectLayout(text: string): { layout?: Layout; signals: number } {
  let best: { layout?: Layout; signals: number } = { signals: 0 };
  for (const layout of layouts) {
    const signals = layout.signals.filter((signal) => new RegExp(signal, 'im').test(text)).length;
    if (signals < (layout.minSignals ?? 1)) continue;
    if (layout.decisiveSignals?.every((signal) => new RegExp(signal, 'im').test(text))) return { layout, signals };
    if (signals > best.signals) best = { layout, signals };
  }
  return best;
}

/** Something the importer read from the text, with the 1-based line it starts on. */
export interface Entry {
  concept: string;
  /** The label or heading as the text writes it. */
  label: string;
  line: number;
  kind: 'field' | 'section';
  /** A field's value. */
  value?: string;
  /** A section's lines (bullets and numbering removed) and whether each began with a bullet or number. */
  lines?: ListLine[];
  /** The section's first line is the posting's title (Workday's Standard Job Description). */
  titleFollows?: boolean;
  /** Lines moved out of another section (a closing statement inside How to apply). */
  moved?: boolean;
  /** Read from a sentence that stays where it is (a deadline in prose): placed, never noted. */
  inferred?: boolean;
  /** A date field printed without its year ("2月15日(土)"): the ISO date read with the text's year; the line stays noted. */
  yearRead?: string;
}

/** A field read from where a text says it rather than from a label of its own (kept apart from the labelled ones). */
export const inferredField = (concept: string, label: string, line: number, value: string): Entry => ({
  concept,
  label,
  line,
  kind: 'field',
  value,
  inferred: true,
});

/** What the reader found: entries in text order, lines before any heading that are no field, and lines it kept as they are. */
export interface ReadText {
  entries: Entry[];
  lead: { text: string; line: number }[];
}

interface Label {
  concept: string;
  label: string;
  kind?: string;
  /** Read only where run into its value ("EducationBachelor of Arts"). */
  glued?: boolean;
  /** Read only before a colon ("Project: Safe Motherhood"): a word that also starts titles ("Project Officer"). */
  colon?: boolean;
  /** Read only before a tab, as a ticket's cells are copied ("年齢<TAB>不問"): a word that also heads a condition ("年齢：…"). */
  tab?: boolean;
}

/**
 * `text` without the characters matching `one` (a one-character pattern) at its end. A loop rather than /[…]+$/,
 * which retries from every position of a long run that does not reach the end (user-pasted text can be hostile).
 */
export function trimEndOf(text: string, one: RegExp): string {
  let end = text.length;
  while (end > 0 && one.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * "Heading (remark)" → "Heading": the last bracket at the very end and the spaces before it, as /\s*\([^)]*\)$/ did;
 * full-width brackets likewise ("応募資格（必須）" → "応募資格").
 */
export function withoutEndBracket(text: string): string {
  const close = text.endsWith(')') ? ')' : text.endsWith('\uff09') ? '\uff09' : '';
  if (!close) return text;
  const openChar = close === ')' ? '(' : '\uff08';
  const open = text.indexOf(openChar, text.lastIndexOf(close, text.length - 2) + 1);
  return open <= 0 ? text : text.slice(0, open).trimEnd();
}

/** Japanese text: kana or kanji. */
const japaneseText = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * A Japanese job board's heading mark ("■ 募集内容", "◆応募資格", "▼ 福利厚生"): a short line after the mark, no sentence.
 * A run of such lines one after the other is a list that uses the mark as its bullet, not headings (readText checks).
 */
const headingMark = /^[\u25a0\u25a1\u25c6\u25c7\u25bc\u25bd\u2605\u2606\u25ce]/;
/** The marks of headingMark that bulletPattern does not strip, with the space after them. */
const japaneseHeadingMark = /^[\u25bc\u25bd\u2605\u2606\u25ce][ \t\u3000]*/;
export function markedHeading(line: string): boolean {
  // ("★★★★☆ 3.9（口コミ 27件）": a board's rating in stars is no heading.)
  if (/^[\u2605\u2606]{2,}/.test(line.trim())) return false;
  // ("■ 勤務時間・休日 / Hours and holidays": a heading with its English after a slash is as long as its Japanese.)
  const text = line.trim().replace(/ \/ [A-Za-z][A-Za-z ,'&-]{0,40}$/, '');
  if (!headingMark.test(text) || text.length > 26 || /[\u3002\u3001,.]$/.test(text)) return false;
  return japaneseText.test(text) && !/[\u3002]/.test(text);
}

/**
 * "会社紹介 (wide spaces) 1998年に設立し…": a Japanese label or heading with its value after wide spaces (a full-width space, or
 * two spaces), as job boards lay out their tables. The head has no spaces and holds Japanese text.
 */
function spacedHead(line: string): { head: string; value: string } | undefined {
  const match = /^([^\s]{1,14})(\s+)(\S.*)$/.exec(line.trim());
  // A tab counts as wide too: a job board's table copied cell by cell ("会社紹介<tab>1989年創業の…").
  if (!match || !japaneseText.test(match[1]) || !/[\u3000\t]|\s\s/.test(match[2])) return undefined;
  return { head: match[1], value: match[3].trim() };
}

/** "語 (wide space) 学", "年 齢", "勤 務 地": a Japanese label spaced out to line up with longer ones, as the label itself. */
const spacedOut = /^[\u3040-\u30ff\u4e00-\u9fff](?:[ \u3000][\u3040-\u30ff\u4e00-\u9fff]){1,5}$/;

const squash = (text: string) =>
  (spacedOut.test(text.trim()) ? text.replace(/[ \u3000]/g, '') : text)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ?& ?/g, ' and ')
    .replace(/ ?\/ ?/g, '/')
    .replace(/\s+/g, ' ')
    // "Description of Assignment" is "Description of the assignment": an article inside a label or heading says nothing.
    .replace(/(?<=[a-z]) (?:the|a|an)(?= [a-z])/g, '')
    .trim();

// Word's pasted bullets: "o" (its second level), § and Ø (Wingdings), and private-use Symbol glyphs.
// (A social advert's emoji bullets too: \u2705, \u2611, \u27a1, and a pointing hand or small diamond, U+1F449, U+1F538-9.)
const bulletPattern =
  /^(?:o(?=[ \t]+[A-Z])|(?:[\u2705\u2611\u27a1]|\ud83d[\udc49\udd38\udd39])(?=[ \t])|\u00a7(?=[ \t]+[^\s\d])|[\u00d8\uf076\uf0a7\uf0b7\uf0d8\uf0fc](?=[ \t])|[-*\u2022\u00b7\u25aa\u25ab\u25e6\u25cf\u25cb\u25a0\u25a1\u25c6\u25c7\u25ba\u25b6\u27a2\u27a4\u2713\u2714\u2013\u2014\u30fb\u203b]|\(?\d{1,2}[.)](?!\d)|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s+[^\s\da-z])|\(\d{1,2}\)|\(?[a-z][.)]|\([a-z]\)|\(?[ivx]{1,4}[.)]|[\u2460-\u2473]|\uff08[\d\uff10-\uff19]{1,2}\uff09|[0-9\uff10-\uff19]{1,2}[\uff0e.\u3001](?![0-9]))\s*/;

/**
 * A Japanese list item's marker: a katakana letter alone or with its stop ("ア ", "イ．", "ウ、", "エ）"), or in brackets ("(エ)",
 * "（オ）"), and a full-width number in brackets ("（１）", "２）"). A line that opens with one starts an item.
 */
const japaneseItemMark =
  /^(?:[\u30a2\u30a4\u30a6\u30a8\u30aa\u30ab\u30ad\u30af\u30b1\u30b3\u30b5\u30b7\u30b9\u30bb\u30bd](?:[ \u3000\uff0e.\u3001)\uff09]|$)|[(\uff08](?:[\u30a2-\u30f3]|[0-9\uff10-\uff19]{1,2})[)\uff09]|[\uff10-\uff19]{1,2}[)\uff09])/;

/** A line without its bullet, numbering, decoration and trailing colon: how headings and labels are compared. */
/** A line that opens with a condition's number: "(1)", "（１）", "1.", "１．". */
const numberedLine = /^\s*(?:[(\uff08][0-9\uff10-\uff19]{1,2}[)\uff09]|[0-9\uff10-\uff19]{1,2}[.\uff0e])/;

/**
 * Emoji and pictographs a social-media advert or a job board puts before its labels and headings ("\u{1F449} POSITION:",
 * "\u2705 REQUIREMENTS", "\u{1F4CD} Location"), with a flag's regional letters, skin tones and joiners: no part of the label.
 */
const symbolLead = /^(?:(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200d|\u20e3)[ \t]*)+/u;

export function bare(line: string): string {
  return (
    withoutEndEmoji(
      trimEndOf(
        line
          .trim()
          .replace(symbolLead, '')
          .replace(/^[#=*_>\s]+/, ''),
        /[*_=#\s]/,
      )
        // "■1．応募資格", "●２．応募方法": a 募集要項's heading mark before its number; both go.
        .replace(/^[\u25a0\u25a1\u25c6\u25c7\u25cf][ \u3000]?(?=[0-9\uff10-\uff19]{1,2}[\uff0e.\u3001])/, '')
        .replace(bulletPattern, '')
        // "（３）募集期間：…": a condition numbered in full-width digits, compared without its number.
        .replace(/^\uff08[\uff10-\uff19]{1,2}\uff09\s*/, '')
        // A Japanese job board's heading marks that are no bullets ("▼ 仕事内容", "◎ 必須", "★ 歓迎").
        .replace(japaneseHeadingMark, '')
        // ("３\u3000業務内容": a notice's number in full-width digits, a full-width space after it, goes as "3 業務内容"'s does.)
        .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[\uff10-\uff19]{1,2}|[A-Z][.)]|[IVX]{1,4}\.)\s+/, '')
        // "【仕事内容】", "［応募資格］", "＜会社紹介＞", "〈待遇〉", "《勤務地》", "（歓迎）": a heading in brackets, compared
        // without them.
        .replace(/^[\u3010[\u3014(\uff1c\u3008\u300a\uff3b\uff08](.*)[\u3011\]\u3015)\uff1e\u3009\u300b\uff3d\uff09]$/, '$1')
        .trim()
        .replace(/[:\uff1a]$/, '')
        .trim(),
    )
      // ("What we need: \u{1F447}": the colon before the emoji goes too.)
      .replace(/[:\uff1a]$/, '')
      .trim()
  );
}

/** "HOW TO APPLY \u{1F4DD}": a social advert's heading without the emoji after it (a loop, not a regex that would retry). */
function withoutEndEmoji(text: string): string {
  let end = text.length;
  for (const char of [...text].reverse()) {
    if (!/[\p{Extended_Pictographic}\s\ufe0f\u200d]/u.test(char)) break;
    end -= char.length;
  }
  return end > 0 ? text.slice(0, end) : text;
}

export interface Tables {
  labels: Label[];
  /** Labels longest first, for prefix matching. */
  byLength: Label[];
  labelIndex: Map<string, Label>;
  /** Labels read only before a tab (Label.tab). */
  tabIndex: Map<string, Label>;
  /** Labels a page glues to their value (Label.glued), also read before a tab. */
  gluedIndex: Map<string, Label>;
  headingIndex: Map<string, { concept: string; titleFollows: boolean }>;
  /** Headings that are a concept only under one section: `${within}\u0000${heading}`. */
  withinIndex: Map<string, string>;
  /** Those of them (common.json's) that part a section only while it has no lines of its own (a group's heading). */
  groupWithin: Set<string>;
  /** The layout's headings that may run on into their text on one line (Layout.runOnHeadings), longest first. */
  runOnHeadings: string[];
}

export function tablesFor(layout: Layout | undefined): Tables {
  const labels: Label[] = [];
  // A layout's own labels come first: on a Workday page "End Date" is the posting's, not the contract's.
  for (const extra of layout?.labels ?? []) {
    const kind = common.fields.find((field) => field.concept === extra.concept);
    for (const label of extra.labels)
      labels.push({
        concept: extra.concept,
        label,
        kind: kind && 'kind' in kind ? kind.kind : undefined,
        glued: extra.glued,
        tab: extra.tab,
      });
  }
  for (const field of common.fields) {
    const kind = 'kind' in field ? field.kind : undefined;
    for (const label of field.labels) labels.push({ concept: field.concept, label, kind });
    if ('colonLabels' in field)
      for (const label of field.colonLabels ?? []) labels.push({ concept: field.concept, label, kind, colon: true });
  }
  const labelIndex = new Map<string, Label>();
  const tabIndex = new Map<string, Label>();
  for (const label of labels)
    if (label.tab) tabIndex.set(squash(label.label), label);
    else if (!label.glued && !label.colon && !labelIndex.has(squash(label.label))) labelIndex.set(squash(label.label), label);
  // A label a page glues to its value ("EducationBachelor of Arts") is also read before a tab, as a copy of the same
  // table with its cells kept apart writes it ("Education<TAB>Bachelor of Arts").
  const gluedIndex = new Map<string, Label>();
  for (const label of labels) if (label.glued && !gluedIndex.has(squash(label.label))) gluedIndex.set(squash(label.label), label);
  const headingIndex = new Map<string, { concept: string; titleFollows: boolean }>();
  const withinIndex = new Map<string, string>();
  const groupWithin = new Set<string>();
  for (const section of layout?.headings ?? [])
    for (const heading of section.headings)
      if (section.within)
        for (const parent of [section.within].flat()) withinIndex.set(`${parent}\u0000${squash(heading)}`, section.concept);
      else headingIndex.set(squash(heading), { concept: section.concept, titleFollows: !!section.titleFollows });
  for (const section of common.sections)
    for (const heading of section.headings)
      if ('within' in section && section.within) {
        for (const parent of [section.within].flat()) {
          const key = `${parent}\u0000${squash(heading)}`;
          if (!withinIndex.has(key)) {
            withinIndex.set(key, section.concept);
            // (A part, "II. Years of experience:", opens its section wherever it stands; a group only at the start.)
            if (!('part' in section && section.part)) groupWithin.add(key);
          }
        }
      } else if (!headingIndex.has(squash(heading))) headingIndex.set(squash(heading), { concept: section.concept, titleFollows: false });
  // "Duration and location" is "Location and duration": a heading of two parts names the same section either way round.
  for (const section of common.sections)
    for (const heading of 'within' in section && section.within ? [] : section.headings) {
      const swapped = swappedHeading(heading);
      if (swapped && !headingIndex.has(squash(swapped)))
        headingIndex.set(squash(swapped), { concept: section.concept, titleFollows: false });
    }
  const byLength = labels.filter((label) => !label.tab).sort((a, b) => b.label.length - a.label.length);
  const runOnHeadings = [...(layout?.runOnHeadings ?? [])].sort((a, b) => b.length - a.length);
  return { labels, byLength, labelIndex, tabIndex, gluedIndex, headingIndex, withinIndex, groupWithin, runOnHeadings };
}

/** "Location and duration" → "duration and Location": the two parts of a heading joined by "and" or "&", swapped. */
function swappedHeading(heading: string): string | undefined {
  const parts = heading.split(/ (?:and|&) /);
  return parts.length === 2 && parts.every((part) => /^[A-Za-z]+(?: [A-Za-z]+)?$/.test(part)) ? `${parts[1]} and ${parts[0]}` : undefined;
}

const pageButton = dataPattern(common.pageButton, 'i');

const upperStart = /^[A-Z\d(]/;

/**
 * Whether the text before `at` ends in a one-letter value right after a label's bracket, as a careers page runs two
 * labels together around it ("Hardship Level (not applicable for home-based)AFamily Type"): a value ends there too.
 */
export function oneLetterValueBefore(line: string, at: number, endsInLabel?: (text: string) => boolean): boolean {
  if (!/[A-Z]/.test(line[at - 1] ?? '')) return false;
  // Or right after a label of the table itself: "Hardship LevelAFamily Type", a Workday header copied without its breaks.
  return line[at - 2] === ')' || !!endsInLabel?.(line.slice(0, at - 1));
}

/**
 * Splits a line where a known label is glued to the text before it, as careers sites copy their tables:
 * "December 8, 2025Hardship Level" → "December 8, 2025" + "Hardship Level"; "Non FamilyDanger Pay" likewise.
 */
export function splitGlued(line: string, tables: Tables): string[] {
  const endsInLabel = (text: string) =>
    tables.byLength.some((label) => !label.colon && label.label.length >= 5 && text.endsWith(label.label));
  for (let at = 1; at < line.length; at++) {
    if ((!/[a-z\d).,%]/.test(line[at - 1]) && !oneLetterValueBefore(line, at, endsInLabel)) || !/[A-Z]/.test(line[at])) continue;
    const rest = line.slice(at);
    // "Job Posting End DateMay 15, 2026Standard Job Description": a heading of two words or more that the header's last
    // value runs into, and nothing after it, is the next line.
    if (rest.includes(' ') && tables.headingIndex.has(squash(rest)) && /[a-z\d]/.test(line[at - 1])) return [line.slice(0, at), rest];
    const label = tables.byLength.find((candidate) => {
      if (candidate.colon || !rest.startsWith(candidate.label)) return false;
      const after = rest.slice(candidate.label.length);
      if (candidate.label.includes(' ')) return after === '' || /^[\s:\uff1a(A-Z\d]/.test(after);
      return candidate.label.length >= 5 && (after === '' || /^[:\uff1aA-Z\d]/.test(after));
    });
    if (!label) continue;
    // "TypeNon Family" is a value glued after a label: only split where the text before is not itself the start of a label.
    return [line.slice(0, at), ...splitGlued(rest, tables)];
  }
  return [line];
}

const runOn = common.runOnHeader;

/** The length of the known label that starts `line` at `at` before a colon (or, ending in a full stop, a space), else 0. */
function labelLengthAt(line: string, at: number, tables: Tables): number {
  const rest = line.slice(at);
  const head = rest.slice(0, 80).toLowerCase();
  const fitsAs = (label: string) => {
    if (!head.startsWith(label.toLowerCase())) return false;
    const after = rest.slice(label.length);
    // ("Period of assignment/services (if applicable): …": a form's remark in brackets between the label and its colon.)
    return /^(?: \([^():]{1,30}\))? ?[:\uff1a] ?\S/.test(after) || (label.endsWith('.') && /^ \S/.test(after));
  };
  // "Description of Assignment:" is the label "Description of the assignment" without its article.
  const fits = (label: string) => fitsAs(label) || (/ the /i.test(label) && fitsAs(label.replace(/ the /gi, ' ')));
  const known = tables.byLength.find((label) => !label.glued && !label.tab && fits(label.label))?.label ?? runOn.labels.find(fits);
  return known ? (fitsAs(known) ? known.length : known.replace(/ the /gi, ' ').length) : 0;
}

/**
 * Where known labels start inside a line, after a space ("… 3 March 2026 Country: Malawi Description of the assignment:
 * …"): a notice's header run together (common.json runOnHeader). A label inside a longer one ("Contract Type:") is none.
 */
function labelsInside(line: string, tables: Tables): number[] {
  if (!/[:\uff1a]/.test(line)) return [];
  const starts: number[] = [];
  let covered = 0;
  for (const at of [0, ...[...line.matchAll(/ (?=[A-Z])/g)].map((match) => match.index + 1)]) {
    if (at < covered) continue;
    const length = labelLengthAt(line, at, tables);
    if (!length) continue;
    // (After a bullet or an emoji alone, "\u{1F449} POSITION: …", the label opens its line; after a slash it is the second
    // half of a label in two languages, "Lieu d'affectation / Duty station: …".)
    const before = line.slice(0, at);
    if (at > 0 && /[\p{L}\p{N}]/u.test(before) && !/[/(]\s*$/.test(before)) starts.push(at);
    covered = at + length;
  }
  return starts;
}

/**
 * A notice's header that a PDF copy ran together and wrapped anywhere (common.json runOnHeader): its lines become one,
 * in the first line's place (the others are left empty), for splitLabelRuns to cut before each label.
 */
function runOnHeaderJoined(raw: string[], tables: Tables): void {
  for (let index = 0; index < raw.length; index++) {
    let end = index;
    let inside = 0;
    let count = 0;
    for (; end < raw.length && raw[end].trim(); end++) {
      const line = raw[end].trim();
      const within = labelsInside(line, tables).length;
      const opens = labelLengthAt(line, 0, tables) > 0 ? 1 : 0;
      if (!within && !opens) break;
      inside += within;
      count += within + opens;
    }
    if (end - index > 1 && count >= runOn.minimumLabels && inside >= runOn.minimumInside) {
      raw[index] = raw
        .slice(index, end)
        .map((line) => line.trim())
        .join(' ');
      for (let blank = index + 1; blank < end; blank++) raw[blank] = '';
    }
    index = Math.max(index, end - 1);
  }
}

/**
 * "Hardship level / Family type<TAB>H / Family": two labels the data knows, of two fields, joined by a slash, with two
 * values joined the same way: one line a field. (A label and its translation, "Title of Post / Titre du poste", is one
 * label: only one half is known.)
 */
function splitPairedLabels(line: string, tables: Tables): string[] {
  const pair = /^([^:\t/]{2,40}) \/ ([^:\t/]{2,40}?)(?:\s*:\s*|\t+)(\S[^/\t]{0,60}?) \/ (\S[^/\t]{0,60})$/.exec(line);
  if (!pair) return [line];
  const [first, second] = [pair[1], pair[2]].map((label) => inEither(tables.labelIndex, bare(label)));
  if (!first || !second || first.concept === second.concept) return [line];
  return [`${pair[1].trim()}: ${pair[3].trim()}`, `${pair[2].trim()}: ${pair[4].trim()}`];
}

/**
 * Splits a line that holds several labelled fields ("Grade: P-3; Duty Station: Juba | Closing Date: 1 May 2025") into
 * one line a field; a label counts only where it starts a "Label:" after a separator.
 */
export function splitLabelRuns(line: string, tables: Tables): string[] {
  // A careers page's button copied onto the line of the first field ("Apply now Job no: 590331"): two lines.
  const button = pageButton.exec(line);
  if (button && readLabel(line.slice(button[0].length), tables, 'strict'))
    return [button[0].trim(), ...splitLabelRuns(line.slice(button[0].length), tables)];
  // "INDIVIDUAL CONSULTANT PROCUREMENT NOTICE Date: 3 March 2026 Country: Malawi Duty Station: Lilongwe": a header run
  // together with single spaces, cut before each label inside it.
  const inside = labelsInside(line, tables);
  if (inside.length >= runOn.minimumInside)
    return [0, ...inside].map((start, at, all) => line.slice(start, all[at + 1] ?? line.length).trim()).filter(Boolean);
  const starts: number[] = [];
  // (A full-width space is a wide space: Japanese pages set fields apart with one.)
  const separator = /(?:[;|\u2022\u00b7\u3000]|\s{2,}|\t)\s*/g;
  for (let match = separator.exec(line); match; match = separator.exec(line)) {
    const at = match.index + match[0].length;
    const colon = /^(.{1,60}?)\s*[:\uff1a]\s*\S/.exec(line.slice(at));
    if (colon && tables.labelIndex.has(squash(bare(colon[1])))) starts.push(at);
  }
  const head = starts.length ? /^(.{1,60}?)\s*[:\uff1a]/.exec(line) : null;
  // "【UNDP】\u3000ポスト番号：UNDP-JPO-2026-07": a notice's tag in brackets before a labelled field is a part of its own.
  const tagged = starts.length > 0 && /^[\u3010[][^\u3011\]]{1,30}[\u3011\]]$/.test(line.slice(0, starts[0]).trim());
  if (!tagged && (!head || !tables.labelIndex.has(squash(bare(head[1]))))) return labelAfterSentence(line, tables);
  const parts: string[] = [];
  let from = 0;
  for (const start of starts) {
    parts.push(trimEndOf(line.slice(from, start), /[\s;|\u2022\u00b7]/));
    from = start;
  }
  parts.push(line.slice(from));
  return parts.filter((part) => part.trim());
}

/**
 * A sentence with a labelled field after it on the same line ("Only shortlisted candidates will be contacted. Posting
 * period: From 30.11.2027 to 14.12.2027"): the sentence and the field, when a known label follows the sentence's end.
 */
function labelAfterSentence(line: string, tables: Tables): string[] {
  // "Est. Start Date: ASAP": a label that opens with an abbreviation is one label, not a sentence and a label.
  const own = /^(.{1,60}?)\s*:\s*\S/.exec(line);
  if (own && tables.labelIndex.has(squash(bare(own[1])))) return [line];
  // (A bracket closing a value ends it too: "Type: Individual Contract (International Consultancy) Deadline: …".)
  const end = /[a-z)][.!?]\s+(?=[A-Z])|\)\s+(?=[A-Z])/g;
  for (let match = end.exec(line); match; match = end.exec(line)) {
    const at = match.index + match[0].length;
    const colon = /^([A-Z][A-Za-z ]{1,40}?)\s*:\s*\S/.exec(line.slice(at));
    if (colon && tables.labelIndex.has(squash(bare(colon[1])))) return [line.slice(0, at).trimEnd(), ...valueSentenceApart(line.slice(at))];
  }
  return [line];
}

/**
 * A field inside a paragraph ends with its sentence where its value ends in a number: "Reference: TCD-WASH-0126.
 * Applications will be reviewed …" is the field and the sentences after it; "Supervisor: Dr. Amadou Diallo" stays whole.
 */
function valueSentenceApart(field: string): string[] {
  const ended = /^[^:]{1,40}:\s*\S[^.!?]{0,60}\d\.\s+(?=[A-Z][a-z])/.exec(field);
  return ended ? [ended[0].trimEnd().slice(0, -1), field.slice(ended[0].length)] : [field];
}

/**
 * A Japanese remark that runs labelled values together as sentences ("応募締切 令和10年1月31日。採用予定人数 ２人。
 * 入社日 令和10年3月1日（相談可）。"): those of its sentences that start with a known label before a wide space or a colon.
 */
function labelSentences(line: string, tables: Tables): string[] {
  if (!line.includes('\u3002')) return [];
  const sentences = line.split(/(?<=\u3002)/).filter((sentence) => sentence.trim());
  const labelled = (sentence: string) => {
    const head = /^([^\s:\uff1a\u3002]{1,14})(?:\u3000|[ \t]{2}| ?[:\uff1a])\s*\S/.exec(sentence.trim());
    return !!head && tables.labelIndex.has(squash(head[1]));
  };
  if (sentences.length < 2) return [];
  const found = sentences.map((sentence) => sentence.trim()).filter(labelled);
  // "事業内容 …の設計・加工・組立。1968年創業。" (after a wide space): only the first sentence labelled is a field whose value has sentences,
  // read whole as the line's field.
  return found.length === 1 && found[0] === sentences[0].trim() ? [] : found;
}

/**
 * A known heading glued to the end of the paragraph above it, as a copy of a page's rich text drops the break between
 * them: "…as may be assigned.Required Qualifications and Experience", "…the shelter programme.Core Functions /
 * Responsibilities:" → the paragraph + the heading. Only right after a stop, a semicolon or a bracket, with no space.
 */
export function splitGluedHeading(line: string, tables: Tables): string[] {
  for (let at = line.length - 2; at > 0 && line.length - at <= 80; at--) {
    if (!/[.;)]/.test(line[at - 1]) || !/[A-Z]/.test(line[at])) continue;
    const tail = line.slice(at);
    if (tables.headingIndex.get(squash(bare(tail))) === undefined) continue;
    return [line.slice(0, at), tail];
  }
  return [line];
}

/**
 * Splits a heading run onto the end of a short line, as careers pages copy a title or a value and the next heading:
 * "Protection Officer Organizational Setting and Work Relationships" → "Protection Officer" + the heading.
 */
export function splitTrailingHeading(line: string, tables: Tables): string[] {
  if (/[.;!?\u3002]$/.test(line)) return [line];
  const words = line.split(' ');
  if (words.length > 20 || inEither(tables.headingIndex, bare(line)) || inEither(tables.labelIndex, bare(line))) return [line];
  for (let at = 2; at < words.length - 1; at++) {
    const tail = words.slice(at).join(' ');
    if (!/^[A-Z]/.test(tail) || tables.headingIndex.get(squash(tail)) === undefined) continue;
    const head = words.slice(0, at).join(' ');
    // "Use of Language Skills" (WHO's heading): a head that ends with a small word goes on into the tail; no split.
    // ("2. PURPOSE AND OBJECTIVES OF THE EVALUATION": the same in capitals.)
    if (/[:\uff1a]$/.test(head) || head.split(' ').length > 14 || /\s(?:of|for|and|or|the|in|on|to|with|by|a|an)$/i.test(head)) continue;
    return [head, tail];
  }
  return [line];
}

/**
 * A heading the layout lets run on into its text (Layout.runOnHeadings) at the start of a line, as job boards re-post
 * a UN Secretariat opening ("Work Experience A minimum of five years …", "Competencies PROFESSIONALISM: …"): the
 * heading and its text. Only where a capital or a digit follows after a space and at least three words: "Education
 * and training of staff …" or a line that is the heading alone stay as they are.
 */
export function splitLeadingHeading(line: string, tables: Tables): string[] {
  for (const heading of tables.runOnHeadings) {
    if (!line.startsWith(heading)) continue;
    const rest = line.slice(heading.length);
    if (!/^ [A-Z\d]/.test(rest) || rest.trim().split(/\s+/).length < 3) continue;
    return [heading, rest.trim()];
  }
  return [line];
}

/**
 * A whole page collapsed into one paragraph, as job aggregators copy a Standard Job Description ("External Relations
 * Officer Organizational Setting and Work Relationships The External Relations Officer reports to … diversity. Duties
 * – Follow … positioning. – Prepare …"): cut before and after each known heading, and before each inline "– " item that
 * follows a sentence's end. A heading counts where it has three words or more, or starts the line or a sentence and has
 * two words or is followed by a dash or colon; what follows it starts with a capital. Only lines of 300 characters or
 * more: a shorter line is a sentence or a list item, read as it is.
 */
export function splitRunOnPage(line: string, tables: Tables): string[] {
  if (line.length < 300) return [line];
  const words: { at: number; end: number }[] = [];
  for (const match of line.matchAll(/\S+/g)) words.push({ at: match.index, end: match.index + match[0].length });
  const cuts = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    const at = words[index].at;
    if (!/[A-Z]/.test(line[at])) continue;
    const startsSentence = index === 0 || /[.;!?)]$/.test(line.slice(words[index - 1].at, words[index - 1].end));
    for (let count = Math.min(8, words.length - index); count >= 1; count--) {
      const end = words[index + count - 1].end;
      const heading = line.slice(at, end);
      if (/[.;,]$/.test(heading) || !tables.headingIndex.has(squash(heading))) continue;
      const after = line.slice(end);
      if (after && !/^\s+(?:[-\u2013\u2014:]\s+)?[A-Z]/.test(after)) continue;
      const marked = /^\s+[-\u2013\u2014:]\s/.test(after);
      if (!(count >= 3 || (startsSentence && (count >= 2 || marked)))) continue;
      if (at > 0) cuts.add(at);
      if (after) cuts.add(end);
      index += count - 1;
      break;
    }
  }
  for (const dash of line.matchAll(/[.;!?]\s+(?=[\u2013\u2014]\s+[A-Z])/g)) cuts.add(dash.index + dash[0].length);
  if (!cuts.size) return [line];
  const points = [0, ...[...cuts].sort((a, b) => a - b), line.length];
  const parts: string[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const part = line.slice(points[index], points[index + 1]).trim();
    if (part) parts.push(part);
  }
  return parts;
}

/**
 * A label or heading in two languages, as UN pages in Geneva, West Africa and Latin America write them ("Titre du poste /
 * Post title", "Lieu d'affectation (Duty station)", "Responsabilités / Responsibilities"): the halves, squashed.
 */
function halvesOf(text: string): string[] | undefined {
  // A label or heading alone: a line that goes on after a colon, ends a sentence or lists things is no two-language label.
  if (text.length > 120 || /[:\uff1a;,]$|[:\uff1a,]./.test(text) || (text.endsWith('.') && text.split(' ').length > 9)) return undefined;
  // "Lieu d'affectation (Duty station)": the bracket holds the other language's label, or it is a remark that stays.
  const bracketed = /^([^()]{2,60}?) ?\(([^()]{2,60})\)$/.exec(text);
  // "Ubicación residencial / Residential location (if applicable)": a remark after a label in two languages.
  const inner = bracketed?.[1].includes(' / ') ? halvesOf(bracketed[1]) : undefined;
  if (inner) return inner;
  if (bracketed) return [squash(bracketed[2]), squash(bracketed[1])];
  // "Titre du poste / Post title": a slash with a space on each side ("Department/office" is one label's words).
  const parts = text.split(' / ');
  const fits = (part: string) => part.length >= 3 && part.length <= 60;
  if (parts.length === 2) return parts.every(fits) ? parts.map(squash) : undefined;
  // "Tipo de miembro del personal / Staff Member / Affiliate Type": a label that has a slash of its own in one language;
  // each way of cutting the line in two.
  if (parts.length !== 3) return undefined;
  const cuts = [
    [parts[0], `${parts[1]} / ${parts[2]}`],
    [`${parts[0]} / ${parts[1]}`, parts[2]],
  ];
  return cuts.every((cut) => cut.every(fits)) ? cuts.flat().map(squash) : undefined;
}

/** What a label or heading is in an index: as written, or by the halves of a two-language one when those known agree. */
function inEither<T extends { concept: string }>(index: Map<string, T>, text: string): T | undefined {
  const key = squash(text);
  const whole = index.get(key);
  if (whole) return whole;
  const halves = halvesOf(text.trim());
  // "Programme Officer (Education)": a bracket alone names no label; the words before it must be one.
  if (!halves || (text.trim().endsWith(')') && !index.has(halves[1]))) return undefined;
  const known = halves.map((half) => index.get(half)).filter((found): found is T => found !== undefined);
  return known.length && known.every((found) => found.concept === known[0].concept) ? known[0] : undefined;
}

let everyLayoutsTables: Tables[] | undefined;

/**
 * Whether a table's cell ("Category/grade:", "Title of Post") is a label the data knows, in either language, for any
 * layout (read before the layout is known: a PDF's table is opened before its columns are read).
 */
export function isAnyKnownLabel(cell: string): boolean {
  everyLayoutsTables ??= [tablesFor(undefined), ...layouts.map(tablesFor)];
  const key = bare(cell);
  return (
    everyLayoutsTables.some((tables) => inEither(tables.labelIndex, key) !== undefined || tables.tabIndex.has(squash(key))) ||
    referenceShaped(key)
  );
}

/**
 * Whether a line alone ("Purpose of the Assignment", "Role and Responsibilities") is a heading the data knows, for any
 * layout (read before the layout is known: a PDF copy's wrapped lines are joined before its sections are read).
 */
export function isAnyKnownHeading(line: string): boolean {
  everyLayoutsTables ??= [tablesFor(undefined), ...layouts.map(tablesFor)];
  return everyLayoutsTables.some((tables) => {
    const found = headingOf(line, tables);
    return !!found && found.inline === undefined;
  });
}

/**
 * "Position No.", "Post Number": a cell shaped as a reference number's label (common.json labelShapes, job_id), which
 * a header table prints beside the vacancy's own number; its row is then read as the table's other rows are.
 */
function referenceShaped(key: string): boolean {
  return labelShapes.some(
    (shape) => shape.concept === 'job_id' && key.split(/\s+/).length <= 5 && dataPattern(shape.labelPattern, 'i').test(key),
  );
}

/** A government notice's numbered row: its number, a label without spaces, a wide space (or a tab) and the value. */
const numberedRow =
  /^\s*(?:[0-9\uff10-\uff19]{1,2}[.\uff0e\u3001]?|[(\uff08][0-9\uff10-\uff19]{1,2}[)\uff09])[ \u3000]?([^\s:\uff1a]{1,12})(?:\u3000|\t| {2})\s*(\S.*)$/;

/** A row's number before a Japanese heading with its value ("8 提出書類 履歴書…"), for headingOf. */
const rowNumber =
  /^\s*(?:[0-9\uff10-\uff19]{1,2}[.\uff0e\u3001]?|[(\uff08][0-9\uff10-\uff19]{1,2}[)\uff09])[ \u3000]?(?=[\u3040-\u30ff\u4e00-\u9fff])/;

/** A form's empty cell: a blank to fill drawn with underscores, dots or an ellipsis ("________", "......"). */
const isEmptyCell = (value: string) => /^[\s_.\u2026/]+$/.test(value) && /_{3}|\.{4}|\u2026{2}/.test(value);

/**
 * A page's table of facts copied one row a line, each label one space before its value ("Agency UNDP", "Grade P2",
 * "Bureau Regional Bureau for Asia and the Pacific"), as UNDP's job pages print it under their "Job Description"
 * heading: three or more lines in a row, each a known label with a short value that is no sentence, are read as the
 * header's rows wherever they stand (in a section's body a one-word label before a space is otherwise no label, as
 * "Support country offices …" is a duty). A row whose label the data does not know ("Posting Type External"), at most
 * two in a row between known ones, is a row of the table too, kept under notes (`unknown`), not a line of the section
 * above; so is a row read as a heading with its value ("Languages Required: English"), read as before. Returns the
 * indexes of the table's rows.
 */
function factTableRows(lines: readonly { text: string; line: number }[], tables: Tables): { rows: Set<number>; unknown: Set<number> } {
  const rows = new Set<number>();
  const unknown = new Set<number>();
  const short = (text: string) => text.length <= 120 && !/[.;:]$/.test(text) && !bulletPattern.test(text) && !headingOf(text, tables);
  const isRow = (text: string) => short(text) && !!readLabel(text, tables, 'header')?.value;
  // A table's own row the data does not know: a few capitalised words, then a value.
  const isOther = (text: string) => short(text) && text.length <= 60 && /^[A-Z][\w&/()-]*(?: [\w&/()-]+){1,8}$/.test(text);
  // "Languages Required: English": a row the data reads as a heading with its value, read as such, inside the table.
  const isPass = (text: string) => text.length <= 60 && !/[.;]$/.test(text) && headingOf(text, tables)?.inline !== undefined;
  let run: number[] = [];
  let others: number[] = [];
  let last = -1;
  const close = () => {
    const known = run.filter((at) => isRow(lines[at].text));
    if (known.length >= 3) for (const at of run) if (!isPass(lines[at].text)) (known.includes(at) ? rows : unknown).add(at);
    run = [];
    others = [];
  };
  lines.forEach(({ text, line }, at) => {
    if (line !== last + 1) close();
    last = line;
    if (isRow(text)) {
      run.push(...others, at);
      others = [];
    } else if (run.length && others.length < 2 && (isOther(text) || isPass(text))) others.push(at);
    else close();
  });
  close();
  return { rows, unknown };
}

/**
 * "Label: value", "Label\tvalue", "Labelvalue" or "Label value" (the last two only where `loose`); the longest label wins.
 * An end date that counts the days left to apply ("End Date: October 21, 2026 (9 days left to apply)", a Workday
 * page's header on any organisation's site) is the posting's deadline, not the contract's end.
 */
export function readLabel(
  line: string,
  tables: Tables,
  where: 'header' | 'body' | 'strict',
): { label: Label; value: string; emptyCell?: boolean } | undefined {
  const read = labelRead(line, tables, where);
  if (read?.label.concept !== 'contract_end_date' || !/\bleft to apply\b/i.test(read.value)) return read;
  return { ...read, label: { ...read.label, concept: 'deadline' } };
}

function labelRead(
  line: string,
  tables: Tables,
  where: 'header' | 'body' | 'strict',
): { label: Label; value: string; emptyCell?: boolean } | undefined {
  const symbol = symbolLabel(line, tables);
  if (symbol) return symbol;
  const colon = /^(.{1,70}?)\s*[:\uff1a]\s*(\S.*)?$/.exec(line);
  if (colon) {
    // "Daily fee (USD): 350-500", "Salary (EUR): …": a pay label with its currency code in brackets; the code goes
    // with the amount.
    const coded = /^(\S.{0,60}?)\s*\(([A-Z]{3})\)$/.exec(colon[1]);
    const payLabel = coded && colon[2] ? inEither(tables.labelIndex, bare(coded[1])) : undefined;
    if (coded && payLabel?.concept === 'salary') return { label: payLabel, value: `${coded[2]} ${colon[2]}`.trim() };
    const label = inEither(tables.labelIndex, bare(colon[1])) ?? qualifiedLabel(colon[1], tables);
    // "Position Number: ________": a pasted form's row whose cell is empty, not a label with its value below it.
    if (label && isEmptyCell(colon[2] ?? '')) return { label, value: '', emptyCell: true };
    if (label) return { label, value: (colon[2] ?? '').replace(/^[*_]+\s*/, '').trim() };
  }
  const tab = /^([^\t]{1,70})\t+([^\t].*)?$/.exec(line);
  if (tab) {
    // (A 募集要項's numbered condition copied as a table row, "(1)年齢<TAB>…35歳以下であること", is a condition, not a ticket's row.)
    // Workday's labels copied with a tab ("Education<TAB>Bachelor…") are the labels it glues to their values.
    const cellLabel = (text: string) => tables.tabIndex.get(squash(bare(text))) ?? tables.gluedIndex.get(squash(bare(text)));
    const ticketCell = tab[2] && !numberedLine.test(line) ? cellLabel(tab[1]) : undefined;
    const label = inEither(tables.labelIndex, bare(tab[1])) ?? ticketCell;
    if (label && isEmptyCell(tab[2] ?? '')) return { label, value: '', emptyCell: true };
    if (label) return { label, value: (tab[2] ?? '').trim() };
  }
  const shaped = colon?.[2] ? shapedLabel(colon[1], colon[2]) : tab?.[2] ? shapedLabel(tab[1], tab[2]) : undefined;
  if (shaped) return shaped;
  // "Vacancy number   ISS-2025-014": a page's table of facts copied with its columns as runs of spaces. In the body,
  // only a value that starts as a name or number does ("Reference   checks will be made." is a sentence).
  const spaced = where === 'strict' ? null : /^([^\s:](?:[^\t:]{0,38}[^\s:])?) {3,}(\S.*)$/.exec(line.trim());
  const spacedLabel =
    spaced && (where === 'header' || /^[A-Z\d]/.test(spaced[2])) ? inEither(tables.labelIndex, bare(spaced[1])) : undefined;
  if (spaced && spacedLabel) return { label: spacedLabel, value: spaced[2].trim() };
  const bracket = /^[\u3010\uff3b[]\s*([^\u3011\uff3d\]\s][^\u3011\uff3d\]]{0,29}?)\s*[\u3011\uff3d\]]\s*(?:[:\uff1a]\s*)?(\S.*)$/.exec(
    line,
  );
  if (bracket) {
    const label = tables.labelIndex.get(squash(bracket[1]));
    if (label) return { label, value: bracket[2].trim() };
  }
  const dash = /^(.{1,40}?)\s+[-\u2013\u2014]\s+(\S.*)$/.exec(line);
  if (dash) {
    const label = inEither(tables.labelIndex, bare(dash[1]));
    if (label) return { label, value: dash[2].trim() };
  }
  // A ticket's row label alone on its line ("年齢", its value on the next); a 募集要項 numbers its conditions ("(1) 年齢"),
  // and the sentence after such a heading is the condition itself.
  const ticketRow = where !== 'strict' && !numberedLine.test(line) ? tables.tabIndex.get(squash(bare(line))) : undefined;
  const alone = inEither(tables.labelIndex, bare(line)) ?? ticketRow;
  if (alone) return { label: alone, value: '' };
  // "6 採用予定日 令和7年7月1日", "(2) 勤務時間 9時30分から…": a notice's numbered row, its value after a wide space.
  const row = where === 'strict' ? null : numberedRow.exec(line);
  const rowLabel = row && japaneseText.test(row[1]) ? tables.labelIndex.get(squash(row[1])) : undefined;
  if (row && rowLabel) return { label: rowLabel, value: row[2].trim() };
  if (where === 'strict' || (where === 'body' && bulletPattern.test(line))) return undefined;
  const text = line.trim().replace(/^[-*\u2022\u00b7\u25aa]\s+/, '');
  for (const label of tables.byLength) {
    // Workday's page prints its labels in lower case ("job requisition idJR2600073"): a label written all in lower case.
    const head = text.slice(0, label.label.length);
    const lower = head === head.toLowerCase() && head === label.label.toLowerCase() && /[a-z]/.test(head);
    // A WFP page prints a label of some words in capitals with its date glued on ("DEADLINE FOR APPLICATIONS17 March 2026").
    const upper = label.label.includes(' ') && head === label.label.toUpperCase() && /^\d/.test(text.slice(head.length));
    // A board prints a label in its own case with its value glued on ("Application deadlineOctober 9, 2026",
    // "Salary¥250,000 – ¥280,000 / month"): the label's words, a small letter, then a capital, digit or currency sign.
    const glued =
      head.toLowerCase() === label.label.toLowerCase() &&
      /[a-z]$/.test(head) &&
      /^(?:[A-Z\d]|[\u00a5\uffe5$\u20ac\u00a3]\d)/.test(text.slice(head.length)) &&
      label.label.length >= 6;
    if (!text.startsWith(label.label) && !lower && !upper && !glued) continue;
    // A glued label's value may also stand one space after it, as a reader view copies the table ("Contract level IICA-1").
    if (label.glued && !/^[ \t]?[A-Z\d]/.test(text.slice(label.label.length))) continue;
    const wide = /[^ -~]/.test(label.label) && /^(?:\u3000|\s{2})/.test(text.slice(label.label.length));
    // "月給 232,000円～268,000円", "入社日 2027年3月1日（応相談）": a ticket's row copied with one space after its Japanese
    // label, a short line and no sentence.
    const japaneseRow =
      /[^ -~]/.test(label.label) &&
      / \S/.test(text.slice(label.label.length, label.label.length + 2)) &&
      text.length <= 60 &&
      !/\u3002/.test(text);
    if (
      where === 'body' &&
      !wide &&
      !japaneseRow &&
      /^\s/.test(text.slice(label.label.length)) &&
      (!label.label.includes(' ') || line.length > 80)
    )
      continue;
    const rest = text.slice(label.label.length);
    // (A label of words read only before a colon is read glued too: "Based inMbale, Uganda", as a charity's table copies
    // it, is no sentence.)
    const gluedWords = glued && label.label.includes(' ') && /^[A-Z]/.test(rest);
    if (label.colon && !gluedWords && !/^\s*[:\uff1a]\s*\S/.test(rest)) continue;
    if (/^\s*[:\uff1a]/.test(rest)) {
      if (label.glued) continue;
      return { label, value: rest.replace(/^\s*[:\uff1a]\s*/, '') };
    }
    // "Country Director, Afghanistan": a country read without a separator must name a country.
    if (label.concept === 'country' && !countryCode(rest.trim()) && !countryCode(rest.split(',')[0].trim())) continue;
    // "Organización Internacional para las Migraciones": the label's word opens an organisation's name.
    if (label.concept === 'organization' && dataPattern(common.organizationNameGoesOnPattern, 'i').test(rest)) continue;
    // Glued: "GradePR2", "Family TypeNon Family"; spaced: "Location Geneva" (the value starts as a name or number does).
    if ((upperStart.test(rest) || (glued && /^[\u00a5\uffe5$\u20ac\u00a3]\d/.test(rest))) && /^[^a-z]/.test(rest))
      return { label, value: rest.trim() };
    // "Organization Unit: CO-Dar es Salaam": a longer label the data does not know, not "Organization" and its value.
    // "Position Description": a heading's second word is no value.
    const heading = /^\s+(?:Description|Details|Summary|Profile|Information|Overview|Purpose)$/i.test(rest);
    if (/^\s+[A-Z\d]/.test(rest) && !/[.;]$/.test(text) && !/^\s+[A-Za-z]+\s?:/.test(rest) && !heading)
      return { label, value: rest.trim() };
    if (/^[\u3000\s]+\S/.test(rest) && /[^ -~]/.test(label.label)) return { label, value: rest.trim() };
  }
  return undefined;
}

/**
 * "Position Reports to", "Job Location", "Post Duty Station": a known label after a word that only says whose it is (the
 * position's, the job's), read as that label.
 */
function qualifiedLabel(text: string, tables: Tables): Label | undefined {
  const qualified = /^(?:Position|Job|Post|Role|Vacancy)\s+(\S.{2,60})$/i.exec(bare(text));
  const known = qualified ? tables.labelIndex.get(squash(qualified[1])) : undefined;
  // (As the text writes it, so a line kept under notes keeps its words.)
  return known && { ...known, label: bare(text) };
}

const labelShapes = common.labelShapes as readonly {
  concept: string;
  labelPattern: string;
  valuePattern?: string;
  notValuePattern?: string;
  date?: boolean;
}[];

/**
 * "Requisition No.: 578123", "\u25aa Closing: 15 April, 2025", "Job Posted: 11/03/2025": a label no list holds, read by
 * its shape (common.json labelShapes) where its value is what such a label gives: one code with a digit, or a date.
 */
export function shapedLabel(labelText: string, valueText: string): { label: Label; value: string } | undefined {
  const name = bare(labelText);
  const value = valueText.trim();
  if (name.split(/\s+/).length > 5 || !value) return undefined;
  for (const shape of labelShapes) {
    if (!dataPattern(shape.labelPattern, 'i').test(name)) continue;
    if (shape.valuePattern && !dataPattern(shape.valuePattern, 'i').test(value)) continue;
    // "Term: Full-time (40 hours per week)": a value of the shape's kind that says something else (a working time).
    if (shape.notValuePattern && dataPattern(shape.notValuePattern, 'i').test(value)) continue;
    // A date whose day and month could be either ("01/03/2027") stays with its line under notes: a label read only by
    // its shape is not sure enough to settle it.
    const date = shape.date ? readDate(value) : undefined;
    if (shape.date && !(date && 'iso' in date)) continue;
    const field = common.fields.find((candidate) => candidate.concept === shape.concept);
    const kind = field && 'kind' in field ? field.kind : undefined;
    return { label: { concept: shape.concept, label: name, kind }, value };
  }
  return undefined;
}

const symbolLabels = new Map(Object.entries(common.symbolLabels as Record<string, string>));
const symbolValues = new Map(Object.entries(common.symbolValues as Record<string, string>));
const symbolExclaim = dataPattern(common.symbolExclaim, 'i');

/** "\u{1F4CD} Fada N'Gourma, Est, Burkina Faso": a symbol printed instead of its label (common.json symbolLabels). */
function symbolLabel(line: string, tables: Tables): { label: Label; value: string } | undefined {
  const text = line.trim();
  const symbol = [...symbolLabels.keys()].find((key) => text.startsWith(key));
  const value = symbol ? text.slice(symbol.length).replace(/^[\ufe0f\s]+/, '') : '';
  // "\u{1F30D} We're hiring!": a cry after the symbol, no value (common.json symbolExclaim).
  if (symbolExclaim.test(value)) return undefined;
  // "\u{1F4CD} City, Region \u00b7 Full-time \u00b7 Posted 4 days ago": a board's line of facts after the pin, not a place alone.
  if (/\s[\u00b7|]\s/.test(value)) return undefined;
  // "\u{1F4CD} Duty Station: Manila, Philippines": the pin before a label of its own is decoration; the label is read.
  const own = /^([^:\uff1a]{1,40})[:\uff1a]\s/.exec(value);
  const ownLabel = own ? tables.labelIndex.get(squash(bare(own[1]))) : undefined;
  // "\u{1F4CD} Assignment: Datu Odin Sinsuat ...": a label that could also name the post ("Assignment") is the place the pin says.
  const pinned = symbol ? tables.labelIndex.get(squash(symbolLabels.get(symbol)!)) : undefined;
  if (own && ownLabel?.concept === 'title' && pinned && pinned.concept !== 'title' && !symbolValues.has(symbol!))
    return { label: pinned, value: value.slice(own[0].length).trim() };
  if (ownLabel) return undefined;
  // "\u{1F4BC} Full-time, fixed-term contract …": a symbol that stands for its label only before a value of its kind.
  const kind = symbol ? symbolValues.get(symbol) : undefined;
  if (kind && !dataPattern(kind, 'i').test(value)) return undefined;
  const label = symbol && value && !symbolLead.test(value) ? tables.labelIndex.get(squash(symbolLabels.get(symbol)!)) : undefined;
  return label ? { label, value } : undefined;
}

function headingOf(
  line: string,
  tables: Tables,
): { concept: string; titleFollows: boolean; heading: string; inline?: string; remark?: boolean } | undefined {
  const plain = bare(line);
  const whole = inEither(tables.headingIndex, plain);
  const listed = whole ?? tables.headingIndex.get(squash(withoutEndBracket(plain))) ?? headingByPattern(plain);
  const qualified = listed || !/[:\uff1a]\s*$/.test(line) ? undefined : qualifiedHeading(plain, tables);
  const slashed = listed || qualified ? undefined : (slashHeading(plain, tables) ?? workHeading(plain, tables));
  const compound = listed || qualified || slashed || bulletPattern.test(line.trim()) ? undefined : compoundHeading(plain, tables);
  const found = listed ?? qualified ?? slashed ?? compound;
  // "応募資格（必須）": the remark in full-width brackets says something the section's place does not; the line is kept.
  // So is a heading read by its part before or after a slash ("Background/IRC Summary"), and a template's heading
  // with what it asks for (qualifiedHeading).
  if (found && (plain.length < 90 || qualified))
    return { ...found, heading: plain, remark: !!slashed || !!qualified || (!whole && /[)\uff09]$/.test(plain)) };
  // "Background: the office …": a heading with its first line after the colon.
  const colon = /^(.{1,100}?)\s*[:\uff1a]\s*(\S.*)$/.exec(line.trim());
  if (colon) {
    const named = bare(colon[1]);
    const head = inEither(tables.headingIndex, named);
    // "Core Competencies (behavioural indicators level 1): Teamwork; …": a bracket that is no heading of its own is a
    // remark that says more; the line is kept.
    const remark = named.endsWith(')') && !tables.headingIndex.has(squash(named)) && !tables.headingIndex.has(halvesOf(named)?.[0] ?? '');
    if (head) return { ...head, heading: named, inline: colon[2].trim(), remark };
  }
  // "LANGUAGE(S) REQUIRED<TAB>English; Sinhala or Tamil is an asset": a heading cell of a two-column table and its text,
  // where the text is a phrase (a second column of one word is a table's column names).
  const cells = /^([^\t]{2,60})\t+([^\t]+)$/.exec(line.trim());
  const cellHead =
    cells && (/[.,;]/.test(cells[2]) || cells[2].trim().split(/\s+/).length >= 3) && inEither(tables.headingIndex, bare(cells[1]));
  if (cells && cellHead) return { ...cellHead, heading: bare(cells[1]), inline: cells[2].trim() };
  // "【申込方法】履歴書を…": a heading in brackets with its first line after it.
  const bracketed = /^[\u3010\uff3b]([^\u3011\uff3d]{1,20})[\u3011\uff3d]\s*(\S.*)$/.exec(line.trim());
  const inBrackets = bracketed && tables.headingIndex.get(squash(bracketed[1].trim()));
  if (bracketed && inBrackets) return { ...inBrackets, heading: bracketed[1].trim(), inline: bracketed[2].trim() };
  const spaced = spacedHead(line.replace(rowNumber, ''));
  const head = spaced && (tables.headingIndex.get(squash(bare(spaced.head))) ?? headingByPattern(bare(spaced.head)));
  if (spaced && head) return { ...head, heading: bare(spaced.head), inline: spaced.value };
  return undefined;
}

/**
 * "Monitoring and progress control, including reporting requirements, periodicity, format and deadline:", "Other
 * relevant information or special conditions, if any:", "Inputs / services to be provided by UNFPA (e.g. office
 * space), if applicable:": a ToR template's heading, a known heading and then what it asks to be said under it.
 * Only a line that ends with its colon; the known part is what comes before the first comma or bracket.
 */
function qualifiedHeading(plain: string, tables: Tables): { concept: string; titleFollows: boolean } | undefined {
  if (plain.length > 200) return undefined;
  const cut = plain.search(/,\s|\s\(|\s(?:including|incl\.)\s/);
  const known = cut > 0 ? plain.slice(0, cut).trim() : '';
  return known.split(/\s+/).length >= 2 ? tables.headingIndex.get(squash(known)) : undefined;
}

/**
 * "Background/IRC Summary", "Job Overview/Summary": a heading of parts joined by a slash without spaces, where the parts
 * that are headings all name one section.
 */
function slashHeading(plain: string, tables: Tables): { concept: string; titleFollows: boolean } | undefined {
  const parts = plain.split('/').map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Z][A-Za-z' ]{1,40}$/.test(part))) return undefined;
  const known = parts.map((part) => tables.headingIndex.get(squash(part))).filter((found) => found !== undefined);
  if (known.length && known.every((found) => found.concept === known[0].concept)) return known[0];
  // "QUALIFICATIONS / SPECIALIZED KNOWLEDGE / EXPERIENCE": the requirements and parts of them under one heading are the
  // requirements, whose lines are then read as education, experience and languages each.
  const whole = known.find((found) => found.concept === 'qualifications');
  if (whole && known.every((found) => found === whole || common.requirementParts.includes(found.concept))) return whole;
  // "Job Purpose / Duties and responsibilities": the role's purpose and its duties under one heading is the duties, the
  // purpose being what they serve (a paragraph that opens it as one is still read as the purpose).
  const purpose = ['objectives', 'duties'];
  return known.length === parts.length && known.every((found) => purpose.includes(found.concept))
    ? known.find((found) => found.concept === 'duties')
    : undefined;
}

const headingObjects = new Set(common.headingObjects.words);

/**
 * "Purpose and objectives of the baseline", "Scope of the evaluation": a ToR's heading named for the work it is about
 * (common.json headingObjects), read as the heading before " of the …".
 */
function workHeading(plain: string, tables: Tables): { concept: string; titleFollows: boolean } | undefined {
  const of = /^([A-Z][A-Za-z ]{2,60}?) of (?:the|this) ([a-z]+)$/i.exec(plain);
  const head = of && headingObjects.has(of[2].toLowerCase()) ? of[1] : plain;
  if (head === plain) return undefined;
  // (A heading of parts, "Purpose and objectives", is read as compoundHeading reads one.)
  return tables.headingIndex.get(squash(head)) ?? compoundHeading(head, tables);
}

const compoundWords = new Set((common.compoundHeadings.words as string[]).map(squash));
const headingQualifiers = new Set((common.compoundHeadings.qualifiers as string[]).map(squash));

/**
 * "Role and Responsibilities", "Duties & Key Results", "Tasks, Duties and Responsibilities": a heading of parts joined by
 * "and", "&" or commas, where every part is a heading and all name one section, or a word that says only whose the
 * section is (common.json compoundHeadings: "Role", "Job"). A bulleted line is an item, never a heading.
 */
function compoundHeading(plain: string, tables: Tables): { concept: string; titleFollows: boolean } | undefined {
  if (plain.length > 70 || /[.;,:]$/.test(plain) || !/^[A-Z]/.test(plain)) return undefined;
  // "Main Purpose of the Job": a word that only ranks the heading after it (common.json compoundHeadings.qualifiers).
  const space = plain.indexOf(' ');
  const ranked = space > 0 && headingQualifiers.has(squash(plain.slice(0, space))) ? plain.slice(space + 1) : '';
  // ("Your main duties", "Key responsibilities": a heading in sentence case, short as a heading is.)
  const after = ranked && (/^[A-Z]/.test(ranked) || plain.split(' ').length <= 4) ? tables.headingIndex.get(squash(ranked)) : undefined;
  if (after) return after;
  const parts = plain
    .split(', ')
    // ("PURPOSE AND OBJECTIVES": a heading in capitals joins its parts the same way.)
    .flatMap((part) => part.replace(/^and /i, '').split(/ and /i))
    .flatMap((part) => part.split(' & '))
    .map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[A-Za-z][A-Za-z'\u2019 -]{1,40}$/.test(part))) return undefined;
  const known = parts.filter((part) => !compoundWords.has(squash(part))).map((part) => tables.headingIndex.get(squash(part)));
  if (!known.length || known.some((found) => found === undefined)) return undefined;
  if (known.every((found) => found!.concept === known[0]!.concept)) return known[0];
  // "Qualifications, Experience and Language skills": the requirements and parts of them under one heading are the
  // requirements, whose lines are then read as education, experience and languages each (as slashHeading reads them).
  const whole = known.find((found) => found!.concept === 'qualifications');
  return whole && known.every((found) => found === whole || common.requirementParts.includes(found!.concept)) ? whole : undefined;
}

function headingByPattern(plain: string): { concept: string; titleFollows: boolean } | undefined {
  const entry = common.headingPatterns.find((candidate) => dataPattern(candidate.pattern, 'i').test(plain));
  return entry ? { concept: entry.concept, titleFollows: false } : undefined;
}

/** A heading the data does not know: a short line ending with a colon, in capitals, or marked as a heading. */
function unknownHeading(line: string): boolean {
  const text = line.trim();
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text))
    return (
      /^(?:\u3010.{1,20}\u3011|\uff1c.{1,20}\uff1e|\u3008.{1,20}\u3009|\u300a.{1,20}\u300b|[\u25a0\u25c6\u25c7\u25a1\u25cf\u25bc\u25bd\u2605\u2606\u25ce].{1,20})$/.test(
        text,
      ) &&
      !/[\u3002]/.test(text) &&
      !/^[\u2605\u2606]{2,}/.test(text)
    );
  const words = bare(text).split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  // "The consultant will:", "Main tasks include:": a sentence introducing a list, not a heading.
  // "The incumbent will be expected to:", "… are as follows:": the same.
  if (
    /\b(?:will|shall|should|must|includes?|including|are|is|(?:expected|required|asked) to|the following|as follows)\s*[:\uff1a]$/i.test(
      text,
    )
  )
    return false;
  // "For National Professional Officer/National Staff jobs:", "For international posts:": whom the lines under it are
  // for, a lead-in to the section's own lines (UNHCR's Language Requirements), not a heading.
  if (/^For (?:[\w/-]+ ){1,6}(?:jobs|posts|positions|staff|roles|categories)\s*[:\uff1a]$/i.test(text)) return false;
  if (/[:\uff1a]$/.test(text)) return words.length <= 6 && !/,/.test(text) && !/^\d+[.)]/.test(text) && !bulletPattern.test(text);
  if (/^#{1,6} |^\*\*.+\*\*$|^\u3010.+\u3011$|^\u25a0/.test(text)) return true;
  // "II. Consultancy Assignment": a part of a Terms of Reference numbered in Roman numerals, its words capitalised.
  if (/^[IVX]{1,4}\.\s[A-Z][\w'\u2019-]*(?:\s(?:[A-Z][\w'\u2019-]*|of|and|the|for|to|in|&))*$/.test(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  // "FLEET MANAGEMENT, VEHICLE MAINTENANCE, FUEL MANAGEMENT": a careers page's skills in capitals, a list and no heading.
  const listed = (text.match(/,/g)?.length ?? 0) >= 2;
  return (
    letters.length >= 4 && letters === letters.toUpperCase() && words.length >= 1 && !/\d{3,}/.test(text) && !/[.,;]$/.test(text) && !listed
  );
}

/** The number a section heading opens with ("4. Duties", "４．応募資格"), short as a heading is; undefined for others. */
function sectionNumber(line: string): number | undefined {
  // ("2 派遣条件": a number and a space, as a web page's notice numbers its parts, as well as "２．".)
  const numbered = /^\s*([0-9\uff10-\uff19]{1,2})(?:[.\uff0e]\s?|[ \u3000])\S.{0,24}$/.exec(line);
  return numbered ? Number(halfWidthDigits(numbered[1])) : undefined;
}

/**
 * A line of a Markdown paste with its label or heading made plain: "**Duration:** 40 working days" → "Duration: 40
 * working days", "**Background**" → "Background". Bold inside a sentence stays as written; headings (#), bullets (-, *)
 * and blockquotes (>) are read as they are.
 */
function markdownless(line: string): string {
  const label = /^([-*]\s+)?\*\*([^*]{1,80})\*\*\s*(\S.*)?$/.exec(line);
  if (!label) return line;
  const [, bullet = '', inside, rest = ''] = label;
  if (!rest) return `${bullet}${inside}`;
  if (/[:\uff1a]$/.test(inside)) return `${bullet}${inside} ${rest}`;
  if (/^[:\uff1a]/.test(rest)) return `${bullet}${inside}${rest}`;
  return line;
}

/**
 * A job board's header bullets whose label broke over two lines ("- Duty" / "Station: Libya, Tripoli", "- Closing" /
 * "Date: 14 March 2027"): the two halves are one labelled line, when together they make a known label. A value that
 * the copy wrapped onto the next line ("…, 6 months with" / "possibility of extension") goes on with it. The joined line
 * takes the first line's place; the second is left empty.
 */
function joinBrokenLabels(raw: string[], tables: Tables, wrapWidth: number): void {
  for (let index = 0; index + 1 < raw.length; index++) {
    const start = /^\s*([-*\u2022]\s+)([A-Za-z][A-Za-z.]{0,20}(?: [A-Za-z][A-Za-z.]{0,20})?)\s*$/.exec(raw[index]);
    const rest = start && /^\s*([A-Za-z][^:\uff1a]{0,40}?)\s*([:\uff1a].*)$/.exec(raw[index + 1]);
    if (!start || !rest || tables.labelIndex.has(squash(start[2]))) continue;
    if (!tables.labelIndex.has(squash(`${start[2]} ${rest[1]}`))) continue;
    raw[index] = `${start[1]}${start[2]} ${rest[1]}${rest[2]}`;
    raw[index + 1] = '';
    const next = raw[index + 2];
    const wrapped = wrapWidth >= 60 && rest[0].trimEnd().length >= 0.75 * wrapWidth;
    if (next && wrapped && /^\s*[a-z]/.test(next) && !/[.;:!?]\s*$/.test(rest[0])) {
      raw[index] = `${raw[index].trimEnd()} ${next.trim()}`;
      raw[index + 2] = '';
    }
  }
}

/**
 * A labelled value that a PDF or e-mail copy wrapped onto the next line: the line goes on with it, when it is no label
 * of its own and plainly goes on (In place; the joined line takes the first line's place, the second is left empty):
 * - it closes the value's open bracket ("Position Title: National Programme Officer (Border and" / "Identity
 *   Management)");
 * - it is a bracket of its own under the value ("Position Title: National Project Officer" / "(Labour Migration)");
 * - it starts in lower case under a value that ends in no stop ("Type of Appointment: Special short-term, six" /
 *   "months with possibility of extension").
 * The brackets also under a label alone on its line, over its value.
 */
function wrappedValuesJoined(raw: string[], tables: Tables): void {
  const isLabel = (line: string) => tables.labelIndex.has(squash(line.trim().replace(/[:\uff1a]$/, '')));
  // A table copied with tabs whose value cell wrapped: the next row's label cell is empty ("Title of Post<TAB>Programme
  // Analyst (Sexual and" / "<TAB>Reproductive Health)"); the cell goes on, and on again.
  for (let index = 0; index + 1 < raw.length; index++) {
    const cells = /^([^\t]{2,60})\t+(\S[^\t]*)$/.exec(raw[index].trimEnd());
    if (!cells || !isLabel(cells[1])) continue;
    for (let next = index + 1; next < raw.length && /^\t+\S[^\t]*$/.test(raw[next].trimEnd()) && !isLabel(raw[next]); next++) {
      raw[index] = `${raw[index].trimEnd()} ${raw[next].trim()}`;
      raw[next] = '';
    }
  }
  for (let index = 0; index + 1 < raw.length; index++) {
    const labelled = /^\s*([^:\uff1a]{2,40})[:\uff1a]\s*(\S.*)$/.exec(raw[index]);
    const inLine = labelled && tables.labelIndex.has(squash(labelled[1].trim()));
    // The same under a label alone on its line ("Position Title" / "Programme Manager (Labour Mobility and Social" /
    // "Inclusion)"), as a PDF copy of a notice with its labels above their values gives it.
    const above = !inLine && index + 2 < raw.length && isLabel(raw[index]) && raw[index + 1].trim() !== '' && !isLabel(raw[index + 1]);
    if (!inLine && !above) continue;
    const at = above ? index + 1 : index;
    const value = labelled && inLine ? labelled[2].trimEnd() : raw[at].trim();
    const next = raw[at + 1].trim();
    if (above && (isLabel(next) || /^[^:\uff1a]{2,40}[:\uff1a]\s/.test(value))) continue;
    const open = value.split('(').length - value.split(')').length === 1 && value.lastIndexOf('(') > value.lastIndexOf(')');
    const closes = open && /^[^():\uff1a]{1,60}\)$/.test(next);
    const bracketed = !open && /^\([^():\uff1a]{2,60}\)$/.test(next);
    // (Not under a label alone: there a line in lower case may be the next label, as Workday's "time left to apply".)
    const lower = !above && !/[.;:!?)]$/.test(value) && /^[a-z][^:\uff1a]{0,80}$/.test(next);
    if (!closes && !bracketed && !lower) continue;
    raw[at] = `${raw[at].trimEnd()} ${next}`;
    raw[at + 1] = '';
  }
}

/** The cells of a row drawn with bars ("| Type of Appointment | Fixed term, one year … |"), or undefined. */
function gridCells(line: string): string[] | undefined {
  const trimmed = line.trim();
  return /^\|.*\|$/.test(trimmed) && trimmed.length > 2 ? trimmed.slice(1, -1).split('|') : undefined;
}

/**
 * A table drawn with bars whose value wrapped in its cell: "| Type of Appointment | Fixed term, one year with … |" over
 * "|                     | extension |". A row whose first cell is empty, right under a row with as many cells, goes on
 * that row's cells (the row it continues keeps its place; the continuation becomes an empty line). In place.
 */
function gridRowsJoined(raw: string[]): void {
  for (let index = 1; index < raw.length; index++) {
    const cells = gridCells(raw[index]);
    if (!cells || cells.length < 2 || cells[0].trim() || cells.every((cell) => !cell.trim())) continue;
    let above = index - 1;
    while (above >= 0 && !raw[above].trim()) above--;
    const previous = above >= 0 ? gridCells(raw[above]) : undefined;
    if (!previous || previous.length !== cells.length || !previous[0].trim()) continue;
    const joined = previous.map((cell, at) => [cell.trim(), cells[at].trim()].filter(Boolean).join(' '));
    raw[above] = `| ${joined.join(' | ')} |`;
    raw[index] = '';
  }
}

/**
 * A Hello Work ticket's PDF copied as text: each row a Japanese label, one space and its value, several rows on a line
 * apart by spaces ("受付年月日 令和8年3月6日 紹介期限日 令和8年5月31日", "雇用形態 パート労働者        派遣・請負等 …"), under
 * group headings marked ● ("●賃金・手当"), and a value the PDF wrapped going on on the next line ("仕事内容 …ベトナム出身" /
 * "の方を中心とした…"). Only in a text with four rows or more that open with a label or heading the data knows, one
 * line at least holding two (a careers page's headings in two languages, "仕事内容 / What you'll do", are none). Each row
 * becomes "label：value" (a ticket's own row label, 年齢, "label<TAB>value"), the rows of a line apart by a full-width
 * space for splitLabelRuns; a line that is no row, no item and no heading goes on the row above it. In place (a joined
 * line is left empty). Returned: the lines of ● group headings, which open a section though ● is also a bullet, and the
 * rows whose label the data does not know ("週所定労働日数：週4日程度"), which are kept under notes, out of the section
 * above them.
 */
function ticketPdfRows(raw: string[], tables: Tables): { headings: Set<number>; unknownRows: Set<string> } {
  const found = { headings: new Set<number>(), unknownRows: new Set<string>() };
  const known = (word: string) =>
    japaneseText.test(word) &&
    (tables.labelIndex.has(squash(word)) || tables.headingIndex.has(squash(word)) || tables.tabIndex.has(squash(word)));
  // A label the data does not know is Japanese words alone ("担当者", "契約更新の条件"); a date or amount opens no row.
  const rowShape = /^([\u3040-\u30ff\u4e00-\u9fff\u30fb]{2,14}) (?! )([^:\uff1a]*\S)$/;
  // (Not "仕事内容 / What you'll do": a heading in two languages.)
  const rowOf = (line: string) => {
    const row = /^([^\s:\uff1a]{2,14}) (?![ /|])([^:\uff1a]*\S)$/.exec(line.trim());
    return row && known(row[1]) ? row : undefined;
  };
  // A known row inside a line after spaces ("… 紹介期限日 令和8年5月31日"): the PDF's columns.
  const innerRows = (line: string) =>
    [...line.matchAll(/(?<=\S)(\s+)([^\s:\uff1a]{2,14}) (?=\S)/g)].filter(
      (match) => known(match[2]) && (match[1].length >= 2 || match[2].length >= 4),
    );
  const rows = raw.filter((line) => rowOf(line));
  if (rows.length < 4 || !rows.some((line) => innerRows(line).length)) return found;
  // The row a wrapped line goes on, and the line read last (a row or a line that went on it).
  let previous = -1;
  let last = -1;
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index].trim();
    if (!line) continue;
    const row = rowOf(line) ?? rowShape.exec(line) ?? undefined;
    if (!row) {
      if (/^\u25cf[^\u3002\u3001]{1,20}$/.test(line) && japaneseText.test(line)) {
        found.headings.add(index + 1);
        previous = -1;
        continue;
      }
      // "の方を中心とした外国人住民からの…": a value the PDF wrapped (not an item, a heading or a page number).
      const goesOn =
        previous >= 0 &&
        last === index - 1 &&
        japaneseText.test(line) &&
        !bulletPattern.test(line) &&
        !japaneseItemMark.test(line) &&
        !/^[\u25a0\u25c6\uff0a*\u203b]/.test(line);
      if (goesOn) {
        raw[previous] = `${raw[previous]}${japaneseText.test(raw[previous].slice(-1)) ? '' : ' '}${line}`;
        raw[index] = '';
        last = index;
        continue;
      }
      previous = -1;
      continue;
    }
    // The rows of the line: a known label after two spaces or more, or one of four letters or more after one.
    const parts: string[] = [];
    let rest = `${row[1]} ${row[2]}`;
    for (;;) {
      const head = /^(\S+) (.*)$/.exec(rest);
      if (!head) break;
      const inner = innerRows(head[2])[0];
      const value = (inner ? head[2].slice(0, inner.index) : head[2]).trim();
      const ticketOnly = tables.tabIndex.has(squash(head[1])) && !tables.labelIndex.has(squash(head[1]));
      const part = `${head[1]}${ticketOnly ? '\t' : '\uff1a'}${value}`;
      if (!known(head[1])) found.unknownRows.add(part);
      parts.push(part);
      if (!inner) break;
      rest = head[2].slice(inner.index).trim();
    }
    raw[index] = parts.join('\u3000');
    previous = index;
    last = index;
  }
  return found;
}

/**
 * A ticket copied from Hello Work's web page, "label<TAB>value" a row, where a cell of two lines puts its second line
 * on a line of its own ("所在地<TAB>〒471-0000" / "愛知県豊田市…", "仕事内容<TAB>…をNC旋盤で加工する" / "仕事です。"): the
 * line goes on the row's value, when it has no tab, is no item, remark, heading or label, and stands right under a
 * value that has not ended its sentence. Only in a text with four rows or more whose Japanese label the data knows. In place (the line is left empty).
 */
function tabCellsJoined(raw: string[], tables: Tables): void {
  const known = (word: string) =>
    japaneseText.test(word) &&
    (tables.labelIndex.has(squash(bare(word))) || tables.headingIndex.has(squash(bare(word))) || tables.tabIndex.has(squash(bare(word))));
  const rowOf = (line: string) => {
    const row = /^([^\t]{2,30})\t+(\S.*)$/.exec(line.trim());
    return row && known(row[1]) ? row : undefined;
  };
  if (raw.filter((line) => rowOf(line)).length < 4) return;
  for (let index = 0; index < raw.length; index++) {
    if (!rowOf(raw[index])) continue;
    for (let next = index + 1; next < raw.length; next++) {
      const line = raw[next].trim();
      // ("<TAB>在留資格の変更が…": a row of its own, whose label cell is empty, is a line of the cell above, read as such.)
      // (After a full stop the cell's next line is a sentence of its own: "…を歓迎します。" / "日本語は…".)
      const goesOn =
        !!line &&
        !/\u3002$/.test(raw[index].trim()) &&
        !raw[next].includes('\t') &&
        japaneseText.test(line) &&
        !bulletPattern.test(line) &&
        !japaneseItemMark.test(line) &&
        !/^[\u203b\uff0a*\u25a0\u25cf\u25c6\u3010]/.test(line) &&
        !known(line) &&
        !markedHeading(line);
      if (!goesOn) break;
      raw[index] = joinWrapped(raw[index].trimEnd(), line);
      raw[next] = '';
    }
  }
}

/**
 * A job board's table of facts copied with each label glued to its value ("給与時給 1,250円 ～ 1,400円",
 * "雇用形態契約社員", "勤務地千葉県船橋市…"): a run of two lines or more, one after the other, each opening with a known
 * Japanese label and then its value, which starts with no particle, bracket or stop (so "給与は…" is a sentence): a tab
 * goes between them (the longest label first). A line alone so written (a title "給与計算スタッフ") is left as it is. In place.
 */
function gluedJapaneseRows(raw: string[], tables: Tables): void {
  const labels = tables.byLength.filter((label) => /^[\u3040-\u30ff\u4e00-\u9fff\u30fb]{2,10}$/.test(label.label) && !label.colon);
  const split = (line: string) => {
    const text = line.trim();
    // ("ポスト名：…", "派遣先機関：…": a line with a label of its own before a colon is no glued row.)
    // (Nor is a table's row with its tabs, "ポスト番号<TAB>機関名称…".)
    if (/^[^:\uff1a]{1,15}[:\uff1a]/.test(text) || text.includes('\t')) return undefined;
    // ("賃金締切日\u3000毎月20日": a longer label spaced from its value is that label's row, never 賃金 glued to "締切日…".)
    const longest = labels.find((candidate) => text.startsWith(candidate.label));
    if (longest && /^(?:[\s\u3000]|$)/.test(text.slice(longest.label.length))) return undefined;
    const label = labels.find(
      (candidate) =>
        text.startsWith(candidate.label) &&
        /^[^\s\u3000:\uff1a\u3001\u3002\u306f\u304c\u3092\u306b\u306e\u3067\u3068\u3082\u3084\u3078\uff08(\u300c\u30fb]/.test(
          text.slice(candidate.label.length),
        ),
    );
    return label ? `${label.label}\t${text.slice(label.label.length)}` : undefined;
  };
  for (let index = 0; index < raw.length; index++) {
    let end = index;
    while (end < raw.length && split(raw[end])) end++;
    if (end - index >= 2) for (let at = index; at < end; at++) raw[at] = split(raw[at]) ?? raw[at];
    index = Math.max(index, end);
  }
}

/**
 * A notice's table of posts copied with tabs, a header row of labels over rows of values ("職種<TAB>任用形態<TAB>人数<TAB>
 * 任用期間" over "多文化共生推進員（ポルトガル語）<TAB>パートタイム会計年度任用職員<TAB>１人<TAB>令和８年４月１日～…"): the first
 * row's cells are the header's fields, one "label<TAB>value" each, keyed by the row's index. Only where every header
 * cell is a label the data knows and the row right under it has as many cells, none of them a label; the rows after
 * it (another post's) are left as written. So is a Markdown table a web page copies as one ("| Vacancy Announcement No. |
 * Title | Grade |" over its rule row and "| FAOMM/2027/03 | National Project Coordinator | NOC |").
 */
function headerRowTables(raw: string[], tables: Tables): Map<number, { header: number; pairs: string[] }> {
  const found = new Map<number, { header: number; pairs: string[] }>();
  const piped = (line: string) => /^\|.*\|$/.test(line.trim());
  const cellsOf = (line: string) =>
    piped(line)
      ? line
          .trim()
          .slice(1, -1)
          .split('|')
          .map((cell) => markdownless(cell.trim()))
      : line.trim().split(/\t+/);
  const isLabel = (cell: string) => !!inEither(tables.labelIndex, bare(cell));
  const rule = (line: string) => /^\|[\s|:-]+\|$/.test(line.trim()) && line.includes('-');
  for (let index = 0; index + 1 < raw.length; index++) {
    const header = cellsOf(raw[index]);
    if (header.length < 2 || !(raw[index].includes('\t') || piped(raw[index])) || !header.every(isLabel)) continue;
    // (A Markdown table's rule row stands between its header and its first row.)
    const at = piped(raw[index]) && index + 2 < raw.length && rule(raw[index + 1]) ? index + 2 : index + 1;
    if (piped(raw[index]) !== piped(raw[at])) continue;
    const row = cellsOf(raw[at]);
    if (row.length !== header.length || row.some((cell) => !cell || isLabel(cell))) continue;
    found.set(at, { header: index, pairs: header.map((label, column) => `${label}\t${row[column]}`) });
  }
  return found;
}

/**
 * A label alone on its line with its value on the next after a colon, as Oracle Taleo's pages copy ("Organization" /
 * ": AF_ZAM Zambia"): one labelled line. The joined line takes the label's place; the value's line is left empty. In
 * place.
 */
function colonValuesJoined(raw: string[], tables: Tables): void {
  for (let index = 0; index + 1 < raw.length; index++) {
    const value = /^\s*[:\uff1a]\s*(\S.*)$/.exec(raw[index + 1]);
    const label = raw[index].trim();
    if (!value || !label || label.length > 60 || !inEither(tables.labelIndex, bare(label))) continue;
    raw[index] = `${label}: ${value[1].trim()}`;
    raw[index + 1] = '';
  }
}

/**
 * A label no list holds alone on its line, over a value of its kind on the next, as a table copied one cell a line
 * gives it ("Vacancy Ref. No." / "VA/NBO/2027/011", "Position ID" / "10031764"): read by its shape (common.json
 * labelShapes) as "label: value" where the value is one such label gives (a code with a digit, a date); the joined
 * line takes the label's place, the value's line is left empty. A known label's line is left to the reader. In place.
 */
function shapedValuesJoined(raw: string[], tables: Tables): void {
  for (let index = 0; index + 1 < raw.length; index++) {
    const label = raw[index].trim();
    const value = raw[index + 1].trim();
    if (!label || !value || label.length > 40 || /[:\uff1a\t]/.test(label) || inEither(tables.labelIndex, bare(label))) continue;
    if (!shapedLabel(label, value) || readLabel(value, tables, 'header')) continue;
    raw[index] = `${label}: ${value}`;
    raw[index + 1] = '';
  }
}

/**
 * Two labels that share a line over their two values on the next, as a PDF's table gives them ("Hardship Level / Family
 * Type" over "A / Family"): one line, label pair and value pair, which splitPairedLabels reads as two fields. Only where
 * both labels are known and name two concepts ("Department/Office" names one). In place.
 */
function stackedPairJoined(raw: string[], tables: Tables): void {
  const concept = (label: string) => inEither(tables.labelIndex, bare(label))?.concept;
  for (let index = 0; index + 1 < raw.length; index++) {
    const labels = /^([^:\uff1a/\t]{2,40}) ?\/ ?([^:\uff1a/\t]{2,40}?)[:\uff1a]?$/.exec(raw[index].trim());
    const [first, second] = labels ? [concept(labels[1]), concept(labels[2])] : [];
    if (!labels || !first || !second || first === second) continue;
    let at = index + 1;
    while (at < raw.length && at <= index + 2 && !raw[at].trim()) at++;
    const values = at < raw.length ? /^\s*([^/]{1,40}) \/ ([^/]{1,60})$/.exec(raw[at]) : undefined;
    if (!values) continue;
    raw[index] = `${labels[1].trim()} / ${labels[2].trim()}: ${values[1].trim()} / ${values[2].trim()}`;
    raw[at] = '';
  }
}

/**
 * An applicant-tracking page's categories under the title, one a line with a slash after each but the last ("OPERATIONS
 * – FIELD NETWORK /", "FULL-TIME /", "HYBRID"; common.json slashedCategories): each labelled as what it is, so the
 * commitment is read as the contract type and the team as the unit; a workplace, and anything else, stays as written.
 * In place.
 */
function slashedCategories(raw: string[]): void {
  const { headerLines, commitment, workplace } = common.slashedCategories;
  const slashed = (line: string | undefined) => line !== undefined && /^\S[^/]{0,58} \/$/.test(line.trim());
  const start = raw.slice(0, headerLines).findIndex(slashed);
  if (start < 0) return;
  let end = start;
  while (slashed(raw[end])) end++;
  const last = raw[end]?.trim() ?? '';
  if (end - start < 1 || !/^\S[^/]{0,40}$/.test(last)) return;
  let unit = false;
  for (let index = start; index <= end; index++) {
    const cell = raw[index].trim().replace(/ \/$/, '');
    // "COCHABAMBA, BOLIVIA": a place, read as one wherever it stands.
    const other = dataPattern(workplace, 'i').test(cell) || cell.includes(',');
    if (dataPattern(commitment, 'i').test(cell)) raw[index] = `Contract type: ${cell}`;
    else if (!unit && !other) {
      unit = true;
      raw[index] = `Department: ${cell}`;
    } else raw[index] = cell;
  }
}

/** Reads labelled fields, headed sections and list items from a text, in order; every line lands in an entry or the lead. */
export function readText(text: string, tables: Tables): ReadText {
  const raw = text.split(/\r\n|\r|\n/);
  const lines: { text: string; line: number; indent: number; width: number }[] = [];
  const pairedLines: { text: string; line: number }[] = [];
  // The width a hard-wrapped copy was wrapped at: no line of it is longer.
  const wrapWidth = raw.reduce((widest, line) => Math.max(widest, line.trimEnd().length), 0);
  // …and the width its Japanese lines were wrapped at, in columns (a PDF of a 募集要項 wraps at some 72).
  const japaneseWidth = raw.reduce((widest, line) => (japaneseLetter.test(line) ? Math.max(widest, columnsOf(line.trim())) : widest), 0);
  joinBrokenLabels(raw, tables, wrapWidth);
  wrappedValuesJoined(raw, tables);
  stackedPairJoined(raw, tables);
  colonValuesJoined(raw, tables);
  shapedValuesJoined(raw, tables);
  slashedCategories(raw);
  runOnHeaderJoined(raw, tables);
  gridRowsJoined(raw);
  const ticketPdf = ticketPdfRows(raw, tables);
  gluedJapaneseRows(raw, tables);
  tabCellsJoined(raw, tables);
  const headerRows = headerRowTables(raw, tables);
  const headerLines = new Set([...headerRows.values()].map((table) => table.header));
  raw.forEach((line, index) => {
    // (A table's header row and its first row are read together, and both stay under notes as written.)
    if (headerLines.has(index)) return;
    const tableRow = headerRows.get(index);
    if (tableRow) {
      pairedLines.push({ text: raw[tableRow.header].trim(), line: index + 1 }, { text: line.trim(), line: index + 1 });
      for (const pair of tableRow.pairs) lines.push({ text: pair, line: index + 1, indent: 0, width: 0 });
      return;
    }
    const indent = /^[ \t\u00a0\u3000]*/.exec(line)?.[0].length ?? 0;
    let trimmed = markdownless(line.replace(/\u00a0/g, ' ').trim());
    // A Markdown table's rule row (|---|:--:|) says nothing.
    if (/^\|[\s|:-]+\|$/.test(trimmed) && trimmed.includes('-')) return;
    // Nor does a Markdown rule (---, ***, ___) between parts: it is decoration, not an item or a note.
    if (/^(?:-[ \t]*){3,}$|^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/.test(trimmed)) return;
    // Nor does a rule drawn with box-drawing or full-width signs (━━━, ＝＝＝, ───), as Japanese job boards frame sections.
    if (/^[\u2500-\u257f\u2015\uff1d\uff3f\uff5e=~]{3,}$/.test(trimmed)) return;
    // A Markdown or pipe table row: its cells are a label and a value.
    // "Location: | Kamakwie/Makeni |": a row whose first bar the copy lost.
    if (/^\|.*\|$/.test(trimmed) || /^[^|]{1,80}\|[^|]+\|$/.test(trimmed))
      trimmed = trimmed
        .slice(trimmed.startsWith('|') ? 1 : 0, -1)
        .split('|')
        .map((cell) => cell.trim())
        .join('\t');
    if (!trimmed) return;
    const meta = metaCells(trimmed, tables);
    // (Two facts read from one line, "Published … \u00b7 Deadline for applications …", keep the line under notes as written.)
    if (meta?.length === 2 && !wideBar.test(trimmed)) pairedLines.push({ text: trimmed, line: index + 1 });
    if (meta) {
      for (const cell of meta) lines.push({ text: cell, line: index + 1, indent: 0, width: 0 });
      return;
    }
    const paired = splitPairedLabels(trimmed, tables);
    // (The line read as two fields also stays under notes, as written.)
    if (paired.length > 1) pairedLines.push({ text: trimmed, line: index + 1 });
    const parts = paired
      .flatMap((pair) => splitLabelRuns(pair, tables))
      .flatMap((run) => splitGlued(run, tables))
      .flatMap((glued) => splitRunOnPage(glued.trim(), tables))
      .flatMap((glued) => splitGluedHeading(glued.trim(), tables))
      .flatMap((glued) => splitTrailingHeading(glued.trim(), tables))
      .flatMap((part) => splitLeadingHeading(part.trim(), tables))
      .filter((part) => part.trim());
    const width = parts.length === 1 ? line.trimEnd().length : 0;
    parts.forEach((part, at) => lines.push({ text: part.trim(), line: index + 1, indent: at === 0 ? indent : 0, width }));
  });
  const factRows = factTableRows(lines, tables);
  const result: ReadText = { entries: [], lead: [] };
  let section: (Entry & { lines: NonNullable<Entry['lines']> }) | undefined;
  let parent = '';
  let parentSection: (Entry & { lines: NonNullable<Entry['lines']> }) | undefined;
  // Labelled conditions inside 応募資格 read as sections of their own ("(2) 学歴：…"), with where they stood.
  const conditionSections: {
    section: Entry & { lines: NonNullable<Entry['lines']> };
    parent: Entry & { lines: NonNullable<Entry['lines']> };
    at: number;
    label: string;
  }[] = [];
  // (UNDP's "Achieve Results", IOM's "Inclusion and respect for diversity": agencies' names the catalogues lack, too.)
  const names = new Set([...common.nameSections.names, ...common.competencyNames].map(squash));
  // "Achieve Results:" in a list of names, its definition on the next line ("LEVEL 1: Plans and monitors own work …").
  let nameAwaiting: ListLine | undefined;
  // The item the line before this one became, while it may still go on (a hard-wrapped item of a PDF or e-mail copy).
  let open: OpenItem | undefined;
  // The number of the last heading numbered "4." or "４．" (a 募集要項's sections), to know the next one by its number.
  let headingNumber: number | undefined;
  // A Japanese block label over its value ended the section before it: a heading no table knows still opens one after it.
  let blockEnded = false;
  for (let index = 0; index < lines.length; index++) {
    const { text: line, line: number, indent, width } = lines[index];
    const awaiting = nameAwaiting;
    nameAwaiting = undefined;
    const paired = pairedLines.findIndex((written) => written.line === number);
    if (paired >= 0) result.lead.push(...pairedLines.splice(paired, 1));
    const prior = open;
    open = undefined;
    if (isPageFooter(line)) {
      result.lead.push({ text: line, line: number });
      open = prior;
      continue;
    }
    // A row of a table of facts whose label the data does not know ("Posting Type External"): no line of the section above.
    if (factRows.unknown.has(index)) {
      result.lead.push({ text: line, line: number });
      continue;
    }
    // A ticket PDF's row whose label the data does not know ("週所定労働日数：週4日程度"): no line of the section above.
    if (ticketPdf.unknownRows.has(line)) {
      result.lead.push({ text: line, line: number });
      continue;
    }
    // "５．派遣期間・待遇" after "４．応募受付期間": the next section of a Japanese notice's numbered sequence, though its
    // words are unknown; a label so numbered ("４．応募受付期間", its value below) carries the sequence on too.
    const numbered = /[\u3040-\u30ff\u4e00-\u9fff]/.test(line) && !/[\u3002:\uff1a]/.test(line) ? sectionNumber(line) : undefined;
    const nextNumbered = numbered !== undefined && numbered === (headingNumber ?? -1) + 1;
    if (nextNumbered) headingNumber = numbered;
    const withinKey = `${parent}\u0000${squash(bare(line))}`;
    // "Desirable" with items of its own, then "Languages": the next part of the requirements, not a desirable group.
    // "Education" / "Essential: University degree …" / "Desirable: …": under a part of the requirements, "Essential" says
    // the line is required; it opens no section of requirements of its own.
    const keepsPart = (concept: string | undefined) =>
      concept === 'qualifications' &&
      !!section &&
      common.requirementParts.includes(section.concept) &&
      /^(?:essential|required)\b/i.test(bare(line));
    const within = tables.groupWithin.has(withinKey) && parentSection?.lines.length ? undefined : tables.withinIndex.get(withinKey);
    if (within && !keepsPart(within)) {
      section = { concept: within, label: bare(line), line: number, kind: 'section', lines: [] };
      result.entries.push(section);
      continue;
    }
    // In a competency list, "Accountability" or "Accountability: Takes ownership …" is a competency, not a heading; so is
    // "Accountability (C)", marked as a core (C) or managerial (M) competency as UNESCO's pages mark them.
    const isName =
      !!section &&
      common.nameSections.concepts.includes(section.concept) &&
      (names.has(squash(bare(line))) ||
        names.has(squash(bare(line.replace(/\s\([CM]\)$/, '')))) ||
        names.has(squash(bare(/^([^:\uff1a]{3,40})[:\uff1a]/.exec(line)?.[1] ?? ''))));
    // "DESIRABLE" under a list of requirements, as "ESSENTIAL" above it: the items after it are desirable, not a group.
    const found = isName ? undefined : headingOf(line, tables);
    const known = keepsPart(found?.concept) ? undefined : found;
    const heading = isName || (groupHeadIn(section, lines, index, !!known) && known?.concept !== 'desirable') ? undefined : known;
    const inlineField = heading?.inline !== undefined ? readLabel(line, tables, 'strict') : undefined;
    if (heading && !inlineField) {
      headingNumber = sectionNumber(line) ?? headingNumber;
      // "- Field(s) of education: Supply Chain Management, Logistics." as one item of a list of requirements, the next
      // item a bullet too: that item is its part; the items after it are the list's again.
      const listBefore =
        heading.inline &&
        section &&
        section.concept !== 'unknown' &&
        bulletPattern.test(line) &&
        bulletPattern.test(lines[index + 1]?.text ?? '')
          ? { section, parent, parentSection }
          : undefined;
      section = { concept: heading.concept, label: heading.heading, line: number, kind: 'section', lines: [] };
      if (heading.titleFollows) section.titleFollows = true;
      const condition =
        heading.inline !== undefined && parentSection?.concept === conditions.parent && conditionHeads.has(squash(heading.heading));
      if (condition && parentSection) {
        const written = item(line).text;
        const at = written.lastIndexOf(heading.inline ?? '');
        conditionSections.push({
          section,
          parent: parentSection,
          at: parentSection.lines.length,
          label: at > 0 ? written.slice(0, at) : '',
        });
      } else {
        parent = heading.concept;
        parentSection = section;
      }
      // "Education: Advanced university degree … or a related" / "field.": the value after the colon may go on wrapped.
      if (heading.inline) {
        open = { item: item(heading.inline), indent, width };
        section.lines.push(open.item);
      }
      if (heading.remark) result.lead.push({ text: line, line: number });
      result.entries.push(section);
      if (listBefore) ({ section, parent, parentSection } = listBefore);
      continue;
    }
    const labelled =
      inlineField ?? readLabel(line, tables, section && section.concept !== 'unknown' && !factRows.rows.has(index) ? 'body' : 'header');
    // "Education" / "Essential: University degree …": under another part of the requirements, an "Essential:" label read
    // as experience (UNHCR's Relevant Job Experience) is a line of that part.
    const field = labelled?.label.concept === 'experience_essential' && keepsPart('qualifications') ? undefined : labelled;
    if (field) {
      let value = field.value;
      // The value stood on the line below its label ("【勤務地】" / "大阪府大阪市…"), as a block of its own.
      let below = false;
      if (!value && !field.emptyCell && field.label.kind !== 'flag') {
        const next = lines[index + 1];
        // "賃金形態等" / "月給" / "通勤手当": a ticket read one cell a line; a label alone (月給) with a label after it is the value.
        const nextLabel = next ? readLabel(next.text, tables, 'header') : undefined;
        const after = lines[index + 2];
        // "賃金" / "時給 1,150円～1,300円", "【給与】" / "年収350万円～480万円": a value that opens with a word for the same
        // thing (月給, 時給, 年収 are pay labels too) is the label's value, not a field of its own.
        const sameThing = !!nextLabel?.value && nextLabel.label.concept === field.label.concept && japaneseText.test(next.text);
        const isValue =
          !nextLabel ||
          sameThing ||
          (!nextLabel.value &&
            !!after &&
            after.line !== next.line &&
            !!readLabel(after.text, tables, 'header') &&
            japaneseText.test(next.text));
        // "Level of experience" / "Managerial" / "Salary": a board's label and value lines, where the value is also a heading's
        // word; a heading with a label right after it heads nothing.
        const lone =
          !!next && !!after && after.line === next.line + 1 && next.line === number + 1 && !!readLabel(after.text, tables, 'header');
        // "Deadline" / "1. Inception report …": a column's name over a table's rows, copied one cell a line; the first row
        // numbered "1." in words is no value of a label.
        const firstRow = !!next && /^\s*1\.\s+[A-Za-z]/.test(next.text);
        if (next && next.line !== number && (!headingOf(next.text, tables) || lone) && isValue && !firstRow) {
          value = next.text;
          index++;
          below = true;
        } else if (next && next.line === number && !readLabel(next.text, tables, 'header')) {
          value = next.text;
          index++;
        }
      }
      // "事業内容 …湾岸エリアに3つの" / an indented "物流センターを持ち、…": a Japanese value wrapped onto an indented line goes on.
      // An indented "※7～8月は6:00～15:00に変更" under it is the value's own remark: it goes on too, after a space.
      for (let next = lines[index + 1]; value && next && next.line !== number && next.indent > indent; next = lines[index + 1]) {
        const remark = next.text.startsWith('\u203b');
        if ((!remark && !wrapsJapanese(value, next.text)) || headingOf(next.text, tables) || readLabel(next.text, tables, 'header')) break;
        value = remark ? `${value} ${next.text}` : joinWrapped(value, next.text);
        index++;
      }
      // "【給与】" / "年収350万円～480万円" / "※経験・能力を考慮の上、決定します": a remark right under a value read below its
      // label is the value's own, as an indented one is.
      // So is the next numbered line under a value that opens with "(1)" ("就業時間" / "(1) 8時00分〜17時00分" / "(2) 20時00分〜5時00分").
      for (let next = lines[index + 1], count = 2; below && next && next.line === lines[index].line + 1; next = lines[index + 1]) {
        const numberedNext = value.startsWith('(1)') && next.text.startsWith(`(${count})`);
        if (!next.text.startsWith('\u203b') && !numberedNext) break;
        if (numberedNext) count++;
        value = `${value} ${next.text}`;
        index++;
      }
      // A Japanese block ("【勤務地】" over its value) ends the section before it: a line under it ("最寄り駅：…") is no
      // requirement of the 応募資格 above, and is kept under notes unless a heading opens a section again.
      if (below && japaneseText.test(line)) {
        section = undefined;
        blockEnded = true;
      }
      result.entries.push({ concept: field.label.concept, label: labelText(line, field.label), line: number, kind: 'field', value });
      continue;
    }
    // "Achieve Results:" / "LEVEL 1: Plans and monitors own work …": a name's definition goes on its item.
    if (section && awaiting && !isName && !bulletPattern.test(line)) {
      awaiting.text = `${awaiting.text} ${line.trim()}`;
      continue;
    }
    if (section && prior && (continuesItem(prior, line, indent, wrapWidth) || wrapsJapaneseWidth(prior, line, japaneseWidth))) {
      prior.item.text = joinWrapped(prior.item.text, line);
      open = { ...prior, width };
      continue;
    }
    if (section && section.concept === 'unknown' && !unknownHeading(line)) {
      open = { item: item(line), indent, width };
      section.lines.push(open.item);
      continue;
    }
    // Before the first section, a line in capitals is the page's own heading ("VACANCY ANNOUNCEMENT"), kept in the lead.
    // "Phase 2 – Fieldwork:" above bullets inside a list groups its items (listItems.ts): it does not end the section.
    const groupsItems =
      (!!section && section.concept !== 'unknown' && isNumberedSubHeading(line) && bulletPattern.test(lines[index + 1]?.text ?? '')) ||
      groupHeadIn(section, lines, index, false);
    // "■ 入職後のサポート": a marked heading, unless a line next to it carries the same mark (then the marks are bullets).
    const mark = line.trim()[0];
    const marked =
      (markedHeading(line) && lines[index + 1]?.text.trim()[0] !== mark && lines[index - 1]?.text.trim()[0] !== mark) ||
      ticketPdf.headings.has(number);
    // "The Procurement Officer:" first under DUTIES AND RESPONSIBILITIES: the sentence that opens the section's list.
    const leadIn =
      !!section &&
      section.concept !== 'unknown' &&
      !section.lines.length &&
      /^(?:The|This|Under|Within)\s[^:\uff1a]*[:\uff1a]$/.test(line.trim());
    if (
      (nextNumbered ||
        marked ||
        (unknownHeading(line) && !bulletPattern.test(line) && (section || blockEnded || /[:\uff1a]$/.test(line)))) &&
      !groupsItems &&
      !leadIn &&
      !isName
    ) {
      section = { concept: 'unknown', label: line, line: number, kind: 'section', lines: [] };
      result.entries.push(section);
      continue;
    }
    // "(4) 語学：英語…" then "(5) 日本国籍を有すること": the next numbered condition is the parent's (応募資格), not the language's.
    const condition = numberedLine.test(line) ? conditionSections.find((entry) => entry.section === section) : undefined;
    if (condition) section = condition.parent;
    // "This position doesn't require a functional clearance" under a list of competencies' names: a sentence names no
    // competency; it ends the list and stays under notes, as the lines after it until the next heading. (A known name
    // written in sentence case, UNESCO's "Knowledge sharing and continuous improvement (C)", is a name of the list.)
    if (section && /competencies$/.test(section.concept) && !isName && endsNameList(section.lines, line)) {
      section = undefined;
      result.lead.push({ text: line, line: number });
      continue;
    }
    if (section) {
      open = { item: item(line), indent, width };
      section.lines.push(open.item);
      if (isName && /[:\uff1a]$/.test(line.trim())) nameAwaiting = open.item;
    } else result.lead.push({ text: line, line: number });
  }
  conditionsBack(result, conditionSections);
  // "任期は令和8年10月1日から令和10年9月30日までの2年間です": a term said in a sentence opened by its label and は is
  // that field (read as a field given elsewhere wins: these come last); the sentence stays where it is, as written.
  for (const { text: line, line: number } of lines)
    for (const said of line.matchAll(/(?:^|\u3002)\s*([\u3040-\u30ff\u4e00-\u9fff]{2,6})\u306f([^\u3002]{6,80})\u3002/g)) {
      const label = tables.labelIndex.get(squash(said[1]));
      if (label?.concept !== 'duration' || !/\d/.test(said[2])) continue;
      result.entries.push({ concept: 'duration', label: label.label, line: number, kind: 'field', value: said[2].trim(), inferred: true });
    }
  // "応募締切 令和10年1月31日。採用予定人数 ２人。入社日 令和10年3月1日。": the labelled sentences of a remark fill their
  // fields; the remark stays where it is, as written (a field given elsewhere wins: these come last).
  for (const { text: line, line: number } of lines)
    for (const sentence of labelSentences(line, tables)) {
      const read = readLabel(sentence.replace(/\u3002$/, ''), tables, 'header');
      if (read?.value)
        result.entries.push({
          concept: read.label.concept,
          label: read.label.label,
          line: number,
          kind: 'field',
          value: read.value,
          inferred: true,
        });
    }
  return result;
}

/** Words of a name that may start in lower case ("Commitment to Continuous Learning"). */
const nameSmallWords = /^(?:of|and|the|for|in|at|on|to|a|an|with|by|&)$/;

/**
 * A sentence after a list of names (each of six words or fewer, none ending a sentence): five words or more, no
 * "Name: definition", no bullet, and at least two words in lower case that a name would capitalise.
 */
function endsNameList(names: readonly { text: string }[], line: string): boolean {
  if (!names.length || names.some((name) => name.text.split(/\s+/).length > 6 || /[.!?]$/.test(name.text))) return false;
  const text = line.trim();
  if (bulletPattern.test(text) || /[:\uff1a]|\s[-\u2013\u2014]\s/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length >= 5 && words.filter((word) => /^\p{Ll}/u.test(word) && !nameSmallWords.test(word)).length >= 2;
}

/** The mark a bulleted line starts with ("•", "➤"), or "1" for a numbered one. */
function bulletMark(line: string | undefined): string | undefined {
  const mark = line === undefined ? undefined : bulletPattern.exec(line.trim())?.[0].trim();
  // Word's "o" is a bullet, not the letter of a numbered list.
  // ("（１）", "１．", "①": a numbering in full-width or circled digits is a numbering too.)
  return mark === undefined ? undefined : mark !== 'o' && /^[(\uff08]?[\da-z\uff10-\uff19\u2460-\u2473]/i.test(mark) ? '1' : mark;
}

/**
 * "STRATEGY AND PROGRAM QUALITY" or "REPORTING" in capitals inside a list of duties, above bulleted items: a group of
 * the list (common.json groupedLists), not a section of its own, when it opens the list right under its heading or
 * stands between items carrying the same bullet, with no blank line above it.
 */
function groupHeadIn(
  section: Entry | undefined,
  lines: readonly { text: string; line: number }[],
  index: number,
  knownHeading: boolean,
): boolean {
  if (!section || !common.groupedLists.concepts.includes(section.concept)) return false;
  const text = lines[index].text.trim();
  const letters = text.replace(/[^A-Za-z]/g, '');
  // "【案件形成業務】" above "・申請案件の受付…": a Japanese notice groups its duties under a bracketed word ("【必須】", a
  // heading the data knows, heads a part of its own).
  const bracketed = !knownHeading && /^[\u3010\uff1c\u3008\u300a][^\u3002]{1,20}[\u3011\uff1e\u3009\u300b]$/.test(text);
  if (!bracketed && (letters.length < 4 || letters !== letters.toUpperCase() || /[.,;:]$/.test(text) || bulletPattern.test(text)))
    return false;
  if (text.split(/\s+/).length > common.groupedLists.maxWords) return false;
  // "\u2705 REQUIREMENTS": a social-media advert marks its headings with an emoji, never its groups.
  if (symbolLead.test(text)) return false;
  const next = bulletMark(lines[index + 1]?.text);
  if (next === undefined) return false;
  const prior = lines[index - 1];
  // Right after the item above, with no blank line between: a blank line before it makes it a heading of its own.
  if (!prior || prior.line !== lines[index].line - 1) return false;
  return section.line === prior.line || bulletMark(prior.text) === next;
}

/** common.json conditionHeadings: the labels of a list of conditions, and the section that holds such a list. */
const conditions = common.conditionHeadings;
const conditionHeads = new Set(conditions.headings.map(squash));

/**
 * "(2) 学歴：修士号を取得していること" inside a JPO notice's 応募資格 is a condition of the notice; where the text also has
 * a section of its own for that concept (the English ToR's "Education: …"), the condition goes back, labelled as
 * written, into the list it stood in. Without such a section it stays the concept's only source.
 */
function conditionsBack(
  result: ReadText,
  found: {
    section: Entry & { lines: NonNullable<Entry['lines']> };
    parent: Entry & { lines: NonNullable<Entry['lines']> };
    at: number;
    label: string;
  }[],
): void {
  const conditionEntries = new Set<Entry>(found.map((entry) => entry.section));
  const own = new Set(
    result.entries.filter((entry) => entry.kind === 'section' && !conditionEntries.has(entry)).map((entry) => entry.concept),
  );
  for (const { section, parent, at, label } of [...found].reverse()) {
    if (!own.has(section.concept)) continue;
    const lines = section.lines.map((line, index) => (index === 0 ? { ...line, text: `${label}${line.text}` } : line));
    parent.lines.splice(at, 0, ...lines);
    result.entries.splice(result.entries.indexOf(section), 1);
  }
}

/** The item a section's last line became, while the next line may still go on with it. */
interface OpenItem {
  item: ListLine;
  /** The indentation of the item's first line. */
  indent: number;
  /** The length of the item's last line as written (0 when the line was split into parts). */
  width: number;
}

/**
 * Whether a line goes on with the item above it, as a copy from a PDF or an e-mail wraps long items: a line without a
 * bullet, after an item that ended no sentence, that is indented under a bulleted item ("1. Coordinate …, including" /
 * "   schedules …"), goes on in lower case after a long line, or begins with a word that would not have fitted on the
 * line above in a text wrapped at a fixed width ("… the Ministry of Labour and" / "Social Protection …").
 */
function continuesItem(prior: OpenItem, line: string, indent: number, wrapWidth: number): boolean {
  if (bulletPattern.test(line) || japaneseItemMark.test(line) || /[.;:!?\u3002\uff1a]$/.test(prior.item.text)) return false;
  if (prior.item.bullet && indent > prior.indent) return true;
  // "4. Maintain the referral directory for the" / "province.": an item that breaks off mid-phrase goes on, whatever
  // its width; in capitals only after a bulleted item ("… with the" / "Ministry of Health.").
  if (
    endsMidPhrase(prior.item.text) &&
    (/^\p{Ll}/u.test(line) || (prior.item.bullet && /^\p{Lu}/u.test(line) && line !== line.toUpperCase()))
  )
    return true;
  // A Japanese sentence wrapped onto an indented line ("…修士号を取得していること、" / "    又は…取得見込みであること。").
  if (indent > prior.indent && /[\u3001\u3003-\u9fff\uff00-\uffef]$/.test(prior.item.text) && /^[\u3000-\u9fff\uff00-\uffef]/.test(line))
    return true;
  // …or after a comma ("在留資格の変更・更新の手続きは、" / "提携する行政書士が…"): the sentence has not ended.
  if (/\u3001$/.test(prior.item.text) && /^[\u3040-\u9fff]/.test(line)) return true;
  if (/^[a-z]/.test(line) && prior.item.text.length >= 50) return true;
  const firstWord = /^[A-Za-z\d\u00c0-\u024f]\S*/.exec(line)?.[0];
  return !!firstWord && wrapWidth >= 60 && prior.width >= 0.75 * wrapWidth && prior.width + 1 + firstWord.length > wrapWidth;
}

/** Words no phrase ends with (other-duties.json cutOffEndWords, which duty-not-a-sentence reads too). */
const cutOffEndWords = new Set(otherDutiesData.cutOffEndWords);
const stackedLabel = dataPattern(otherDutiesData.labelEndingInPrepositionPattern, 'i');

/**
 * Whether a line ends with a word no phrase ends with ("… directory for the"); "…; and" ends an item of a list run on
 * as one sentence, and a stacked label ("Reports to" above "Country Director") is whole.
 */
function endsMidPhrase(line: string): boolean {
  const last = lastLatinWord(line);
  const word = last?.word.toLowerCase();
  if (!last || !word || !cutOffEndWords.has(word)) return false;
  if (otherDutiesData.listJoiners.includes(word) && /[,;]$/.test(last.before)) return false;
  return !stackedLabel.test(line.replace(bulletPattern, '').trim());
}

const japaneseLetter = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The columns a line takes on a page: a kana, kanji or full-width sign takes two, any other character one. */
function columnsOf(text: string): number {
  let columns = 0;
  for (const character of text) columns += /[\u3000-\u9fff\uac00-\ud7af\uff01-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1;
  return columns;
}

/**
 * A Japanese text wrapped at a fixed width, as a PDF copies it: a line as wide as the widest Japanese line, ending
 * without a full stop, goes on on the next line, even inside a word ("…2年以上の職務経験を有すること（ア" / "ルバイト、
 * インターン…"), unless that line starts an item (a bullet, "(2)", or a katakana marker "イ ").
 */
function wrapsJapaneseWidth(prior: OpenItem, line: string, japaneseWidth: number): boolean {
  const last = prior.width ? prior.item.text.slice(-prior.width) : '';
  if (japaneseWidth < 40 || columnsOf(last) < 0.85 * japaneseWidth || bulletPattern.test(line)) return false;
  if (japaneseItemMark.test(line)) return false;
  return /[\u2460-\u2473\u3001\u3003-\u9fff\uff00-\uffef]$/.test(prior.item.text) && /^[\u3040-\u9fff\uff08-\uff09\uff0c]/.test(line);
}

/** Whether `line` goes on with a Japanese sentence that `text` left unfinished (no full stop, no bullet on the line). */
function wrapsJapanese(text: string, line: string): boolean {
  return (
    /[\u3001\u3003-\u9fff\uff00-\uffef]$/.test(text) &&
    /^[\u3040-\u9fff\uff00-\uffef]/.test(line) &&
    !bulletPattern.test(line) &&
    !japaneseItemMark.test(line)
  );
}

function joinWrapped(text: string, line: string): string {
  const wide = /[\u3000-\u9fff\uff00-\uffef]/;
  return wide.test(text.slice(-1)) && wide.test(line[0]) ? `${text}${line}` : `${text} ${line}`;
}

/**
 * A job board's line of facts between bars ("**Nigeria** | **Norwegian Refugee Council** | Posted 6 Mar 2026 |
 * Closing date: 22 Mar 2026"), one labelled line a cell: a country is the country, a labelled cell its field, and the
 * one name left the organisation. Only a line of at least three cells, two of them a country or a known label.
 */
/** A job board's counts beside a posting: how long ago it was posted, how many applied (paste.json boardCountPattern). */
const boardCount = dataPattern(paste.boardCountPattern, 'i');

const wideBar = /[ \u3000]\uff5c[ \u3000]/;

function metaCells(line: string, tables: Tables): string[] | undefined {
  // A Japanese job board's headline between wide bars ("正社員 ｜ 京都府 ｜ 月給24万円～", wide spaces around the bars):
  // one line a cell, so the pay is not read with the place after it. Whose place it is (the workplace, the company's
  // address) the headline does not say: the cell stays a line of its own.
  if (wideBar.test(line)) {
    const cells = line.split('\uff5c').map((cell) => cell.trim());
    if (cells.length >= 2 && cells.every((cell) => cell && cell.length <= 40)) return cells;
  }
  // A job board's line under the title, in bars or middle dots ("Norwegian Refugee Council · Maiduguri, Borno, Nigeria
  // · 1 week ago · Over 100 applicants"): the organisation, the place, and the board's own counts (which stay as written).
  const separator = line.startsWith('|') ? undefined : line.includes(' | ') ? ' | ' : line.includes(' \u00b7 ') ? ' \u00b7 ' : undefined;
  if (!separator) return undefined;
  const cells = line.split(separator).map((cell) =>
    cell
      .trim()
      .replace(/^(\*\*|__)(.+)\1$/, '$2')
      .trim(),
  );
  if (cells.length < 2 || cells.some((cell) => !cell || cell.length > 80)) return undefined;
  // "Published 26/11/2026 \u00b7 Deadline for applications 10/01/2027": two facts on one line, each a label and its value
  // without a colon, as a careers page prints its dates under the title; two cells of anything else are no board's line
  // (cells with colons are cut at their labels as any line is).
  if (cells.length === 2)
    return cells.every((cell) => !/[:\uff1a]/.test(cell) && readLabel(cell, tables, 'header')?.value.trim()) ? cells : undefined;
  let known = 0;
  let named = false;
  const read = cells.map((cell) => {
    // A bare two-letter code is no country here: "EN | FR | ES" is a page's language switcher.
    if (countryCode(cell) && !/^[A-Z]{2}$/.test(cell)) return (known++, `Country: ${cell}`);
    // A label alone, with no value ("Deliverable | Duration (working days) | Deadline" atop a ToR's table): a table's
    // header row, whose cells name columns, not a board's facts.
    const label = readLabel(cell, tables, 'header');
    if (label && label.value.trim()) return (known++, cell);
    if (label) return cell;
    if (boardCount.test(cell)) return (known++, cell);
    const place = cell.split(',').map((part) => part.trim());
    if (place.length > 1 && place.length <= 4 && countryCode(place[place.length - 1])) return (known++, `Location: ${cell}`);
    if (!named && /^\p{Lu}[\p{L}'\u2019&.\s-]{2,60}$/u.test(cell) && cell.split(/\s+/).length <= 7)
      return ((named = true), `Organization: ${cell}`);
    return cell;
  });
  return known >= 2 ? read : undefined;
}

function labelText(line: string, label: Label): string {
  const at = line.toLowerCase().indexOf(label.label.toLowerCase());
  return at >= 0 ? line.slice(at, at + label.label.length) : label.label;
}

function item(line: string): ListLine {
  const stripped = line.replace(bulletPattern, '').trim();
  return bulletPattern.test(line) && stripped
    ? { text: stripped, bullet: true, mark: bulletMark(line) }
    : { text: line.trim(), bullet: false };
}

/** A date field's value: the ISO date, or the text as written with why it was kept. */
export function dateValue(value: string): { iso?: string; ambiguous?: [string, string]; text: string } {
  const read = readDate(value);
  if (read && 'iso' in read) return { iso: read.iso, text: value };
  if (read && 'ambiguous' in read) return { ambiguous: read.readings, text: value };
  return { text: value };
}

/** P3 → P-3, NOB → NO-B; Workday codes (PR2, GS6) stay; a grade inside a longer text is found there. */
export function gradeOf(value: string): string | undefined {
  const token = value.trim();
  if (dataPattern(common.grades.workday).test(token)) return token;
  const plain = dataPattern(common.grades.pattern).exec(token);
  if (plain) return `${plain[1] === 'GS' ? 'G' : plain[1]}-${plain[2]}`;
  const inside = /\b(PR[1-5]|NO[A-E]|GS[1-7]|FS[1-7])\b|\b(P|D|G|GS|NO|FS)[-/]?\s?([1-7A-E])\b/.exec(token);
  // "D1,500": an amount in dalasi, not the grade D-1.
  if (!inside || /^[,.]\d/.test(token.slice(inside.index + inside[0].length))) return undefined;
  return inside[1] ?? `${inside[2] === 'GS' ? 'G' : inside[2]}-${inside[3]}`;
}
