/**
 * A cheap, linear estimate of how deeply a YAML text nests, made BEFORE parsing: the `yaml` parser recurses per level,
 * and a few thousand `[` (or indentation steps) exhaust the stack — at worst inside V8's regexp compiler, which
 * aborts the whole process instead of throwing. The estimate errs on the high side only for pathological text.
 *
 * The levels counted are every form the parser recurses on: block collections (indentation), compact block nesting
 * on one line (`- - x`, `? - x`), flow collections (`[`, `{`), and implicit keys inside a flow collection — `[a: a: a:
 * …]` is a pair whose value is a pair whose value is a pair, one level each, until a `,` ends the entry.
 */

/** Deeper than this (estimated), the text is not handed to the parser at all. The parser copes with ~500 levels. */
export const parserSafeDepth = 256;

/**
 * Offset where the estimated nesting first goes past `limit`, or undefined when it never does. `quickProof: false`
 * always walks the text (tests compare both ways).
 */
export function findRunawayNesting(text: string, limit = parserSafeDepth, quickProof = true): number | undefined {
  if (quickProof && cannotRunAway(text, limit)) return undefined;
  const indents: number[] = [];
  let flowDepth = 0;
  /** Implicit keys in the current entry of each open flow collection, and their sum. */
  const flowPairs: number[] = [];
  let pairs = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarIndent: number | undefined;
  let lineStart = 0;
  let nextIndicator = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    const indent = i - lineStart;
    const blank = i >= lineEnd || text[i] === '\r' || text[i] === '#';
    const insideBlockScalar = blockScalarIndent !== undefined && (blank || indent > blockScalarIndent);
    if (!insideBlockScalar) blockScalarIndent = undefined;
    if (!blank && !insideBlockScalar && !quote && flowDepth === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    if (!insideBlockScalar) {
      let inline = 0; // compact nesting on one line: "- - - x", "? - x"
      let startsValue = true; // whether the next character opens a value (a quote or a bracket there is syntax)
      for (; i < lineEnd; i++) {
        const code = text.charCodeAt(i);
        // Letters, digits and any non-ASCII character are never syntax: the common case, decided at once.
        if (code >= 128 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) {
          if (quote) continue;
          if (indents.length + inline + flowDepth + pairs > limit) return i;
          startsValue = false;
          continue;
        }
        const c = text[i];
        if (quote) {
          if (c === '\\' && quote === '"') i++;
          else if (c === quote) {
            if (quote === "'" && text[i + 1] === "'") i++;
            else {
              quote = undefined;
              // A quoted key may be followed by its ':' at once ("a":b): count that pair here.
              if (flowDepth > 0 && text[i + 1] === ':') {
                flowPairs[flowPairs.length - 1]++;
                pairs++;
                i++;
                startsValue = true;
                if (indents.length + inline + flowDepth + pairs > limit) return i;
              }
            }
          }
          continue;
        }
        if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]))) break;
        if ((c === '-' || c === '?') && startsValue && /\s/.test(text[i + 1] ?? ' ') && flowDepth === 0) inline++;
        else if (startsValue && (c === '"' || c === "'")) quote = c;
        else if ((startsValue || flowDepth > 0) && (c === '[' || c === '{')) {
          flowDepth++;
          flowPairs.push(0);
        } else if (flowDepth > 0 && (c === ']' || c === '}')) {
          flowDepth--;
          pairs -= flowPairs.pop() ?? 0;
        } else if (flowDepth > 0 && c === ',') {
          pairs -= flowPairs[flowPairs.length - 1];
          flowPairs[flowPairs.length - 1] = 0;
        } else if (flowDepth > 0 && (c === ':' || c === '?') && isFlowBreak(text.charCodeAt(i + 1))) {
          // An implicit key's value indicator (or an explicit key) inside a flow collection: one more level.
          flowPairs[flowPairs.length - 1]++;
          pairs++;
        }
        if (indents.length + inline + flowDepth + pairs > limit) return i;
        if (c !== ' ' && c !== '\t') startsValue = c === ':' || c === '-' || c === '?' || c === ',' || c === '[' || c === '{';
      }
      // Only a line with a | or > can open a block scalar (the next one is looked up once, not per line).
      if (nextIndicator < lineStart) nextIndicator = nextBlockIndicator(text, lineStart);
      if (
        !quote &&
        flowDepth === 0 &&
        nextIndicator < lineEnd &&
        /(^|[\s:-])[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(lineStart, lineEnd))
      ) {
        blockScalarIndent = indent;
      }
    }
    if (indents.length + flowDepth + pairs > limit) return lineStart + indent;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** After a ':' in a flow collection, what makes it an indicator: a space, a line end, a flow character, or the end. */
