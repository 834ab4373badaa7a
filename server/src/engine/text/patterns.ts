type Flags = '' | 'i';
const compiled: Record<Flags, Map<string, RegExp>> = { '': new Map(), i: new Map() };

/**
 * A regular expression from the data files, compiled once per source and flags. For `test`/`exec` without
 * the g or y flag only: those keep state (lastIndex) between calls, which a shared object must not have.
 */
export function dataPattern(source: string, flags: Flags = ''): RegExp {
  const bySource = compiled[flags];
  let pattern = bySource.get(source);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    bySource.set(source, pattern);
  }
  return pattern;
}

/** A text that a regular expression matches literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
