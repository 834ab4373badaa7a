import common from '../../../../schemas/import/common.json';
import { halfWidthDigits, withWesternYears } from '../text/japaneseDates';

// Japanese era years and full-width digits are read in text/ (the rules read them too), and named here as before.
export { eraYearPattern, halfWidthDigits, withWesternYears } from '../text/japaneseDates';

/** A date read from a posting: the ISO date, or why none could be given. */
export type ReadDate = { iso: string } | { ambiguous: string; readings: [string, string] } | { unreadable: string };

const monthNames = common.months.map((month) => month.toLowerCase());

const otherMonths = new Map(common.monthsOther.flatMap((names, month) => names.map((name) => [name, month] as const)));

function monthOf(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return -1;
  return monthNames.findIndex((month) => month.startsWith(lower));
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const yearOf = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * Reads the first date in a value, in the forms postings use: 2025-03-01 (with a time or zone after it),
 * 2025/03/01, 2025年3月1日, November 8, 2024, 8 November 2024, 15 April, 2020, 8-Nov-2024, 25/Jan/2025, Nov. 8 2024,
 * 01/03/2025, 01.03.2025, 令和9年2月26日 (a Japanese era year) and 3 novembre 2027, 10 de noviembre de 2027, 14. Juli 2025. A day and month that could be either way round (01/03/2025) is ambiguous, never guessed.
 */
export function readDate(value: string): ReadDate | undefined {
  const text = withWesternYears(halfWidthDigits(value.trim()));
  let match =
    /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text) ?? /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(text) ?? /(\d{4})\.(\d{1,2})\.(\d{1,2})/.exec(text);
  if (match) return found(iso(Number(match[1]), Number(match[2]), Number(match[3])), text);
  match = /(\d{4})\s*\u5e74\s*(\d{1,2})\s*\u6708\s*(\d{1,2})\s*\u65e5/.exec(text);
  if (match) return found(iso(Number(match[1]), Number(match[2]), Number(match[3])), text);
  // Month first: November 8, 2024 / Nov. 8 2024
  match = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (match && monthOf(match[1]) >= 0) return found(iso(Number(match[3]), monthOf(match[1]) + 1, Number(match[2])), text);
  // Day first: 8 November 2024 / 15 April, 2020 / 8-Nov-2024 / 8 Nov. 24 / 25/Jan/2025 (FAO)
  match = /\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-|\/)(?:of\s+)?([A-Za-z]{3,9})\.?,?(?:\s+|-|\/)(\d{4}|\d{2})\b/.exec(text);
  if (match && monthOf(match[2]) >= 0) return found(iso(yearOf(match[3]), monthOf(match[2]) + 1, Number(match[1])), text);
  // French, Spanish, Portuguese, German: 3 novembre 2027 / 1er décembre 2027 / 10 de noviembre de 2027 / 14. Juli 2025
  // (common.json monthsOther).
  match = /\b(\d{1,2})(?:er|\u00ba|\.)?\s+(?:de\s+)?([a-z\u00e0-\u00ff]{3,10})\s+(?:de\s+)?(\d{4})\b/i.exec(text);
  // (A German date writes the day with a full stop, and some months as English does: "1. September 2026".)
  const other = match ? (otherMonths.get(match[2].toLowerCase()) ?? (monthOf(match[2]) >= 0 ? monthOf(match[2]) : undefined)) : undefined;
  if (match && other !== undefined) return found(iso(Number(match[3]), other + 1, Number(match[1])), text);
  // Numbers only: 01/03/2025, 1.3.2025, 01-03-2025
  match = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayFirst = iso(year, second, first);
    const monthFirst = iso(year, first, second);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { ambiguous: match[0], readings: [dayFirst, monthFirst] };
    return found(dayFirst ?? monthFirst, text);
  }
  return undefined;
}

/** "2月15日(土)", "4月1日（火）": a Japanese date without its year, with the weekday a job board prints after it. */
const yearlessJapanese =
  /^(\d{1,2})\s*\u6708\s*(\d{1,2})\s*\u65e5\s*(?:[(\uff08]\s*([\u65e5\u6708\u706b\u6c34\u6728\u91d1\u571f])\s*[)\uff09])?/;
const weekdays = '\u65e5\u6708\u706b\u6c34\u6728\u91d1\u571f';