function isFlowBreak(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 44 ||
    code === 91 ||
    code === 93 ||
    code === 123 ||
    code === 125
  );
}

/** Offset of the next | or > from `from` on, or Infinity when there is none. */
function nextBlockIndicator(text: string, from: number): number {
  const bar = text.indexOf('|', from);
  const angle = text.indexOf('>', from);
  if (bar < 0) return angle < 0 ? Infinity : angle;
  return angle < 0 ? bar : Math.min(bar, angle);
}

/**
 * A quick proof, by native scans, that the estimate above stays within `limit`, so the line-by-line walk can be
 * skipped (it is most of the cost of the estimate on a long posting). The estimate is the indentation levels open
 * (at most the deepest indentation plus one), the compact indicators of one line (at most its count of - and ?), the
 * open brackets (at most all [ and { of the text) and the implicit keys inside flow collections (none without a
 * bracket, else at most every : and ?): when each is under a quarter of the limit, so is their sum.
 */
export function cannotRunAway(text: string, limit = parserSafeDepth): boolean {
  const quarter = Math.floor(limit / 4);
  if (quarter < 4) return false;
  const brackets = countUpTo(text, '[', quarter) + countUpTo(text, '{', quarter);
  if (brackets >= quarter) return false;
  if (brackets > 0 && countUpTo(text, ':', quarter) + countUpTo(text, '?', quarter) >= quarter) return false;
  if (new RegExp(`^[ \\t]{${quarter}}`, 'm').test(text)) return false;
  const half = Math.floor(quarter / 2);
  return mostOnOneLine(text, '-', half) < half && mostOnOneLine(text, '?', half) < half;
}

/**
 * Whether cannotRunAway's proof, made for the text before a change, still holds after it, without reading the text
 * again: the proof reads only the counts of `[ { : ? -` (in the text, or on one line) and the run of spaces and tabs
 * that starts each line. A change that inserts and removes none of those characters and no line break, and starts
 * after the first character of its line that is neither a space nor a tab, leaves all of them as they were.
 */
export function proofSurvives(before: string, start: number, changed: string): boolean {
  if (/[[{:?\-\n\r\u2028\u2029]/.test(changed)) return false;
  // The proof's run of leading blanks starts after any line terminator its `^` (multiline) knows, not only \n.
  let run = start;
  while (run > 0 && !isLineTerminator(before.charCodeAt(run - 1))) run--;
  while (before[run] === ' ' || before[run] === '\t') run++;
  return start > run;
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** How often `character` occurs in the text, counting no further than `enough`. */
function countUpTo(text: string, character: string, enough: number): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0 && count < enough; at = text.indexOf(character, at + 1)) count++;
  return count;
}

/** The most times `character` occurs on one line (lines end at \n, as in the estimate), counting no further than `enough`. */
function mostOnOneLine(text: string, character: string, enough: number): number {
  let most = 0;
  let count = 0;
  let lineEnd = -1;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) {
    if (at > lineEnd) {
      count = 0;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
    }
    if (++count > most && (most = count) >= enough) return most;
  }
  return most;
}
