import { makeProblem, type Problem } from '../diagnostics/problems';
import type { LineIndex } from '../text/positions';

/**
 * NUL and other C0/C1 controls (tab and line breaks are fine), lone surrogates, the noncharacters U+FFFE and U+FFFF
 * (XML 1.0 forbids them: a .docx holding one does not open), and U+FFFD left by invalid UTF-8.
 */
// Matching control characters is this pattern's whole job.
const invalidCharacter =
  // eslint-disable-next-line no-control-regex
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD-\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Only the first lines with such characters are reported: a binary file must not bury the editor. */
const mostReported = 20;

/** One warning per line that holds a character no posting should contain. */
/** Any character the pattern above could report, without its lookarounds: one quick test clears most texts. */
// eslint-disable-next-line no-control-regex
export const suspectCharacter = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFD-\uFFFF]/;

export function invalidCharacters(text: string, lines: LineIndex): Problem[] {
  if (!suspectCharacter.test(text)) return [];
  const problems: Problem[] = [];
  let lastLine = -1;
  for (const match of text.matchAll(invalidCharacter)) {
    const start = lines.positionAt(match.index);
    if (start.line === lastLine) continue;
    lastLine = start.line;
    problems.push(makeProblem('invalid-character', lines.range(match.index, match.index + match[0].length), { name: describe(match[0]) }));
    if (problems.length >= mostReported) break;
  }
  return problems;
}

function describe(character: string): string {
  const code = character.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return `NUL (${hex})`;
  if (code === 0xfffd) return `${hex} (the file is probably not valid UTF-8)`;
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate (${hex})`;
  if (code >= 0xfffe) return `the noncharacter ${hex}`;
  return `control character ${hex}`;
}
