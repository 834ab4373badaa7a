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

/**
 * "4,812": a count with a comma between thousands, as `toLocaleString('en-US')` writes it, without the Intl lookup
 * (whose first use in a process costs tens of milliseconds, on the path of a runaway document's first answer).
 */
export function withThousands(count: number): string {
  const digits = String(Math.trunc(count));
  const sign = digits.startsWith('-') ? '-' : '';
  const rest = sign ? digits.slice(1) : digits;
  let out = '';
  for (let end = rest.length; end > 0; end -= 3) out = rest.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
  return sign + out;
}
