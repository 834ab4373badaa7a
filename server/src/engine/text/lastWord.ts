/** A letter of a Latin word, with the apostrophes a word may hold. */
const latinLetter = /[\p{sc=Latin}'\u2019]/u;

/**
 * The Latin word a text ends with and the text before it (trimmed at its end), or undefined when the text ends with
 * anything else: a stop, a digit, Japanese. Read from the end by hand, so a runaway text is not scanned per position.
 */
export function lastLatinWord(text: string): { word: string; before: string } | undefined {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && latinLetter.test(trimmed[start - 1])) start--;
  if (start === trimmed.length) return undefined;
  return { word: trimmed.slice(start), before: trimmed.slice(0, start).trimEnd() };
}
