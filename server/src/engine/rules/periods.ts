import { builtPattern, literalAlternation } from '../text/patterns';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthName = `(${literalAlternation([...months, ...months.map((m) => m.slice(0, 3))])})\\.?`;
// "31 December 2026", "December 31, 2026", "January 2025", "January"
const datePart = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${monthName}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?)?(?:\\s+(\\d{4}))?`;
const periodPattern = builtPattern(
  'period: from a date to a date',
  `\\bfrom\\s+${datePart}\\s+(?:to|until|till|through)\\s+${datePart}`,
  'i',
);

/** A calendar month, with the day when the text gives one. */
export interface PeriodEnd {
  year: number;
  month: number; // 1–12
  day?: number;
}

export interface Period {
  /** The words as written, e.g. "from January to October 2025". */
  phrase: string;
  start: PeriodEnd;
  end: PeriodEnd;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return months.findIndex((m) => m === lower || m.slice(0, 3) === lower) + 1;
}

/** The first "from <date> to <date>" period in a text; a start without a year takes the end's. */
export function periodIn(text: string): Period | undefined {
  const match = periodPattern.exec(text);
  if (!match) return undefined;
  const [phrase, startDayBefore, startMonth, startDayAfter, startYear, endDayBefore, endMonth, endDayAfter, endYear] = match;
  if (!endYear && !startYear) return undefined;
  const end: PeriodEnd = { year: Number(endYear ?? startYear), month: monthNumber(endMonth) };
  const start: PeriodEnd = { year: Number(startYear ?? endYear), month: monthNumber(startMonth) };
  if (!startYear && start.month > end.month) start.year -= 1; // "from November to March 2026"
  if (!endYear && end.month < start.month) end.year += 1;
  const startDay = startDayBefore ?? startDayAfter;
  const endDay = endDayBefore ?? endDayAfter;
  if (startDay) start.day = Number(startDay);
  if (endDay) end.day = Number(endDay);
  return { phrase: phrase.replace(/\s+/g, ' '), start, end };
}

/** Whether an ISO date falls in the month (and on the day, if given) the text names. */
export function agrees(written: PeriodEnd, isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number);
  return year === written.year && month === written.month && (written.day === undefined || day === written.day);
}

export function describeEnd(end: PeriodEnd): string {
  const month = months[end.month - 1];
  return `${end.day ? `${end.day} ` : ''}${month[0].toUpperCase()}${month.slice(1)} ${end.year}`;
}
