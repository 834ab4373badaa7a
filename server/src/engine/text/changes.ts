/** One change of a text: `removed` characters at `start` replaced by `inserted`. */
export interface TextChange {
  start: number;
  removed: number;
  inserted: string;
}

/**
 * The one range in which two texts differ, found by a common prefix and suffix scan (in chunks compared natively);
 * undefined when they are equal.
 */
export function changedRange(before: string, after: string): Readonly<TextChange> | undefined {
  if (before === after) return undefined;
  // The rules that cut a long value in pieces each ask for the same pair after a key (pieces.ts): one scan serves them.
  if (last && last.before === before && last.after === after) return last.change;
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  for (let step = 16384; step >= 1; step >>= 1) {
    while (prefix + step <= shortest && before.slice(prefix, prefix + step) === after.slice(prefix, prefix + step)) prefix += step;
  }
  let suffix = 0;
  const most = shortest - prefix;
  for (let step = 16384; step >= 1; step >>= 1) {
    while (
      suffix + step <= most &&
      before.slice(before.length - suffix - step, before.length - suffix) ===
        after.slice(after.length - suffix - step, after.length - suffix)
    )
      suffix += step;
  }
  const change = { start: prefix, removed: before.length - suffix - prefix, inserted: after.slice(prefix, after.length - suffix) };
  last = { before, after, change };
  return change;
}

/** The last pair compared and its change (read only by callers). */
let last: { before: string; after: string; change: Readonly<TextChange> } | undefined;
