import subHeadings from '../../../../schemas/import/sub-headings.json';
import { dataPattern } from '../text/patterns';

/** A line of a section as the reader keeps it: its text, and whether it began with a bullet or a number. */
export interface ListLine {
  text: string;
  bullet: boolean;
  /** The mark it began with ("•", "o"), "1" for any numbering; absent when unknown. */
  mark?: string;
}

const numbered = dataPattern(subHeadings.numberedPattern, 'i');
const japanese = dataPattern(subHeadings.japanesePattern);
const leadIn = dataPattern(subHeadings.leadInPattern, 'i');
/** Whether a line is a numbered sub-heading of a list ("Phase 2 – Fieldwork:", "Work package 3: Analysis"). */
export const isNumberedSubHeading = (text: string) => numbered.test(text.trim()) || japanese.test(text.trim());

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether a line heads the items after it rather than being one (schemas/import/sub-headings.json): "Phase 2 –
 * Fieldwork:", "Work package 1: Inception", "Tasks:", or a short unpunctuated line without a bullet above bulleted
 * items ("Grant cycle management"). A lead-in sentence ("…, the officer will:"), the last line, and a numbered line
 * followed by another ("Output 1: …" above "Output 2: …") are items.
 */
function isSubHeading(line: ListLine, next: ListLine | undefined, groups = false): boolean {
  if (!next) return false;
  const text = line.text.trim();
  const short = words(text) <= subHeadings.maxWords && !/,/.test(text);
  const unpunctuated = !/[.;!?\u3002]$/.test(text);
  const keyword = (value: string) => numbered.test(value) || japanese.test(value);
  // "Output 1: Inception report" above "Output 2: …" is an item of a list of outputs, not a heading.
  if (keyword(text) && !keyword(next.text.trim()) && unpunctuated && words(text) <= subHeadings.maxWords + 4) return true;
  if (/[:\uff1a]$/.test(text)) return short && !leadIn.test(text.slice(0, -1).trimEnd());
  // "【案件形成業務】" above "・申請案件の受付…": a Japanese notice's group of items, its word in brackets.
  if (/^\u3010[^\u3002\u3010\u3011]{1,20}\u3011$/.test(text)) return !line.bullet && next.bullet;
  if (!short || !unpunctuated || !/^\p{Lu}/u.test(text)) return false;
  // "1. Evidence and planning" above "o Collect …": a numbered or bulleted line above items of another mark heads them.
  if (line.bullet) return !!line.mark && !!next.mark && next.bullet && next.mark !== line.mark;
  // Above bulleted items; or, in a list grouped by such lines (careers pages lose the indentation of the items), above
  // a sentence.
  return next.bullet || (groups && isSentence(next.text));
}

const isSentence = (text: string) => /[.;]$/.test(text.trim()) && words(text) > 4;

/**
 * Whether a list is grouped by unbulleted short lines above its sentences, as a copy that lost the indentation shows
 * it: at least two such lines, each above a sentence, and at least twice as many sentences.
 */
function groupedBy(lines: readonly ListLine[]): boolean {
  const texts = lines.filter((line) => line.text.trim());
  let headings = 0;
  let sentences = 0;
  texts.forEach((line, index) => {
    const text = line.text.trim();
    if (isSentence(text)) sentences++;
    else if (
      !line.bullet &&
      words(text) <= subHeadings.maxWords &&
      !/[.;!?:,\u3002]/.test(text) &&
      texts[index + 1] &&
      isSentence(texts[index + 1].text)
    )
      headings++;
  });
  return headings >= 2 && sentences >= 2 * headings;
}

/**
 * The items of a list from a section's lines: a sub-heading becomes the prefix of the first item it introduces
 * ("Grant cycle management: Run calls for proposals …"), so its words reach every export and no heading is an item.
 */
export function listItems(source: readonly ListLine[]): string[] {
  const items: string[] = [];
  const lines = source.flatMap(runOnItems);
  const groups = groupedBy(lines);
  let heading = '';
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (!text) return;
    const next = lines.slice(index + 1).find((other) => other.text.trim());
    if (isSubHeading(line, next, groups)) {
      const bare = text.replace(/[:\uff1a]$/, '').trimEnd();
      heading = heading ? `${heading}${separator(heading)}${bare}` : bare;
      return;
    }
    items.push(heading ? `${heading}${separator(heading)}${text}` : text);
    heading = '';
  });
  if (heading) items.push(heading);
  return items;
}

/** ": " after a heading, or " – " after one that already holds a colon ("Work package 1: Inception – Review …"); nothing after 】. */
function separator(heading: string): string {
  // "【案件形成業務】申請案件の受付…": the brackets part the group's word from the item.
  if (heading.endsWith('\u3011')) return '';
  if (/[\u3040-\u30ff\u4e00-\u9fff]$/.test(heading)) return '\uff1a';
  return /[:\uff1a]/.test(heading) ? ' – ' : ': ';
}

/**
 * "…will be responsible for the following duties: Carries out research …; maintains the regional database …; drafts
 * chapters …; performs other duties as required.": a list run on in one paragraph, as an older careers page prints its
 * responsibilities. Each part between semicolons is an item, as written (its semicolon kept); a lead-in before a colon
 * is an item of its own. Only a paragraph of 300 characters or more with at least four parts, each of three words or
 * more, after the first starting in lower case (the verbs of a list, not sentences).
 */
function runOnItems(line: ListLine): ListLine[] {
  const text = line.text.trim();
  if (text.length < 300) return [line];
  const parts = text.split(/(?<=;)\s+/);
  if (parts.length < 4 || parts.some((part) => words(part) < 3) || parts.slice(1).some((part) => !/^[a-z]/.test(part))) return [line];
  const lead = /^([^:;]{10,200}:)\s+(\p{Lu}.*)$/u.exec(parts[0]);
  const first = lead ? [lead[1], lead[2]] : [parts[0]];
  return [...first, ...parts.slice(1)].map((part) => ({ ...line, text: part }));
}