/**
 * A year-less Japanese date ("応募締切：2月15日(土)") with its year, read from a dated text. After a posting date
 * (`posted`): the first such day on or after it, and a weekday, if printed, must fall on it. After another date of the
 * text: only a printed weekday decides, when it falls on the day in exactly one of that date's year and the years either
 * side. Else the value stays as written: a year is never guessed.
 */
export function withYearOf(value: string, reference: string | undefined, posted: boolean): string {
  const match = reference ? yearlessJapanese.exec(halfWidthDigits(value.trim())) : null;
  if (!match || !reference || (!match[3] && !posted)) return value;
  const [year, month, day] = reference.split('-').map(Number);
  const [wantedMonth, wantedDay] = [Number(match[1]), Number(match[2])];
  const onOrAfter = wantedMonth > month || (wantedMonth === month && wantedDay >= day);
  const candidates = posted ? [onOrAfter ? year : year + 1] : [year - 1, year, year + 1];
  const fitting = candidates.filter((candidate) => {
    const date = iso(candidate, wantedMonth, wantedDay);
    return date !== undefined && (!match[3] || weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()] === match[3]);
  });
  return fitting.length === 1 ? `${fitting[0]}\u5e74${halfWidthDigits(value.trim())}` : value;
}

function found(date: string | undefined, text: string): ReadDate {
  return date ? { iso: date } : { unreadable: text };
}

/** A period "from … to …" as two ISO dates, when both ends are plain dates. */
/** "令和9年4月1日から令和10年3月31日まで", "2027/4/1～2028/3/31": a Japanese period, with Western years and ASCII digits. */
const japanesePeriod =
  /(\d{4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5|\d{4}\/\d{1,2}\/\d{1,2})(?:[(\uff08][^)\uff09]{0,6}[)\uff09])?\s*(?:\u304b\u3089|\uff5e|\u301c|~)\s*(\d{4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5|\d{4}\/\d{1,2}\/\d{1,2})/;

/**
 * "令和9年4月1日から最長2年間": the day a term opens with, before から, where no end date follows; undefined otherwise.
 */
export function startFrom(text: string): string | undefined {
  const match = /^(\d{4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5)(?:[(\uff08][^)\uff09]{0,6}[)\uff09])?\s*\u304b\u3089/.exec(
    withWesternYears(halfWidthDigits(text.trim())),
  );
  const date = match ? readDate(match[1]) : undefined;
  return date && 'iso' in date ? date.iso : undefined;
}

export function readPeriod(text: string): { start?: string; end?: string } {
  const match = new RegExp(common.inference.period, 'i').exec(text) ?? japanesePeriod.exec(withWesternYears(halfWidthDigits(text)));
  if (!match) {
    const numeric = numericPeriod(text);
    return numeric ? { start: numeric.start, end: numeric.end } : (japaneseSharedYear(text) ?? sharedYearPeriod(text));
  }
  const start = readDate(match[1]);
  const end = readDate(match[2]);
  return { start: start && 'iso' in start ? start.iso : undefined, end: end && 'iso' in end ? end.iso : undefined };
}

/** Two dates in numbers only, with the same separator, joined by a dash or a word ("01.03.2026 - 31.08.2026"). */
const numericRange =
  /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*(?:[-\u2013\u2014~]|\b(?:to|until|through|till|and)\b)\s*(\d{1,2})\2(\d{1,2})\2(\d{4})\b/i;

/**
 * "01.03.2026 - 31.08.2026", "from 03/01/2026 to 08/31/2026": a period in numbers whose day/month order one end decides
 * (31.08 can only be day first, 08/31 only month first), read both ends in that order; the start must not follow the
 * end. Undefined when neither end decides, or the ends disagree: the order is never guessed.
 */
export function numericPeriod(text: string): NumericPeriod | undefined {
  return numericPeriods(text)[0];
}

export interface NumericPeriod {
  start: string;
  end: string;
  index: number;
}

/** Every period in numbers of a text whose order one end decides (numericPeriod), in the order they stand. */
export function numericPeriods(text: string): NumericPeriod[] {
  const periods: NumericPeriod[] = [];
  for (const match of halfWidthDigits(text).matchAll(new RegExp(numericRange.source, 'gi'))) {
    const [a, b, year, c, d, endYear] = [match[1], match[3], match[4], match[5], match[6], match[7]].map(Number);
    const dayFirst = [iso(year, b, a), iso(endYear, d, c)];
    const monthFirst = [iso(year, a, b), iso(endYear, c, d)];
    const [dayShown, monthShown] = [a > 12 || c > 12, b > 12 || d > 12];
    const decided = dayShown && !monthShown ? dayFirst : monthShown && !dayShown ? monthFirst : undefined;
    const [start, end] = decided ?? [];
    if (start && end && start <= end) periods.push({ start, end, index: match.index });
  }
  return periods;
}

/** "1 March \u2013 30 June 2025", "March 1 - June 30, 2025": a period with its year once, at its end (common.json periodSharedYear). */
/**
 * "令和9年（2027年）1月8日（金）から2月5日（金）正午まで": a Japanese period whose end gives no year of its own is in the
 * start's year, or the next one where its month and day come before the start's ("2026年12月1日～1月15日").
 */
function japaneseSharedYear(text: string): { start: string; end: string } | undefined {
  const match =
    /(\d{4})\u5e74(\d{1,2})\u6708(\d{1,2})\u65e5(?:[(\uff08][^)\uff09]{0,6}[)\uff09])?\s*(?:\u304b\u3089|\uff5e|\u301c|~)\s*(\d{1,2})\u6708(\d{1,2})\u65e5/.exec(
      withWesternYears(halfWidthDigits(text)),
    );
  if (!match) return undefined;
  const [year, month, day, endMonth, endDay] = match.slice(1).map(Number);
  const start = readDate(`${year}\u5e74${month}\u6708${day}\u65e5`);
  const endYear = endMonth * 100 + endDay < month * 100 + day ? year + 1 : year;
  const end = readDate(`${endYear}\u5e74${endMonth}\u6708${endDay}\u65e5`);
  return start && end && 'iso' in start && 'iso' in end ? { start: start.iso, end: end.iso } : undefined;
}

