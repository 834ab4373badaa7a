import { eras } from '../../../../schemas/import/common.json';
import { builtPattern, literalAlternation } from './patterns';

/** A Japanese era year ("令和9年", "令和元年") among `eras`, each name matched literally: the era in group 1, its year in group 2. */
export function eraYearPattern(eras: readonly { name: string }[]): string {
  return `(${literalAlternation(eras.map((era) => era.name))})\\s*(\\d{1,2}|\\u5143)\\s*\\u5e74`;
}

// (The Western year a notice adds in brackets, "令和9年(2027年)3月5日", goes with the era's: the date reads on.)
const eraPattern = builtPattern('import: Japanese era year', `${eraYearPattern(eras)}(?:[ \\t]?[(\\uff08]\\d{4}\\u5e74[)\\uff09])?`, 'g');

/** "R9.2.1": a date a schedule writes with the era's letter, its year, month and day (common.json eras). */
const eraLetterPattern = builtPattern(
  'import: Japanese era date by its letter',
  `\\b(${literalAlternation(eras.map((era) => era.letter))})(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})\\b`,
  'g',
);

/**
 * "令和9年2月26日" → "2027年2月26日", "R9.2.1" → "2027年2月1日": a Japanese era year (元年 is its first) as the Western
 * year (common.json eras).
 */
export function withWesternYears(text: string): string {
  return text
    .replace(eraPattern, (written: string, name: string, year: string) => {
      const era = eras.find((candidate) => candidate.name === name);
      return era ? `${era.start + (year === '\u5143' ? 1 : Number(year)) - 1}\u5e74` : written;
    })
    .replace(eraLetterPattern, (written: string, letter: string, year: string, month: string, day: string) => {
      const era = eras.find((candidate) => candidate.letter === letter);
      return era ? `${era.start + Number(year) - 1}\u5e74${Number(month)}\u6708${Number(day)}\u65e5` : written;
    });
}

/** "２０２７年１２月６日", "２０２７／１２／０６": full-width digits and separators, as a 募集要項 writes them, read as ASCII. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0f\uff0d\uff0e]/g, (wide) => String.fromCharCode(wide.charCodeAt(0) - 0xfee0));
}
