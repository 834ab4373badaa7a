/** The English words postings write small counts in ("two years", "twelve months"), each at its value's index. */
const numberWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
];

/** The words as a pattern's alternation (`one|two|…`). */
export const numberWordAlternation = numberWords.join('|');

/** A count written in digits or as an English word ("5", "five", "Five"); undefined for anything else. */
export function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const index = numberWords.indexOf(word.toLowerCase());
  return index >= 0 ? index : undefined;
}