function sharedYearPeriod(text: string): { start?: string; end?: string } {
  for (const pattern of common.inference.periodSharedYear) {
    const parts = new RegExp(pattern).exec(text)?.groups;
    if (!parts) continue;
    const { startDay, startMonth, endDay, endMonth, year } = parts;
    const end = readDate(`${endDay} ${endMonth} ${year}`);
    let start = readDate(`${startDay} ${startMonth} ${year}`);
    // "1 November \u2013 31 January 2026": the start lies in the year before.
    if (start && end && 'iso' in start && 'iso' in end && start.iso > end.iso)
      start = readDate(`${startDay} ${startMonth} ${Number(year) - 1}`);
    if (start && end && 'iso' in start && 'iso' in end) return { start: start.iso, end: end.iso };
  }
  return {};
}

/**
 * The date a contract runs until, as a sentence or value states it: "until 31 December 2028", "Until 31/12/2028, with
 * possibility of extension", "ending on 30 June 2027", "(October 2027 \u2013 30 September 2028)", "From April 2026 to 31
 * December 2026", a value that opens with "to" ("Duration of contract: to 31 January 2027, could be extended").
 * Undefined when no plain date follows, or its day and month could be either way round.
 */
export function untilDate(text: string): string | undefined {
  const until =
    /(?:\b(?:until|till|ending(?: on)?)|^to)\s+(?:the\s+)?(\d[^\n]{0,30}|[A-Za-z]{3,9}\.? \d[^\n]{0,30})/i.exec(text) ??
    // "\u63a1\u7528\u65e5\u304b\u3089\u4ee4\u548c8\u5e743\u670831\u65e5\u307e\u3067" (from the day of hiring until 31 March, Reiwa 8):
    // the day a Japanese term runs until.
    /(\d{4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5)(?:[(\uff08][^)\uff09]{0,6}[)\uff09])?\s*\u307e\u3067/.exec(
      withWesternYears(halfWidthDigits(text)),
    );
  // "March 2026 – 31 December 2026", "From May 2026 to 31 December 2026": a period that starts with a month, ending on a day.
  const range = /[A-Z][a-z]{2,8}\.? \d{4}\s*(?:[-\u2013\u2014]|\sto\s)\s*(\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})/.exec(text);
  const read = until ? readDate(until[1]) : range ? readDate(range[1]) : undefined;
  return read && 'iso' in read ? read.iso : undefined;
}
