import { builtPattern, builtSticky } from '../text/patterns';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The month names as a pattern of them would try them: full names, then their first three letters. */
const monthNames = [...months, ...months.map((m) => m.slice(0, 3))];
/**
 * A word that may be a month: a pattern reads the word, code looks it up in `monthNames` (an alternation of the names
 * would make the pattern too large for recheck to prove).
 */
const monthWord = '([a-z]+)';
/** After a month: "31", "1st,", "2026": the day and the year, each when given ("December 31, 2026", "January 2025"). */
const afterMonth = `\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?)?(?:\\s+(\\d{4}))?`;
// "from 31 December 2026 to …", read in three parts recheck proves each: "from" and the start date up to its month
// word, the rest of the start date and the end date up to its month word, the rest of the end date.
const periodHead = builtPattern('period: from a date to a date', `\\bfrom\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${monthWord}`, 'gi');
const periodMiddle = builtSticky(
  'period: from a date to a date, to the end month',
  `^${afterMonth}\\s+(?:to|until|till|through)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${monthWord}`,
  'i',
);
const periodTail = builtSticky('period: the end date after its month', `^${afterMonth}`, 'i');

/**
 * The first "from <date> to <date>" match, as the one pattern `\bfrom\s+DATE\s+(?:to|until|till|through)\s+DATE` with
 * `monthNames` as an alternation where each month word stands, groups as its groups. From a start each part reads in one
 * way: a month word is the whole run of letters there; the start month is followed by a full stop or a space, so the
 * whole word must be a month name (else the start fails); after the end month nothing more is required, so it is the
 * first name that begins the word ("Septembre" reads as "sep"), and the rest of the end date is read after that name.
 */
function periodMatch(text: string): (string | undefined)[] | undefined {
  periodHead.lastIndex = 0;
  for (let head = periodHead.exec(text); head; head = periodHead.exec(text)) {
    periodHead.lastIndex = head.index + 1;
    if (!monthNames.includes(head[2].toLowerCase())) continue;
    periodMiddle.lastIndex = head.index + head[0].length;
    const middle = periodMiddle.exec(text);
    if (!middle) continue;
    const endWord = middle[4].toLowerCase();
    const endMonth = monthNames.find((name) => endWord.startsWith(name));
    if (!endMonth) continue;
    const monthAt = periodMiddle.lastIndex - endWord.length;
    periodTail.lastIndex = monthAt + endMonth.length;
    const tail = periodTail.exec(text); // all of it optional: it matches, perhaps empty
    const phrase = text.slice(head.index, tail ? periodTail.lastIndex : monthAt + endMonth.length);
    return [phrase, head[1], head[2], ...middle.slice(1, 4), text.slice(monthAt, monthAt + endMonth.length), tail?.[1], tail?.[2]];
  }
  return undefined;
}

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
  const match = periodMatch(text);
  if (!match) return undefined;
  const [phrase = '', startDayBefore, startMonth = '', startDayAfter, startYear, endDayBefore, endMonth = '', endDayAfter, endYear] = match;
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
