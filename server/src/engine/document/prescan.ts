import limits from '../../../../schemas/limits.json';

/** How many top-level keys a text may have before it is not parsed at all (schemas/limits.json). */
export const maxTopLevelKeys: number = limits.maxTopLevelKeys;

/**
 * Counts the lines that open a mapping key at the left margin (`name:` followed by a space, a tab or the line's end),
 * without parsing: one pass over the text. Lines starting with a space, a tab, `#`, `-`, a bracket or
 * another indicator are not counted (nor `---`), nor a ':' after a comment; a multi-line scalar at the margin may be
 * miscounted, which only matters thousands of times over. Returns the count and the offset of the key line just past `limit` (undefined when none is).
 */
export function countTopLevelKeys(text: string, limit = maxTopLevelKeys): { count: number; pastLimit?: number } {
  let count = 0;
  let pastLimit: number | undefined;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (opensKey(text, start, end)) {
      count++;
      if (count === limit + 1) pastLimit = start;
    }
    start = end + 1;
  }
  return { count, pastLimit };
}

function opensKey(text: string, start: number, end: number): boolean {
  // Space, tab, CR and the indicators that cannot start a plain key at the margin.
  if (text.charCodeAt(start) <= 32 || '#-[{%&*!|>?:'.includes(text[start])) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 /* : */) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 10;
      if (next === 32 || next === 9 || next === 10 || next === 13) return true;
    } else if (code === 35 /* # */ && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) return false;
  }
  return false;
}
