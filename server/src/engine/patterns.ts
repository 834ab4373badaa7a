const compiled = new Map<string, RegExp>();

/**
 * A regular expression from the data files, compiled once per source and flags. For `test`/`exec` without
 * the g or y flag only: those keep state (lastIndex) between calls, which a shared object must not have.
 */
export function dataPattern(source: string, flags: '' | 'i' | 'u' | 'iu' = ''): RegExp {
  const key = `${flags}/${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    compiled.set(key, pattern);
  }
  return pattern;
}
