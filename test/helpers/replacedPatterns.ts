// The patterns recheck could not decide (issue 15), as they were before their readers were rewritten into proved
// patterns and code: each reader is held to give what its pattern gave (test/unit/readers.test.ts, on generated texts;
// the same comparison was run over the corpus, the seeds and held-out texts when they were rewritten).
import { escapeRegExp, execReader, type DataReader } from '../../server/src/engine/text/patterns';
import { wordScanner } from '../../server/src/engine/wording/words';
import { currencyPayIn } from '../../server/src/engine/import/fromText';
import { periodIn } from '../../server/src/engine/rules/periods';
import common from '../../schemas/import/common.json';
import genderCoded from '../../schemas/wording/gender-coded.json';

const keywords =
  '(?:no later than|(?:must|should) (?:be )?(?:received|submitted|sent) (?:by|before|on or before)|deadline (?:for (?:applications|submission) )?is|applications? (?:close|closes|will close) on|(?:apply|submit(?: your application)?) (?:by|before|no later than)|closing date (?:for applications )?is|on or before)';
/** import/common.json inference.deadline[0] as one pattern (flags i). */
export const oldDeadline = new RegExp(
  // (A dotted date right after the words is the date, not an hour and a gap: "no later than 17.03.2027, 16:00"; its
  // group is the first, the other reading's the second: `deadlineMatch` makes them one.)
  `${keywords}\\s+(?:(\\d{1,2}\\.\\d{1,2}\\.\\d{4})|(?:(?:midnight|close of business|COB|\\d{1,2}[:.]\\d{2}(?:\\s?[AaPp][Mm])?)[^,]{0,30}?,?\\s*(?:on\\s+)?)?([^.;\\n]{4,40}))`,
  'i',
);
const titleWords = "((?:[A-Z][\\w&/'\u2019-]*|of|and|&)(?: (?:[A-Z][\\w&/'\u2019-]*|of|and|&)){0,9})";
/** import/common.json prose.title[1] as one pattern. */
export const oldTitle = new RegExp(
  `\\b(?:seeks|invites applications (?:from [\\w ]{3,40} )?for(?: the (?:post|position) of)?|wishes to recruit|intends to recruit|to recruit) (?:an?|one|two|the) ${titleWords}`,
);

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthName = `((?:${[...months, ...months.map((m) => m.slice(0, 3))].join('|')}))\\.?`;
const datePart = `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${monthName}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b,?)?(?:\\s+(\\d{4}))?`;
/** rules/periods.ts's pattern with the month names as an alternation. */
export const oldPeriod = new RegExp(`\\bfrom\\s+${datePart}\\s+(?:to|until|till|through)\\s+${datePart}`, 'i');

const symbols: Record<string, string> = common.currencies.symbols;
const codes = [
  ...Object.keys(symbols)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp),
  ...common.currencies.codes.split('|').map(escapeRegExp),
].join('|');
/** import/fromText.ts's pay pattern with the currencies as an alternation. */
export const oldCurrencyPay = new RegExp(
  String.raw`\b(${codes})\s?(\d[\d,]{0,12}(?:\.\d+)?)(?:\s*(?:-|\u2013|to|and)\s*(?:${codes})?\s?(\d[\d,]{0,12}(?:\.\d+)?))?`,
);

const stems = [...genderCoded.feminine, ...genderCoded.masculine];
/** wording/words.ts wordScanner's pattern over the gender-coded stems, with its two look-behinds (flags gi). */
export const oldStemWords = new RegExp(
  `(?<![A-Za-z])(?<![A-Za-z][-'\u2019])(?:${[...stems]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})[A-Za-z]*(?:[-'\u2019][A-Za-z]+)*`,
  'gi',
);
const scanStems = wordScanner(stems);

const found = (match: RegExpExecArray | null) => (match ? [match.index, ...match] : null);
/** The old deadline pattern's match with its two readings' groups as one, as the reader's one group. */
const deadlineMatch = (match: RegExpExecArray | null) => (match ? [match.index, match[0], match[1] ?? match[2]] : null);

/** What each old pattern and its reader give for a text, where they differ (none: []). */
export function differences(text: string): { reader: string; old: unknown; now: unknown }[] {
  const differ: { reader: string; old: unknown; now: unknown }[] = [];
  const compare = (reader: string, old: unknown, now: unknown) => {
    if (JSON.stringify(old) !== JSON.stringify(now)) differ.push({ reader, old, now });
  };
  compare(
    'inference.deadline[0]',
    deadlineMatch(oldDeadline.exec(text)),
    found(execReader(common.inference.deadline[0] as DataReader, text, 'i')),
  );
  compare('prose.title[1]', found(oldTitle.exec(text)), found(execReader(common.prose.title[1] as DataReader, text)));
  compare('periodIn', oldPeriodIn(text), periodIn(text));
  const pay = oldCurrencyPay.exec(text);
  compare('currencyPayIn', pay ? { index: pay.index, currency: pay[1], amount: pay[2], upTo: pay[3] } : undefined, currencyPayIn(text));
  if (/^[^\u0080-\u2018\u201a-\uffff]*$/.test(text)) {
    const scanned: [string, number][] = [];
    scanStems(text, (word, start) => scanned.push([word, start]));
    compare(
      'gender-coded stems',
      [...text.matchAll(new RegExp(oldStemWords))].map((match) => [match[0], match.index]),
      scanned,
    );
  }
  return differ;
}

/** rules/periods.ts periodIn as it was, over `oldPeriod`. */
function oldPeriodIn(text: string): unknown {
  const match = oldPeriod.exec(text);
  if (!match) return undefined;
  const [phrase, startDayBefore, startMonth, startDayAfter, startYear, endDayBefore, endMonth, endDayAfter, endYear] = match;
  if (!endYear && !startYear) return undefined;
  const monthNumber = (name: string) => months.findIndex((m) => m === name.toLowerCase() || m.slice(0, 3) === name.toLowerCase()) + 1;
  const end: Record<string, number> = { year: Number(endYear ?? startYear), month: monthNumber(endMonth) };
  const start: Record<string, number> = { year: Number(startYear ?? endYear), month: monthNumber(startMonth) };
  if (!startYear && start.month > end.month) start.year -= 1;
  if (!endYear && end.month < start.month) end.year += 1;
  const startDay = startDayBefore ?? startDayAfter;
  const endDay = endDayBefore ?? endDayAfter;
  if (startDay) start.day = Number(startDay);
  if (endDay) end.day = Number(endDay);
  return { phrase: phrase.replace(/\s+/g, ' '), start, end };
}
